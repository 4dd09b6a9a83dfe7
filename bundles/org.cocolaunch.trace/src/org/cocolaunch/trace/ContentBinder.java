/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
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

/**
 * Binds the page contents of an imported plan to the files the user gives. A measured page inside the flash
 * mapping that ends at 4 GiB is a slice of the firmware; the SNP kernel-hashes section (found by GPA in the OVMF
 * SEV metadata) and an SEV {@code LAUNCH_UPDATE_DATA} of 176 bytes hold QEMU's kernel/initrd/cmdline hash table,
 * generated from the given files (domain reference §3.2.2, §3.2.3, §3.2.5); a firmware-sized SEV update is the
 * firmware. Pages that match no input get a NONE source, so nothing runs against guessed bytes.
 */
final class ContentBinder {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final byte[] firmware;
	private final FirmwareImage image;
	private final KernelHashTable hashes;
	private final List<ImportWarning> warnings;

	private ContentBinder(byte[] firmware, FirmwareImage image, KernelHashTable hashes, List<ImportWarning> warnings) {
		this.firmware = firmware;
		this.image = image;
		this.hashes = hashes;
		this.warnings = warnings;
	}

	/** Reads the inputs, records them in the plan (path, SHA-256 or value) and returns a binder for its steps. */
	static ContentBinder of(ImportInputs inputs, LaunchPlan plan, List<ImportWarning> warnings)
			throws TraceImportException {
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
		return new ContentBinder(firmware, image, hashes, warnings);
	}

	private static byte[] read(Path file, String role, LaunchPlan plan) throws TraceImportException {
		if (file == null) {
			return null;
		}
		byte[] data;
		try {
			data = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new TraceImportException(file + ": cannot read " + role + ": " + e.getMessage(), e);
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
				warnings.add(new ImportWarning(line, "the log measures " + LoggedNumbers.hex(range.getLength())
						+ " bytes of flash at " + LoggedNumbers.hex(range.getGpa()) + " but the given firmware has "
						+ LoggedNumbers.hex(firmware.length) + "; contents left unbound"));
			}
		}
		MetadataSection section = sectionAt(range.getGpa());
		if (section != null && section.type() == SectionType.SNP_KERNEL_HASHES && hashes != null
				&& range.getLength() == KernelHashTable.PAGE_SIZE && image.supportsKernelHashes()) {
			try {
				long tableGpa = image.sevHashTableGpa();
				if (tableGpa >= range.getGpa() && tableGpa + KernelHashTable.PADDED_SIZE <= range.getGpa() + range.getLength()) {
					return generated(hashes.page((int) (tableGpa - range.getGpa())));
				}
			} catch (SevInputException e) {
				// no hash table entry after all: the page stays unbound
			}
		}
		return none();
	}

	/** SEV logs no GPA for LAUNCH_UPDATE_DATA; the firmware and the hash table are recognised by their size. */
	private void addSevUpdatePages(Step step, int line) {
		Long len = step.getParameters() instanceof GenericParameters p ? StepFactory.number(p, "len") : null;
		if (len == null) {
			return;
		}
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
			warnings.add(new ImportWarning(line, "LAUNCH_UPDATE_DATA of " + LoggedNumbers.hex(len)
					+ " bytes matches no given input (firmware size, 176-byte hash table); contents left unbound"));
			return;
		}
		step.getPages().add(range);
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
