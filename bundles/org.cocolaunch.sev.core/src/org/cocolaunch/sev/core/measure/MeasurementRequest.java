/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.nio.file.Path;

import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;

/**
 * Inputs of one launch measurement, with the semantics of sev-snp-measure 0.0.13.
 *
 * @param mode          guest mode
 * @param ovmf          OVMF image
 * @param kernel        bzImage for measured direct boot, or {@code null}
 * @param initrd        initrd, or {@code null} (hashed as empty)
 * @param append        kernel command line, or {@code null} (hashed as a single NUL)
 * @param guestFeatures SEV_FEATURES of SNP VMSAs (ignored for SEV-ES, where it is 0, and for SVSM)
 * @param vcpus         number of vCPUs (SEV-ES/SNP); negative counts as 0
 * @param vcpuSig       CPUID(1).EAX of the guest CPU model
 * @param vmm           VMM whose launch is reproduced
 * @param snpOvmfSeed   precomputed OVMF-only SNP digest (48 bytes) replacing the OVMF pages, or {@code null}
 * @param svsm          COCONUT-SVSM image ({@link SevMode#SEV_SNP_SVSM} only)
 * @param varsSize      size of the OVMF_VARS flash mapped between SVSM and OVMF ({@link SevMode#SEV_SNP_SVSM} only)
 * @param keepTrace     whether to record the per-page (SNP) or per-update (SEV) trace
 * @param parallelism   threads for hashing SNP page contents (1 or 2)
 * @param appendBytes   the command line as the exact bytes the kernel gets when they are not UTF-8 ({@code measure
 *                      --append} given raw bytes), else {@code null} and {@code append} is hashed in UTF-8
 */
public record MeasurementRequest(SevMode mode, Path ovmf, Path kernel, Path initrd, String append, long guestFeatures,
		int vcpus, long vcpuSig, VmmType vmm, byte[] snpOvmfSeed, Path svsm, long varsSize, boolean keepTrace,
		int parallelism, byte[] appendBytes) {

	/** The request without raw command-line bytes (the command line, if any, is text). */
	public MeasurementRequest(SevMode mode, Path ovmf, Path kernel, Path initrd, String append, long guestFeatures,
			int vcpus, long vcpuSig, VmmType vmm, byte[] snpOvmfSeed, Path svsm, long varsSize, boolean keepTrace,
			int parallelism) {
		this(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, vmm, snpOvmfSeed, svsm, varsSize,
				keepTrace, parallelism, null);
	}

	/** The command line as hashed: the raw bytes when given, else {@code append} in UTF-8, null when absent. */
	public byte[] cmdlineBytes() {
		if (appendBytes != null) {
			return appendBytes.clone();
		}
		return append == null ? null : append.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** This request with the command line given as bytes (hashed as they are; {@code append} stays for display). */
	public MeasurementRequest withAppendBytes(byte[] bytes) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, vmm,
				snpOvmfSeed, svsm, varsSize, keepTrace, parallelism, bytes == null ? null : bytes.clone());
	}

	/** sev-snp-measure's default guest features: SNPActive only. */
	public static final long DEFAULT_GUEST_FEATURES = 0x1;

	/** A request with the defaults of sev-snp-measure for everything but mode and OVMF. */
	public static MeasurementRequest of(SevMode mode, Path ovmf) {
		return new MeasurementRequest(mode, ovmf, null, null, null, DEFAULT_GUEST_FEATURES, 0, 0, VmmType.QEMU, null,
				null, 0, false, 2);
	}

	public MeasurementRequest withKernel(Path kernelFile, Path initrdFile, String cmdline) {
		return new MeasurementRequest(mode, ovmf, kernelFile, initrdFile, cmdline, guestFeatures, vcpus, vcpuSig, vmm,
				snpOvmfSeed, svsm, varsSize, keepTrace, parallelism, null);
	}

	public MeasurementRequest withVcpus(int count, long signature) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, count, signature, vmm,
				snpOvmfSeed, svsm, varsSize, keepTrace, parallelism, appendBytes);
	}

	public MeasurementRequest withGuestFeatures(long features) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, features, vcpus, vcpuSig, vmm, snpOvmfSeed,
				svsm, varsSize, keepTrace, parallelism, appendBytes);
	}

	public MeasurementRequest withVmm(VmmType type) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, type,
				snpOvmfSeed, svsm, varsSize, keepTrace, parallelism, appendBytes);
	}

	public MeasurementRequest withSnpOvmfSeed(byte[] seed) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, vmm, seed,
				svsm, varsSize, keepTrace, parallelism, appendBytes);
	}

	public MeasurementRequest withSvsm(Path svsmFile, long ovmfVarsSize) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, vmm,
				snpOvmfSeed, svsmFile, ovmfVarsSize, keepTrace, parallelism, appendBytes);
	}

	public MeasurementRequest withTrace(boolean trace) {
		return new MeasurementRequest(mode, ovmf, kernel, initrd, append, guestFeatures, vcpus, vcpuSig, vmm,
				snpOvmfSeed, svsm, varsSize, trace, parallelism, appendBytes);
	}
}
