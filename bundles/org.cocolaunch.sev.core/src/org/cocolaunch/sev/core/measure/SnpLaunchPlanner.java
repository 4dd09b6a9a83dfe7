/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.MetadataSection;
import org.cocolaunch.sev.core.ovmf.OvmfFormatException;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.VmmType;

/**
 * The ordered SNP page updates a VMM issues (domain reference §3.2.2): the firmware image as NORMAL pages, then the
 * OVMF SEV metadata sections, then one VMSA per vCPU. Section handling follows sev-snp-measure 0.0.13
 * ({@code snp_update_section}): SECRETS and CPUID sections contribute one page each at their base GPA, the other
 * sections one page per 4 KiB.
 */
public final class SnpLaunchPlanner {

	private static final long PAGE_MASK = 0xFFF;

	private SnpLaunchPlanner() {
	}

	/** Checks that {@code image} can be launched as SNP pages: its size is a multiple of 4096. */
	public static void requirePages(FirmwareImage image) throws OvmfFormatException {
		if (image.size() % PageUpdate.PAGE_SIZE != 0) {
			throw new OvmfFormatException(image.name(), "image size " + image.size()
					+ " is not a multiple of 4096, so it cannot be launched as SNP pages");
		}
	}

	/**
	 * Every 4 KiB page of {@code image} as a NORMAL page, starting at {@code gpa} (views of the image in memory; an
	 * image read in place is read whole here: measuring streams it with {@link SnpPageMeasurer#acceptImage}).
	 */
	public static List<PageUpdate> imagePages(FirmwareImage image, long gpa) throws OvmfFormatException {
		requirePages(image);
		byte[] data = image.data();
		List<PageUpdate> pages = new ArrayList<>(data.length / PageUpdate.PAGE_SIZE);
		for (int off = 0; off < data.length; off += PageUpdate.PAGE_SIZE) {
			pages.add(PageUpdate.normal(gpa + off, data, off));
		}
		return pages;
	}

	/**
	 * The pages of the SEV metadata sections of {@code image}.
	 *
	 * @param hashes the kernel hash table for measured direct boot, or {@code null} (KERNEL_HASHES becomes ZERO)
	 * @param hashTableGpa where OVMF expects the table (SEV_HASH_TABLE_RV); only used with {@code hashes}
	 */
	public static List<PageUpdate> metadataPages(FirmwareImage image, KernelHashTable hashes, long hashTableGpa,
			VmmType vmm) throws OvmfFormatException {
		List<PageUpdate> pages = new ArrayList<>();
		for (MetadataSection s : image.metadataSections()) {
			SectionType type = s.type();
			if (type == null) {
				throw new OvmfFormatException(image.name(), "unknown SEV metadata section type 0x"
						+ Long.toHexString(s.rawType()) + " at GPA 0x" + Long.toHexString(s.gpa())
						+ " cannot be launched");
			}
			switch (type) {
			// GCE does not pre-validate SEC_MEM pages for the guest (domain reference §3.2.2 table).
			case SNP_SEC_MEM -> addRange(pages, image, s, vmm == VmmType.GCE ? SnpPageType.UNMEASURED : SnpPageType.ZERO);
			case SNP_SECRETS -> pages.add(PageUpdate.withoutContents(s.gpa(), SnpPageType.SECRETS));
			case CPUID -> {
				if (vmm != VmmType.EC2) { // EC2 adds CPUID pages after all other sections
					pages.add(PageUpdate.withoutContents(s.gpa(), SnpPageType.CPUID));
				}
			}
			case SNP_KERNEL_HASHES -> {
				if (hashes == null) {
					addRange(pages, image, s, SnpPageType.ZERO);
				} else {
					if (s.size() != PageUpdate.PAGE_SIZE) {
						throw new OvmfFormatException(image.name(), "SNP_KERNEL_HASHES section has size 0x"
								+ Long.toHexString(s.size()) + " (expected one page, 0x1000)");
					}
					int offset = (int) (hashTableGpa & PAGE_MASK);
					if (offset + KernelHashTable.PADDED_SIZE > PageUpdate.PAGE_SIZE) {
						throw new OvmfFormatException(image.name(), "kernel hash table at GPA 0x"
								+ Long.toHexString(hashTableGpa) + " would cross a page boundary");
					}
					pages.add(PageUpdate.normal(s.gpa(), hashes.page(offset), 0));
				}
			}
			case SVSM_CAA -> addRange(pages, image, s, SnpPageType.ZERO);
			}
		}
		if (vmm == VmmType.EC2) {
			for (MetadataSection s : image.metadataSections()) {
				if (s.type() == SectionType.CPUID) {
					pages.add(PageUpdate.withoutContents(s.gpa(), SnpPageType.CPUID));
				}
			}
		}
		return pages;
	}

	/** One VMSA page per entry, in vCPU index order. */
	public static List<PageUpdate> vmsaPages(List<byte[]> vmsas) {
		List<PageUpdate> pages = new ArrayList<>(vmsas.size());
		for (byte[] v : vmsas) {
			pages.add(PageUpdate.vmsa(v));
		}
		return pages;
	}

	private static void addRange(List<PageUpdate> pages, FirmwareImage image, MetadataSection s, SnpPageType type)
			throws OvmfFormatException {
		if (s.size() % PageUpdate.PAGE_SIZE != 0) {
			throw new OvmfFormatException(image.name(), s.type() + " section at GPA 0x" + Long.toHexString(s.gpa())
					+ " has size 0x" + Long.toHexString(s.size()) + " (expected a multiple of 0x1000)");
		}
		for (long off = 0; off < s.size(); off += PageUpdate.PAGE_SIZE) {
			pages.add(PageUpdate.withoutContents(s.gpa() + off, type));
		}
	}
}
