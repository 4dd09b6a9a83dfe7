/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;

/**
 * SHA-384 Authenticode image hash of a PE/COFF file, the digest UEFI measures for an EFI application when it is
 * loaded (Microsoft "Windows Authenticode Portable Executable Signature Format", section "Calculating the PE Image
 * Hash"; edk2 SecurityPkg DxeTpm2MeasureBootLib / TdTcg2Dxe {@code MeasurePeImageAndExtend}): headers without the
 * CheckSum field and the certificate-table directory entry, then the sections in file order, then any data after the
 * last section except the attribute certificate table.
 */
public final class PeAuthenticodeHash {

	private static final int PE32_MAGIC = 0x10b;
	private static final int PE32_PLUS_MAGIC = 0x20b;
	/** Offset of CheckSum in the optional header (same for PE32 and PE32+). */
	private static final int CHECKSUM_OFFSET = 64;
	/** Index of the certificate (security) table in the data directories. */
	private static final int SECURITY_DIRECTORY = 4;

	private PeAuthenticodeHash() {
	}

	public static byte[] of(byte[] image, String name) throws TdxInputException {
		try {
			return compute(image, name);
		} catch (IndexOutOfBoundsException | IllegalArgumentException e) {
			throw new TdxInputException(name + ": malformed PE/COFF headers, expected an EFI-stub kernel (bzImage)");
		}
	}

	private static byte[] compute(byte[] image, String name) throws TdxInputException {
		ByteBuffer le = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
		if (image.length < 0x40 || le.getShort(0) != 0x5A4D) { // "MZ"
			throw new TdxInputException(name + ": not a PE/COFF image (no MZ header); expected a kernel with EFI stub");
		}
		int pe = le.getInt(0x3C);
		if (pe < 0 || pe > image.length - 24 || le.getInt(pe) != 0x00004550) { // "PE\0\0"
			throw new TdxInputException(name + ": no PE signature; expected a kernel with EFI stub");
		}
		int sectionCount = Short.toUnsignedInt(le.getShort(pe + 6));
		int optSize = Short.toUnsignedInt(le.getShort(pe + 20));
		int opt = pe + 24;
		int magic = Short.toUnsignedInt(le.getShort(opt));
		int dirCountAt;
		if (magic == PE32_PLUS_MAGIC) {
			dirCountAt = opt + 108;
		} else if (magic == PE32_MAGIC) {
			dirCountAt = opt + 92;
		} else {
			throw new TdxInputException(name + ": unknown PE optional header magic 0x" + Integer.toHexString(magic));
		}
		int dirCount = le.getInt(dirCountAt);
		int dirs = dirCountAt + 4;
		long sizeOfHeaders = Integer.toUnsignedLong(le.getInt(opt + 60));
		if (sizeOfHeaders > image.length) {
			throw new TdxInputException(name + ": SizeOfHeaders beyond the end of the file");
		}
		MessageDigest md = Sha384.newDigest();
		int checksum = opt + CHECKSUM_OFFSET;
		md.update(image, 0, checksum);
		long certOffset = 0;
		long certSize = 0;
		if (dirCount > SECURITY_DIRECTORY) {
			int certEntry = dirs + SECURITY_DIRECTORY * 8;
			md.update(image, checksum + 4, certEntry - (checksum + 4));
			md.update(image, certEntry + 8, (int) sizeOfHeaders - (certEntry + 8));
			certOffset = Integer.toUnsignedLong(le.getInt(certEntry));
			certSize = Integer.toUnsignedLong(le.getInt(certEntry + 4));
		} else {
			md.update(image, checksum + 4, (int) sizeOfHeaders - (checksum + 4));
		}
		int sectionTable = opt + optSize;
		List<long[]> sections = new ArrayList<>();
		for (int i = 0; i < sectionCount; i++) {
			int at = sectionTable + i * 40;
			long rawSize = Integer.toUnsignedLong(le.getInt(at + 16));
			long rawPtr = Integer.toUnsignedLong(le.getInt(at + 20));
			if (rawSize > 0) {
				if (rawPtr + rawSize > image.length) {
					throw new TdxInputException(name + ": PE section " + i + " runs past the end of the file");
				}
				sections.add(new long[] { rawPtr, rawSize });
			}
		}
		sections.sort(Comparator.comparingLong(s -> s[0]));
		long hashed = sizeOfHeaders;
		for (long[] s : sections) {
			md.update(image, (int) s[0], (int) s[1]);
			hashed += s[1];
		}
		if (image.length > hashed + certSize) {
			md.update(image, (int) hashed, (int) (image.length - certSize - hashed));
		}
		return md.digest();
	}
}
