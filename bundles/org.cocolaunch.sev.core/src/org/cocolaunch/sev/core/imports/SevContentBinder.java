/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.MetadataSection;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SnpPageType;

/**
 * Binds the page contents of an imported plan to the files the user gives. A measured page inside the flash
 * mapping that ends at 4 GiB is a slice of the firmware; the SNP kernel-hashes section (found by GPA in the OVMF
 * SEV metadata) and an SEV {@code LAUNCH_UPDATE_DATA} of 176 bytes hold QEMU's kernel/initrd/cmdline hash table,
 * generated from the given files (domain reference §3.2.2, §3.2.3, §3.2.5); a firmware-sized SEV update is the
 * firmware. Pages that match no input get a NONE source, so nothing runs against guessed bytes.
 */
final class SevContentBinder {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final byte[] firmware;
	private final FirmwareImage image;
	private final KernelHashTable hashes;
	private final List<ImportWarning> warnings;

	private SevContentBinder(byte[] firmware, FirmwareImage image, KernelHashTable hashes, List<ImportWarning> warnings) {
		this.firmware = firmware;
		this.image = image;
		this.hashes = hashes;
		this.warnings = warnings;
	}

	/** Reads the inputs, records them in the plan (path, SHA-256 or value) and returns a binder for its steps. */
	static SevContentBinder of(ImportInputs inputs, LaunchPlan plan, List<ImportWarning> warnings)
			throws ImportException {
		byte[] firmware = read(inputs.firmware(), "firmware", plan);
		byte[] kernel = read(inputs.kernel(), "kernel", plan);
		byte[] initrd = read(inputs.initrd(), "initrd", plan);
		if (inputs.cmdline() != null) {
			LaunchInput cmdline = F.createLaunchInput();
			cmdline.setRole("cmdline");
			cmdline.setValue(inputs.cmdline());
			plan.getInputs().add(cmdline);
		}
		FirmwareImage image = null;
		if (firmware != null) {
			try {
				image = FirmwareImage.parse(inputs.firmware().toString(), firmware);
			} catch (SevInputException e) {
				warnings.add(new ImportWarning(0, inputs.firmware() + ": no usable OVMF metadata (" + e.getMessage()
						+ "); binding by address only"));
			}
		}
		KernelHashTable hashes = kernel == null ? null : KernelHashTable.of(kernel, initrd, inputs.cmdline());
		return new SevContentBinder(firmware, image, hashes, warnings);
	}

	private static byte[] read(Path file, String role, LaunchPlan plan) throws ImportException {
		if (file == null) {
			return null;
		}
		byte[] data;
		try {
			data = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException(file + ": cannot read " + role + ": " + e.getMessage(), e);
		}
		LaunchInput input = F.createLaunchInput();
		input.setRole(role);
		input.setPath(file.toString());
		input.setDigest(PlanInputs.sha256(data));
		plan.getInputs().add(input);
		return data;
	}

	/** Binds the contents of {@code step}'s pages; {@code line} is its log line, for warnings. */
	void bind(Step step, int line) {
		if ("KVM_SEV_LAUNCH_UPDATE_DATA".equals(step.getCommand()) && step.getPages().isEmpty()) {
			addSevUpdatePages(step, line);
			return;
		}
		for (PageRange range : step.getPages()) {
			range.setContent(range.getKind() == PageKind.NORMAL ? normalContent(range, line) : none());
		}
	}

	private ContentSource normalContent(PageRange range, int line) {
		if (firmware != null) {
			long base = FirmwareImage.FOUR_GIB - firmware.length;
			long end = range.getGpa() + range.getLength();
			if (range.getGpa() >= base && end <= FirmwareImage.FOUR_GIB) {
				return firmwareSlice(range.getGpa() - base, range.getLength());
			}
			if (end == FirmwareImage.FOUR_GIB) {
				warnings.add(new ImportWarning(line, "the log measures " + hex(range.getLength())
						+ " bytes of flash at " + hex(range.getGpa()) + " but the given firmware has "
						+ hex(firmware.length) + "; contents left unbound"));
			}
		}
		MetadataSection section = sectionAt(range.getGpa());
		boolean hashesSection = section != null && section.type() == SectionType.SNP_KERNEL_HASHES;
		if (range.getLength() != KernelHashTable.PAGE_SIZE || image == null || !image.supportsKernelHashes()) {
			return none();
		}
		if (hashes == null) {
			// Outside the flash QEMU issues only one normal page: the kernel-hashes page of a -kernel launch.
			warnings.add(new ImportWarning(line, "the log measures a normal page at " + hex(range.getGpa())
					+ ", QEMU's kernel-hashes page of a -kernel launch: give --kernel (and --initrd, --append) to"
					+ " bind it; contents left unbound"));
			return none();
		}
		try {
			long tableGpa = image.sevHashTableGpa();
			long offset = hashesSection ? tableGpa - range.getGpa() : tableGpa & (KernelHashTable.PAGE_SIZE - 1);
			if (!hashesSection) {
				warnings.add(new ImportWarning(line, "the log measures the kernel-hashes page at "
						+ hex(range.getGpa()) + ", the given firmware has it at " + hex(tableGpa & ~0xFFFL)
						+ " (another OVMF build); bound with the given firmware's in-page offset " + hex(offset)));
			}
			if (offset >= 0 && offset + KernelHashTable.PADDED_SIZE <= range.getLength()) {
				return generated(hashes.page((int) offset));
			}
		} catch (SevInputException e) {
			// no hash table entry after all: the page stays unbound
		}
		return none();
	}

