/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

/**
 * One 32-byte TDVF_SECTION entry (TDVF Design Guide "TDVF_SECTION"; QEMU hw/i386/tdvf.c): DataOffset u32 @0,
 * RawDataSize u32 @4, MemoryAddress u64 @8, MemoryDataSize u64 @16, Type u32 @24, Attributes u32 @28.
 *
 * @param index          position in the metadata (sections are launched in this order)
 * @param dataOffset     offset of the section's bytes in the image
 * @param rawDataSize    number of bytes taken from the image (the rest of the memory range is zero)
 * @param memoryAddress  guest-physical address, 4 KiB aligned
 * @param memoryDataSize size in guest memory, a 4 KiB multiple
 * @param type           section type
 * @param attributes     attribute bits ({@link #ATTR_MR_EXTEND}, {@link #ATTR_PAGE_AUG})
 */
public record TdvfSection(int index, long dataOffset, long rawDataSize, long memoryAddress, long memoryDataSize,
		TdvfSectionType type, int attributes) {

	/** Size of one entry in the metadata. */
	public static final int ENTRY_SIZE = 32;

	/** Attribute bit 0: measure the pages with TDH.MR.EXTEND (QEMU TDVF_SECTION_ATTRIBUTES_MR_EXTEND). */
	public static final int ATTR_MR_EXTEND = 1 << 0;

	/** Attribute bit 1: add the pages after launch with TDH.MEM.PAGE.AUG instead of PAGE.ADD (td-shim spec). */
	public static final int ATTR_PAGE_AUG = 1 << 1;

	/** Page size of TDH.MEM.PAGE.ADD. */
	public static final int PAGE_SIZE = 4096;

	public boolean mrExtend() {
		return (attributes & ATTR_MR_EXTEND) != 0;
	}

	public boolean pageAug() {
		return (attributes & ATTR_PAGE_AUG) != 0;
	}

	public long pageCount() {
		return memoryDataSize / PAGE_SIZE;
	}

	/** First guest-physical address after the section. */
	public long memoryEnd() {
		return memoryAddress + memoryDataSize;
	}

	@Override
	public String toString() {
		return String.format("#%d %s gpa=0x%x size=0x%x data=0x%x+0x%x attr=0x%x", index, type, memoryAddress,
				memoryDataSize, dataOffset, rawDataSize, attributes);
	}
}
