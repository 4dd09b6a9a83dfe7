/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.sev.core.InputFiles;
import org.cocolaunch.sev.core.SevInputException;

/**
 * A parsed OVMF (or COCONUT-SVSM) image: its bytes, the footer GUID table and the SEV metadata sections
 * (domain reference §3.2.3). Parsing follows sev-snp-measure 0.0.13 {@code ovmf.py}: an image without the footer
 * GUID has no table and no metadata (a warning, not an error); a table or metadata that is present but broken is a
 * {@link OvmfFormatException}. Unknown entry GUIDs and section types are kept and reported in {@link #warnings()}.
 */
public final class FirmwareImage {

	/** 4 GiB: OVMF is mapped so that it ends there (QEMU pflash/bios). */
	public static final long FOUR_GIB = 0x1_0000_0000L;
	/** The footer table ends this many bytes before the end of the image (edk2 ResetVector layout). */
	static final int FOOTER_DISTANCE_FROM_END = 32;
	/** {@code u16 size; GUID guid} trailer of every table entry. */
	static final int ENTRY_TRAILER_SIZE = 2 + Guid.SIZE;
	/** {@code char[4] "ASEV"; u32 size; u32 version; u32 num_items}. */
	static final int METADATA_HEADER_SIZE = 16;
	/** {@code u32 gpa; u32 size; u32 type}. */
	static final int METADATA_DESCRIPTOR_SIZE = 12;
	/** The footer table lies in the last 32 + 18 + 65535 bytes at most (its length is a u16). */
	private static final int MAX_FOOTER_REGION = FOOTER_DISTANCE_FROM_END + ENTRY_TRAILER_SIZE + 0xFFFF;

	private final String name;
	private final ImageBytes bytes;
	private final Map<Guid, FooterEntry> table;
	private final List<MetadataSection> sections;
	private final List<String> warnings;

	private FirmwareImage(String name, ImageBytes bytes, Map<Guid, FooterEntry> table, List<MetadataSection> sections,
			List<String> warnings) {
		this.name = name;
		this.bytes = bytes;
		this.table = table;
		this.sections = sections;
		this.warnings = warnings;
	}

	/**
	 * Reads and parses {@code file}; {@code what} names the input in messages ("OVMF", "SVSM"). Images above
	 * {@link ImageBytes#IN_MEMORY_UP_TO} are read in place: only the footer table and the metadata are read now.
	 */
	public static FirmwareImage load(Path file, String what) throws SevInputException {
		return parse(file.toString(), InputFiles.image(file, what));
	}

	/** Parses {@code data}; {@code name} is used in messages. The array is kept, not copied. */
	public static FirmwareImage parse(String name, byte[] data) throws OvmfFormatException {
		return parse(name, ImageBytes.of(data));
	}

	/** Parses the image {@code bytes} (in memory or read in place); {@code name} is used in messages. */
	public static FirmwareImage parse(String name, ImageBytes bytes) throws OvmfFormatException {
		if (bytes.size() > Integer.MAX_VALUE) {
			throw new OvmfFormatException(name, "image is " + bytes.size() + " bytes, more than any firmware image");
		}
		List<String> warnings = new ArrayList<>();
		try {
			Map<Guid, FooterEntry> table = parseFooterTable(name, bytes, warnings);
			List<MetadataSection> sections = parseMetadata(name, bytes, table, warnings);
			return new FirmwareImage(name, bytes, Collections.unmodifiableMap(table), List.copyOf(sections),
					List.copyOf(warnings));
		} catch (ImageReadException e) {
			throw new OvmfFormatException(name, "cannot be read: " + e.getMessage());
		}
	}

