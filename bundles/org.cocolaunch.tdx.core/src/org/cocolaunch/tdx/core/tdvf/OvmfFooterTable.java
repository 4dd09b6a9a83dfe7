/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cocolaunch.core.io.ImageBytes;

/**
 * The GUIDed table OVMF places just below the reset vector at the end of the image. Layout (edk2
 * OvmfPkg/ResetVector/Ia16/ResetVectorVtf0.asm; QEMU hw/i386/pc_sysfw_ovmf.c): the table ends 0x20 bytes before the
 * end of the image with the footer GUID {@value #FOOTER_GUID_TEXT}, preceded by a u16 total table length. Entries are
 * walked backwards from there; each entry is {@code data, u16 length (data + 18), GUID}.
 */
public final class OvmfFooterTable {

	static final String FOOTER_GUID_TEXT = "96b582de-1fb2-45f7-baea-a366c55a082d";

	/** The table's own GUID. */
	public static final EfiGuid FOOTER_GUID = new EfiGuid(FOOTER_GUID_TEXT);

	/** Distance of the end of the table from the end of the image (reset vector + padding, pc_sysfw_ovmf.c). */
	static final int TABLE_END_FROM_IMAGE_END = 0x20;

	/** Bytes of an entry trailer: u16 length + 16-byte GUID. */
	private static final int TRAILER = 2 + 16;

	/** Offsets (into the image) of the data of each entry, keyed by GUID; values are {offset, length}. */
	private final Map<EfiGuid, int[]> entries;

	private OvmfFooterTable(Map<EfiGuid, int[]> entries) {
		this.entries = entries;
	}

	/**
	 * Reads the table of {@code image}; empty when the image has no footer GUID where OVMF puts it. A footer whose
	 * lengths do not fit is a format error.
	 */
	public static Optional<OvmfFooterTable> read(byte[] image, String imageName) throws TdvfFormatException {
		return read(new ImageView(ImageBytes.of(image)), imageName);
	}

	static Optional<OvmfFooterTable> read(ImageView image, String imageName) throws TdvfFormatException {
		long tableEnd = image.length() - TABLE_END_FROM_IMAGE_END;
		long footerGuidAt = tableEnd - 16;
		if (!image.matches(FOOTER_GUID, footerGuidAt)) {
			return Optional.empty();
		}
		int totalLength = image.u16(footerGuidAt - 2);
		long tableStart = tableEnd - totalLength;
		if (totalLength < TRAILER || tableStart < 0) {
			throw new TdvfFormatException(imageName, "OVMF footer table length " + totalLength + " does not fit the image");
		}
		Map<EfiGuid, int[]> found = new LinkedHashMap<>();
		long entryEnd = tableEnd - TRAILER; // the footer entry itself has no data
		while (entryEnd > tableStart) {
			if (entryEnd - TRAILER < tableStart) {
				throw new TdvfFormatException(imageName, "OVMF footer table entry at " + hex(entryEnd) + " is truncated");
			}
			long guidAt = entryEnd - 16;
			int length = image.u16(guidAt - 2);
			long dataStart = entryEnd - length;
			if (length < TRAILER || dataStart < tableStart) {
				throw new TdvfFormatException(imageName,
						"OVMF footer table entry at " + hex(guidAt) + " has impossible length " + length);
			}
			byte[] g = image.read(guidAt, 16);
			found.putIfAbsent(guidOf(g), new int[] { (int) dataStart, length - TRAILER });
			entryEnd = dataStart;
		}
		return Optional.of(new OvmfFooterTable(found));
	}

	/** Image offset and length of the data of the entry with {@code guid}, as {@code {offset, length}}. */
	public Optional<int[]> find(EfiGuid guid) {
		int[] e = entries.get(guid);
		return e == null ? Optional.empty() : Optional.of(e.clone());
	}

	private static EfiGuid guidOf(byte[] b) {
		String s = String.format("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[3], b[2],
				b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
		return new EfiGuid(s);
	}

	private static String hex(long v) {
		return "0x" + Long.toHexString(v);
	}
}
