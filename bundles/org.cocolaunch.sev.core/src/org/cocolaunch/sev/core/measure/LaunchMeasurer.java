/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.OvmfFormatException;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.core.vmsa.VmsaBuilder;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.VmmType;

/**
 * Computes SEV, SEV-ES and SEV-SNP launch measurements from firmware, kernel and settings, reproducing
 * sev-snp-measure 0.0.13 ({@code guest.py}) page for page.
 */
public final class LaunchMeasurer {

	private LaunchMeasurer() {
	}

	/** Measures a launch. */
	public static MeasurementResult measure(MeasurementRequest r) throws SevInputException {
		if (r.snpOvmfSeed() != null && r.mode() != SevMode.SEV_SNP) {
			throw new SevInputException("SNP OVMF hash only works with SNP");
		}
		FirmwareImage ovmf = FirmwareImage.load(r.ovmf(), "OVMF");
		try {
			return switch (r.mode()) {
			case SEV, SEV_ES -> measureSev(r, ovmf);
			case SEV_SNP -> runChain(r, snpLaunch(r, ovmf), r.snpOvmfSeed(), ovmf.warnings());
			case SEV_SNP_SVSM -> runChain(r, svsmLaunch(r, ovmf), null, ovmf.warnings());
			};
		} catch (ImageReadException e) { // an image read in place changed or vanished while it was hashed
			throw new SevInputException("cannot read firmware file " + e.getMessage(), e);
		}
	}

	/** The SNP digest over the OVMF pages only ({@code --mode snp:ovmf-hash}), usable as a seed later. */
	public static byte[] snpOvmfHash(FirmwareImage ovmf) throws SevInputException {
		SnpLaunchPlanner.requirePages(ovmf);
		try (SnpPageMeasurer m = new SnpPageMeasurer(null, 2, false)) {
			m.acceptImage(ovmf.bytes(), ovmf.ovmfGpa());
			return m.digest();
		} catch (ImageReadException e) {
			throw new SevInputException("cannot read firmware file " + e.getMessage(), e);
		}
	}

	/** The ordered SNP page updates of a QEMU/EC2/GCE or SVSM launch (no hashing). */
	public static List<PageUpdate> snpPlan(MeasurementRequest r) throws SevInputException {
		FirmwareImage ovmf = FirmwareImage.load(r.ovmf(), "OVMF");
		SnpLaunch launch = r.mode() == SevMode.SEV_SNP_SVSM ? svsmLaunch(r, ovmf) : snpLaunch(r, ovmf);
		List<PageUpdate> plan = new ArrayList<>();
		for (ImageRun run : launch.images()) {
			plan.addAll(SnpLaunchPlanner.imagePages(run.image(), run.gpa()));
		}
		plan.addAll(launch.updates());
		return plan;
	}

	/** An image launched as NORMAL pages from {@code gpa}. */
	private record ImageRun(FirmwareImage image, long gpa) {
	}

	/**
	 * An SNP launch in order: the images' pages, then the other updates (metadata sections, VMSAs). The images stay
	 * images so that measuring streams them instead of holding a {@link PageUpdate} per page.
	 */
	private record SnpLaunch(List<ImageRun> images, List<PageUpdate> updates) {
	}

	private static MeasurementResult measureSev(MeasurementRequest r, FirmwareImage ovmf) throws SevInputException {
		SevLaunchDigest ld = new SevLaunchDigest(r.keepTrace());
		ld.update("firmware", ovmf.ovmfGpa(), ovmf.bytes());
		if (r.kernel() != null) {
			if (!ovmf.supportsKernelHashes()) {
				throw new SevInputException("Kernel specified but OVMF doesn't support kernel/initrd/cmdline measurement");
			}
			ld.update("kernel-hashes", ovmf.sevHashTableGpa(), hashTable(r).table());
		}
		List<byte[]> vmsas = List.of();
		if (r.mode() == SevMode.SEV_ES) {
			// SEV-ES VMSAs carry no SEV_FEATURES: --guest-features is ignored (sev-snp-measure 0.0.13).
			vmsas = vmsas(r, ovmf, 0);
			for (byte[] v : vmsas) {
				ld.update("vmsa", -1, v);
			}
		}
		return new MeasurementResult(r.mode(), ld.digest(), List.of(), ld.trace(), vmsas, ovmf.warnings());
	}