	private static Map<Guid, FooterEntry> parseFooterTable(String name, ImageBytes bytes, List<String> warnings)
			throws OvmfFormatException {
		Map<Guid, FooterEntry> table = new LinkedHashMap<>();
		int length = (int) bytes.size();
		int footerStart = length - FOOTER_DISTANCE_FROM_END - ENTRY_TRAILER_SIZE;
		if (footerStart < 0) {
			throw new OvmfFormatException(name, "image is " + length + " bytes, too small for an OVMF footer"
					+ " table (expected at least " + (FOOTER_DISTANCE_FROM_END + ENTRY_TRAILER_SIZE) + ")");
		}
		// The end of the image, where the whole table lies: offsets below are absolute, data[] holds [base, length).
		int base = Math.max(0, length - MAX_FOOTER_REGION);
		byte[] data = bytes.read(base, length - base);
		if (!KnownGuids.FOOTER_TABLE.matches(data, footerStart + 2 - base)) {
			warnings.add("no OVMF footer GUID table (expected GUID " + KnownGuids.FOOTER_TABLE + " at offset 0x"
					+ Integer.toHexString(footerStart + 2) + ")");
			return table;
		}
		int tableSize = u16(data, footerStart - base) - ENTRY_TRAILER_SIZE;
		if (tableSize < 0) {
			warnings.add("OVMF footer table length " + u16(data, footerStart - base) + " is shorter than its own footer");
			return table;
		}
		int tableStart = footerStart - tableSize;
		if (tableStart < 0) {
			throw new OvmfFormatException(name, "OVMF footer table length " + (tableSize + ENTRY_TRAILER_SIZE)
					+ " reaches before the start of the image");
		}
		// Entries are walked backwards from the footer: data, then u16 length (incl. trailer), then GUID.
		int end = footerStart;
		while (end - tableStart >= ENTRY_TRAILER_SIZE) {
			int trailer = end - ENTRY_TRAILER_SIZE;
			int size = u16(data, trailer - base);
			if (size < ENTRY_TRAILER_SIZE) {
				throw new OvmfFormatException(name, "OVMF footer table entry at offset 0x" + Integer.toHexString(trailer)
						+ " has length " + size + " (expected at least " + ENTRY_TRAILER_SIZE + ")");
			}
			if (size > end - tableStart) {
				throw new OvmfFormatException(name, "OVMF footer table entry at offset 0x" + Integer.toHexString(trailer)
						+ " has length " + size + " but only " + (end - tableStart) + " bytes of table remain");
			}
			Guid guid = Guid.fromBytes(data, trailer + 2 - base);
			int dataStart = end - size;
			byte[] entryData = Arrays.copyOfRange(data, dataStart - base, trailer - base);
			if (KnownGuids.nameOf(guid) == null) {
				warnings.add("unknown OVMF footer table entry " + guid + " (" + entryData.length + " bytes)");
			}
			// Like ovmf.py's dict: for a repeated GUID the entry nearer the table start wins.
			table.put(guid, new FooterEntry(guid, dataStart, entryData));
			end = dataStart;
		}
		return table;
	}

	private static List<MetadataSection> parseMetadata(String name, ImageBytes bytes, Map<Guid, FooterEntry> table,
			List<String> warnings) throws OvmfFormatException {
		List<MetadataSection> sections = new ArrayList<>();
		FooterEntry entry = table.get(KnownGuids.OVMF_SEV_METADATA);
		if (entry == null) {
			return sections;
		}
		requireU32s(name, entry, 1, "OVMF_SEV_METADATA");
		long length = bytes.size();
		long offsetFromEnd = entry.u32(0);
		long start = length - offsetFromEnd;
		if (start < 0 || start + METADATA_HEADER_SIZE > length) {
			throw new OvmfFormatException(name, "SEV metadata offset 0x" + Long.toHexString(offsetFromEnd)
					+ " from the end does not point at a 16-byte header inside the " + length + "-byte image");
		}
		int h = (int) start;
		byte[] header = bytes.read(h, METADATA_HEADER_SIZE);
		if (header[0] != 'A' || header[1] != 'S' || header[2] != 'E' || header[3] != 'V') {
			throw new OvmfFormatException(name, "wrong SEV metadata signature at offset 0x" + Integer.toHexString(h)
					+ " (expected \"ASEV\")");
		}
		long size = u32(header, 4);
		long version = u32(header, 8);
		long count = u32(header, 12);
		if (version != 1) {
			throw new OvmfFormatException(name, "wrong SEV metadata version " + version + " (expected 1)");
		}
		long available = Math.min(size, length - start) - METADATA_HEADER_SIZE;
		if (count * METADATA_DESCRIPTOR_SIZE > Math.max(0, available)) {
			throw new OvmfFormatException(name, "SEV metadata declares " + count + " sections but its " + size
					+ "-byte body inside the image holds only " + Math.max(0, available) / METADATA_DESCRIPTOR_SIZE);
		}
		byte[] descriptors = bytes.read(h + METADATA_HEADER_SIZE, (int) count * METADATA_DESCRIPTOR_SIZE);
		for (int i = 0; i < count; i++) {
			int d = i * METADATA_DESCRIPTOR_SIZE;
			MetadataSection s = new MetadataSection(u32(descriptors, d), u32(descriptors, d + 4),
					u32(descriptors, d + 8));
			if (s.type() == null) {
				warnings.add("unknown SEV metadata section type 0x" + Long.toHexString(s.rawType()) + " at GPA 0x"
						+ Long.toHexString(s.gpa()));
			}
			sections.add(s);
		}
		return sections;
	}

