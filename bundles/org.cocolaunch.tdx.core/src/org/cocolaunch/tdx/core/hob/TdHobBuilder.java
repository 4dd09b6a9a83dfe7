/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hob;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;

/**
 * Builds the TD HOB exactly as QEMU does (hw/i386/tdvf-hob.c {@code tdvf_hob_create}): a PHIT HOB with only
 * {@code EfiEndOfHobList} set, one resource-descriptor HOB per {@link TdxRamMap} entry, then END_OF_HOB_LIST.
 * Structure layouts and constants: UEFI PI spec vol. 3 ch. 5 (HOBs); attribute sets from hw/i386/tdvf-hob.h.
 */
public final class TdHobBuilder {

	/** EFI_HOB_GENERIC_HEADER: HobType u16, HobLength u16, Reserved u32. */
	static final int GENERIC_HEADER_SIZE = 8;
	/** EFI_HOB_HANDOFF_INFO_TABLE: header, Version u32, BootMode u32, five u64 memory fields. */
	static final int HANDOFF_SIZE = 56;
	/** EFI_HOB_RESOURCE_DESCRIPTOR: header, Owner GUID, ResourceType u32, ResourceAttribute u32, start u64, length u64. */
	static final int RESOURCE_DESCRIPTOR_SIZE = 48;

	static final int EFI_HOB_TYPE_HANDOFF = 0x0001;
	static final int EFI_HOB_TYPE_RESOURCE_DESCRIPTOR = 0x0003;
	static final int EFI_HOB_TYPE_END_OF_HOB_LIST = 0xFFFF;
	/** EFI_HOB_HANDOFF_TABLE_VERSION (PI spec). */
	static final int EFI_HOB_HANDOFF_TABLE_VERSION = 0x0009;

	static final int EFI_RESOURCE_SYSTEM_MEMORY = 0;
	/** EFI_RESOURCE_MEMORY_UNACCEPTED (PI spec 1.8). */
	static final int EFI_RESOURCE_MEMORY_UNACCEPTED = 7;

	/** PRESENT | INITIALIZED | TESTED: upstream QEMU uses this set for both added and unaccepted RAM (tdvf-hob.h). */
	static final int ATTRIBUTES_TDVF = 0x1 | 0x2 | 0x4;

	/** Offset of EfiEndOfHobList inside the PHIT HOB. */
	private static final int END_OF_HOB_LIST_FIELD = 48;

	private TdHobBuilder() {
	}

	/** The HOB for {@code image} launched with {@code layout}'s RAM. */
	public static TdHob build(TdvfImage image, GuestRamLayout layout) throws TdxInputException {
		TdvfSection hobSection = image.first(TdvfSectionType.TD_HOB).orElseThrow(() -> new TdxInputException(
				image.name() + ": TDX metadata has no TD_HOB section, which QEMU needs to pass memory information"));
		TdxRamMap map = new TdxRamMap(layout);
		for (TdvfSection s : image.sections()) {
			if (s.type() == TdvfSectionType.TD_HOB || s.type() == TdvfSectionType.TEMP_MEM) {
				if (!map.accept(s.memoryAddress(), s.memoryDataSize())) {
					throw new TdxInputException(String.format(
							"%s: section %s at 0x%x+0x%x is not inside guest RAM of %d bytes (QEMU would refuse to start)",
							image.name(), s.type(), s.memoryAddress(), s.memoryDataSize(), layout.ramSize()));
				}
			}
		}
		List<TdxRamEntry> entries = map.entries();
		int size = HANDOFF_SIZE + entries.size() * RESOURCE_DESCRIPTOR_SIZE + GENERIC_HEADER_SIZE;
		if (size > hobSection.memoryDataSize()) {
			throw new TdxInputException(image.name() + ": TD HOB of " + size + " bytes does not fit the TD_HOB section of "
					+ hobSection.memoryDataSize() + " bytes");
		}
		ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		header(b, EFI_HOB_TYPE_HANDOFF, HANDOFF_SIZE);
		b.putInt(EFI_HOB_HANDOFF_TABLE_VERSION);
		b.putInt(0); // BootMode: BOOT_WITH_FULL_CONFIGURATION
		b.putLong(0).putLong(0).putLong(0).putLong(0); // EfiMemoryTop/Bottom, EfiFreeMemoryTop/Bottom: unused by TDVF
		b.putLong(hobSection.memoryAddress() + size); // EfiEndOfHobList: guest address just past the END header
		for (TdxRamEntry e : entries) {
			header(b, EFI_HOB_TYPE_RESOURCE_DESCRIPTOR, RESOURCE_DESCRIPTOR_SIZE);
			b.put(new byte[16]); // Owner: zero GUID
			b.putInt(e.added() ? EFI_RESOURCE_SYSTEM_MEMORY : EFI_RESOURCE_MEMORY_UNACCEPTED);
			b.putInt(ATTRIBUTES_TDVF);
			b.putLong(e.address());
			b.putLong(e.length());
		}
		header(b, EFI_HOB_TYPE_END_OF_HOB_LIST, GENERIC_HEADER_SIZE);
		assert b.position() == size && b.getLong(END_OF_HOB_LIST_FIELD) == hobSection.memoryAddress() + size;
		return new TdHob(hobSection.memoryAddress(), b.array());
	}

	private static void header(ByteBuffer b, int type, int length) {
		b.putShort((short) type);
		b.putShort((short) length);
		b.putInt(0);
	}
}