	private static SnpLaunch snpLaunch(MeasurementRequest r, FirmwareImage ovmf) throws SevInputException {
		List<ImageRun> images = new ArrayList<>();
		if (r.snpOvmfSeed() == null) {
			SnpLaunchPlanner.requirePages(ovmf);
			images.add(new ImageRun(ovmf, ovmf.ovmfGpa()));
		}
		List<PageUpdate> plan = new ArrayList<>();
		KernelHashTable hashes = r.kernel() == null ? null : hashTable(r);
		long tableGpa = hashes == null ? 0 : ovmf.sevHashTableGpa();
		plan.addAll(SnpLaunchPlanner.metadataPages(ovmf, hashes, tableGpa, r.vmm()));
		if (hashes != null && !ovmf.hasSection(SectionType.SNP_KERNEL_HASHES)) {
			throw new SevInputException(
					"Kernel specified but OVMF metadata doesn't include SNP_KERNEL_HASHES section");
		}
		plan.addAll(SnpLaunchPlanner.vmsaPages(vmsas(r, ovmf, r.guestFeatures())));
		return new SnpLaunch(List.copyOf(images), plan);
	}

	/**
	 * COCONUT-SVSM launch (sev-snp-measure 0.0.13 {@code svsm_calc_launch_digest}): OVMF ends at 4 GiB, the OVMF_VARS
	 * flash sits below it, and the SVSM image ends where the vars begin. The SVSM's own metadata sections are launched
	 * (QEMU rules), OVMF's are not; every vCPU starts in the SVSM.
	 */
	private static SnpLaunch svsmLaunch(MeasurementRequest r, FirmwareImage ovmf) throws SevInputException {
		if (r.vmm() != VmmType.QEMU) {
			throw new SevInputException("SVSM mode is only implemented for QEMU");
		}
		if (r.svsm() == null) {
			throw new SevInputException("snp:svsm mode requires --svsm");
		}
		FirmwareImage svsm = FirmwareImage.load(r.svsm(), "SVSM");
		long svsmGpa = svsm.gpaEndingAt(ovmf.ovmfGpa() - r.varsSize());
		long entry = svsm.svsmEntryOffset() + svsmGpa;
		SnpLaunchPlanner.requirePages(ovmf);
		SnpLaunchPlanner.requirePages(svsm);
		List<ImageRun> images = List.of(new ImageRun(ovmf, ovmf.ovmfGpa()), new ImageRun(svsm, svsmGpa));
		List<PageUpdate> plan = new ArrayList<>();
		plan.addAll(SnpLaunchPlanner.metadataPages(svsm, null, 0, VmmType.QEMU));
		byte[] vmsa = VmsaBuilder.svsmState(entry, r.vcpuSig()).toBytes();
		List<byte[]> vmsas = new ArrayList<>();
		for (int i = 0; i < r.vcpus(); i++) {
			vmsas.add(vmsa);
		}
		plan.addAll(SnpLaunchPlanner.vmsaPages(vmsas));
		return new SnpLaunch(images, plan);
	}

	private static MeasurementResult runChain(MeasurementRequest r, SnpLaunch launch, byte[] seed,
			List<String> warnings) {
		List<byte[]> vmsas = new ArrayList<>();
		for (PageUpdate p : launch.updates()) {
			if (p.type() == SnpPageType.VMSA) {
				byte[] v = new byte[PageUpdate.PAGE_SIZE];
				p.contents().duplicate().get(v);
				vmsas.add(v);
			}
		}
		try (SnpPageMeasurer m = new SnpPageMeasurer(seed, Math.max(1, r.parallelism()), r.keepTrace())) {
			for (ImageRun run : launch.images()) {
				m.acceptImage(run.image().bytes(), run.gpa());
			}
			m.acceptAll(launch.updates());
			return new MeasurementResult(r.mode(), m.digest(), m.trace(), List.of(), vmsas, warnings);
		}
	}

	/**
	 * VMSA pages for SEV-ES/SNP: BSP at the reset vector, APs at the OVMF SEV-ES reset block address. Like
	 * sev-snp-measure, the reset block is required even for a single vCPU. Also used by the plan builder.
	 */
	public static List<byte[]> vmsas(MeasurementRequest r, FirmwareImage ovmf, long features)
			throws OvmfFormatException {
		long apEip = ovmf.sevEsResetEip();
		List<byte[]> pages = new ArrayList<>();
		byte[] bsp = null;
		byte[] ap = null;
		for (int i = 0; i < r.vcpus(); i++) {
			if (i == 0) {
				bsp = VmsaBuilder.resetState(r.vmm(), VmsaBuilder.BSP_RESET_EIP, features, r.vcpuSig()).toBytes();
				pages.add(bsp);
			} else {
				if (apEip == 0) {
					throw new OvmfFormatException(ovmf.name(), "SEV-ES reset block address is 0, so APs cannot start"
							+ " (use --vcpus 1)");
				}
				if (ap == null) {
					ap = VmsaBuilder.resetState(r.vmm(), apEip, features, r.vcpuSig()).toBytes();
				}
				pages.add(ap);
			}
		}
		return pages;
	}

	private static KernelHashTable hashTable(MeasurementRequest r) throws SevInputException {
		return KernelHashTable.ofFiles(r.kernel(), r.initrd(), r.cmdlineBytes());
	}
}
