/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import java.nio.file.Path;

import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;

/**
 * What a launch plan is built from.
 *
 * @param mode          SEV, SEV-ES or SEV-SNP ({@link SevMode#SEV_SNP_SVSM} is not supported by the builder)
 * @param firmware      the OVMF image
 * @param kernel        bzImage for measured direct boot, or {@code null}
 * @param initrd        initrd, or {@code null}
 * @param cmdline       kernel command line, or {@code null}
 * @param vcpus         number of vCPUs
 * @param vcpuType      name of the vCPU model for descriptions (e.g. EPYC-v4), or {@code null}
 * @param vcpuSig       CPUID(1).EAX of the vCPU model (RDX of the initial VMSAs)
 * @param guestFeatures SEV_FEATURES of SNP VMSAs (SNPActive is always set); ignored for SEV and SEV-ES, as by
 *                      sev-snp-measure
 * @param policy        guest policy, or {@code null} for the VMM default (SEV 0x1, SEV-ES 0x5, SNP 0x30000)
 * @param vmm           the VMM preset whose ioctl sequence and initial vCPU state are reproduced
 * @param legacyInit    SEV/SEV-ES only: a {@code KVM_X86_DEFAULT_VM} with {@code KVM_SEV_INIT}/{@code KVM_SEV_ES_INIT}
 *                      instead of the SEV/SEV-ES VM types with {@code KVM_SEV_INIT2} (KVM then leaves MXCSR and FCW
 *                      of the VMSAs zero, domain reference §1.8 B)
 * @param planDir       folder the plan file will live in: input paths are written relative to it; {@code null} keeps
 *                      them as given
 */
public record SevPlanRequest(SevMode mode, Path firmware, Path kernel, Path initrd, String cmdline, int vcpus,
		String vcpuType, long vcpuSig, long guestFeatures, Long policy, VmmType vmm, boolean legacyInit, Path planDir) {

	/** QEMU {@code sev-guest} default policy: NODBG (domain reference §3.2.8). */
	public static final long SEV_DEFAULT_POLICY = 0x1;
	/** SEV-ES needs the ES policy bit besides QEMU's NODBG default. */
	public static final long SEV_ES_DEFAULT_POLICY = 0x5;
	/** QEMU {@code sev-snp-guest} default policy: SMT | RSVD_MBO (domain reference §3.2.8). */
	public static final long SNP_DEFAULT_POLICY = 0x30000;

	/** A request with QEMU defaults: no kernel, SNPActive only, default policy, INIT2. */
	public static SevPlanRequest of(SevMode mode, Path firmware, int vcpus, String vcpuType, long vcpuSig) {
		return new SevPlanRequest(mode, firmware, null, null, null, vcpus, vcpuType, vcpuSig, 0x1, null, VmmType.QEMU,
				false, null);
	}

	public SevPlanRequest withKernel(Path kernelFile, Path initrdFile, String commandLine) {
		return new SevPlanRequest(mode, firmware, kernelFile, initrdFile, commandLine, vcpus, vcpuType, vcpuSig,
				guestFeatures, policy, vmm, legacyInit, planDir);
	}

	public SevPlanRequest withGuestFeatures(long features) {
		return new SevPlanRequest(mode, firmware, kernel, initrd, cmdline, vcpus, vcpuType, vcpuSig, features, policy,
				vmm, legacyInit, planDir);
	}

	public SevPlanRequest withPolicy(long guestPolicy) {
		return new SevPlanRequest(mode, firmware, kernel, initrd, cmdline, vcpus, vcpuType, vcpuSig, guestFeatures,
				guestPolicy, vmm, legacyInit, planDir);
	}

	public SevPlanRequest withVmm(VmmType type) {
		return new SevPlanRequest(mode, firmware, kernel, initrd, cmdline, vcpus, vcpuType, vcpuSig, guestFeatures,
				policy, type, legacyInit, planDir);
	}

	public SevPlanRequest withLegacyInit(boolean legacy) {
		return new SevPlanRequest(mode, firmware, kernel, initrd, cmdline, vcpus, vcpuType, vcpuSig, guestFeatures,
				policy, vmm, legacy, planDir);
	}

	public SevPlanRequest withPlanDir(Path dir) {
		return new SevPlanRequest(mode, firmware, kernel, initrd, cmdline, vcpus, vcpuType, vcpuSig, guestFeatures,
				policy, vmm, legacyInit, dir);
	}

	/** The policy the launch uses: the given one or the VMM default for the mode. */
	public long effectivePolicy() {
		if (policy != null) {
			return policy;
		}
		return switch (mode) {
		case SEV -> SEV_DEFAULT_POLICY;
		case SEV_ES -> SEV_ES_DEFAULT_POLICY;
		default -> SNP_DEFAULT_POLICY;
		};
	}
}