	/** SEV logs no GPA for LAUNCH_UPDATE_DATA; the firmware and the hash table are recognised by their size. */
	private void addSevUpdatePages(Step step, int line) {
		if (!(step.getParameters() instanceof SevLaunchUpdateData p) || p.getLen() == 0) {
			return;
		}
		long len = p.getLen() & 0xFFFF_FFFFL;
		PageRange range = F.createPageRange();
		range.setKind(PageKind.NORMAL);
		range.setLength(len);
		if (firmware != null && len == firmware.length) {
			range.setGpa(FirmwareImage.FOUR_GIB - firmware.length);
			range.setContent(firmwareSlice(0, len));
		} else if (len == KernelHashTable.PADDED_SIZE && hashes != null && image != null && image.supportsKernelHashes()) {
			try {
				range.setGpa(image.sevHashTableGpa());
			} catch (SevInputException e) {
				return;
			}
			range.setContent(generated(hashes.table()));
		} else {
			warnings.add(new ImportWarning(line, "LAUNCH_UPDATE_DATA of " + hex(len)
					+ " bytes matches no given input (firmware size, 176-byte hash table); contents left unbound"));
			return;
		}
		step.getPages().add(range);
	}

	/**
	 * Where the log and the given firmware disagree about the SNP metadata pages: every section of the firmware's
	 * SEV metadata should be issued by one SNP_LAUNCH_UPDATE at its GPA with its page type (zero pages for SEC
	 * memory, secrets, CPUID, the kernel-hashes page as a normal page), and every non-firmware update of the log
	 * should fall on a section. One warning per difference.
	 */
	void compareWithLog(List<Step> steps, List<Integer> lines) {
		if (image == null) {
			return;
		}
		List<Step> updates = new ArrayList<>();
		List<Integer> updateLines = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			if ("KVM_SEV_SNP_LAUNCH_UPDATE".equals(steps.get(i).getCommand()) && !steps.get(i).getPages().isEmpty()) {
				updates.add(steps.get(i));
				updateLines.add(lines.get(i));
			}
		}
		if (updates.isEmpty()) {
			return; // not an SNP log: nothing to compare
		}
		for (MetadataSection s : image.metadataSections()) {
			SnpPageType expected = expectedType(s.type());
			if (expected == null) {
				continue;
			}
			PageRange found = null;
			for (Step u : updates) {
				PageRange r = u.getPages().get(0);
				if (r.getGpa() <= s.gpa() && s.gpa() < r.getGpa() + r.getLength()) {
					found = r;
					break;
				}
			}
			if (found == null) {
				warnings.add(new ImportWarning(0, "the firmware's " + s.type() + " section at " + hex(s.gpa()) + " ("
						+ hex(s.size()) + " bytes) is issued by no SNP_LAUNCH_UPDATE of the log"));
			} else if (SnpPageKinds.typeOf(found.getKind()) != expected
					&& !(s.type() == SectionType.SNP_SEC_MEM && found.getKind() == PageKind.UNMEASURED)
					&& !(s.type() == SectionType.SNP_KERNEL_HASHES && found.getKind() == PageKind.ZERO)) {
				// (GCE launches SEC memory as unmeasured; without -kernel QEMU issues the hashes page as zero)
				warnings.add(new ImportWarning(0, "the firmware's " + s.type() + " section at " + hex(s.gpa())
						+ " is a " + expected.getName() + " page, the log updates it as " + found.getKind().getName()));
			}
		}
		long flashBase = firmware == null ? FirmwareImage.FOUR_GIB : FirmwareImage.FOUR_GIB - firmware.length;
		for (int i = 0; i < updates.size(); i++) {
			PageRange r = updates.get(i).getPages().get(0);
			boolean inFlash = r.getGpa() >= flashBase && r.getGpa() + r.getLength() <= FirmwareImage.FOUR_GIB;
			if (!inFlash && sectionAt(r.getGpa()) == null) {
				warnings.add(new ImportWarning(updateLines.get(i), "the log updates " + hex(r.getLength()) + " bytes at "
						+ hex(r.getGpa()) + " (" + r.getKind().getName() + "), where the given firmware has no SEV"
						+ " metadata section"));
			}
		}
	}

	/** The page type QEMU issues for a metadata section (domain reference §3.2.3). */
	private static SnpPageType expectedType(SectionType type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
		case SNP_SEC_MEM -> SnpPageType.ZERO;
		case SNP_SECRETS -> SnpPageType.SECRETS;
		case CPUID -> SnpPageType.CPUID;
		case SNP_KERNEL_HASHES -> SnpPageType.NORMAL;
		default -> null;
		};
	}

	private static String hex(long v) {
		return "0x" + Long.toHexString(v);
	}

	private MetadataSection sectionAt(long gpa) {
		if (image == null) {
			return null;
		}
		for (MetadataSection s : image.metadataSections()) {
			if (gpa >= s.gpa() && gpa < s.gpa() + s.size()) {
				return s;
			}
		}
		return null;
	}

	private ContentSource firmwareSlice(long offset, long length) {
		ContentSource source = F.createContentSource();
		source.setKind(ContentSourceKind.FIRMWARE);
		source.setInput("firmware");
		source.setOffset(offset);
		source.setLength(length);
		source.setDigest(PlanInputs.sha256(Arrays.copyOfRange(firmware, (int) offset, (int) (offset + length))));
		return source;
	}

	private static ContentSource generated(byte[] data) {
		ContentSource source = F.createContentSource();
		source.setKind(ContentSourceKind.GENERATED);
		source.setLength(data.length);
		source.setData(data);
		source.setDigest(PlanInputs.sha256(data));
		return source;
	}

	private static ContentSource none() {
		ContentSource source = F.createContentSource();
		source.setKind(ContentSourceKind.NONE);
		return source;
	}
}