	private static void requireU32s(String name, FooterEntry entry, int count, String what)
			throws OvmfFormatException {
		if (entry.data().length < 4 * count) {
			throw new OvmfFormatException(name, what + " footer entry has " + entry.data().length
					+ " bytes of data (expected at least " + 4 * count + ")");
		}
	}

	/** The name given at parse time (usually the file path). */
	public String name() {
		return name;
	}

	/**
	 * The raw image in one array: for an image in memory the array itself, not a copy (callers must not modify it);
	 * for one read in place the whole file, read now. Measuring uses {@link #bytes()}, which never holds it whole.
	 */
	public byte[] data() {
		return bytes.array();
	}

	/** The image's bytes, in memory or read in place. */
	public ImageBytes bytes() {
		return bytes;
	}

	/** Image size in bytes. */
	public int size() {
		return (int) bytes.size();
	}

	/** Guest-physical load address when the image is mapped to end at {@code endAddress}. */
	public long gpaEndingAt(long endAddress) {
		return endAddress - bytes.size();
	}

	/** Guest-physical load address of an OVMF image (ends at 4 GiB). */
	public long ovmfGpa() {
		return gpaEndingAt(FOUR_GIB);
	}

	/** Footer table entries by GUID, in the order they were found (walking backwards). */
	public Map<Guid, FooterEntry> footerTable() {
		return table;
	}

	/** Whether the footer table has an entry with this GUID. */
	public boolean hasEntry(Guid guid) {
		return table.containsKey(guid);
	}

	/** SEV metadata sections in table order (empty without an OVMF_SEV_METADATA entry). */
	public List<MetadataSection> metadataSections() {
		return sections;
	}

	/** Whether any metadata section has type {@code type}. */
	public boolean hasSection(SectionType type) {
		return sections.stream().anyMatch(s -> s.type() == type);
	}

	/** Non-fatal findings: unknown GUIDs, unknown section types, missing table. */
	public List<String> warnings() {
		return warnings;
	}

	/** The SEV-ES AP reset address from the SEV_ES_RESET_BLOCK entry (domain reference §3.2.4). */
	public long sevEsResetEip() throws OvmfFormatException {
		return requiredU32(KnownGuids.SEV_ES_RESET_BLOCK, "SEV_ES_RESET_BLOCK");
	}

	/** Base GPA of the kernel-hash area from the SEV_HASH_TABLE_RV entry. */
	public long sevHashTableGpa() throws OvmfFormatException {
		return requiredU32(KnownGuids.SEV_HASH_TABLE_RV, "SEV_HASH_TABLE_RV");
	}

	/** Whether QEMU can place a kernel-hash table: the entry exists and its GPA is not 0 (ovmf.py). */
	public boolean supportsKernelHashes() {
		FooterEntry e = table.get(KnownGuids.SEV_HASH_TABLE_RV);
		return e != null && e.data().length >= 4 && e.u32(0) != 0;
	}

	/** For an SVSM image: entry offset from the SVSM_INFO entry (added to the image GPA by the caller). */
	public long svsmEntryOffset() throws OvmfFormatException {
		return requiredU32(KnownGuids.SVSM_INFO, "SVSM_INFO");
	}

	private long requiredU32(Guid guid, String what) throws OvmfFormatException {
		FooterEntry e = table.get(guid);
		if (e == null) {
			throw new OvmfFormatException(name, "no " + what + " entry (GUID " + guid + ") in the OVMF footer table");
		}
		requireU32s(name, e, 1, what);
		return e.u32(0);
	}

	private static int u16(byte[] b, int o) {
		return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] b, int o) {
		return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24;
	}
}
