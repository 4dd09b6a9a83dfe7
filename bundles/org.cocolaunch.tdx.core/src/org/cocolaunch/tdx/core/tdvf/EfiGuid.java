/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An EFI GUID. In firmware images GUIDs are stored in the mixed-endian EFI layout: the first three fields little
 * endian, the last eight bytes as written (UEFI spec, appendix A "EFI_GUID").
 */
public record EfiGuid(String text) {

	public EfiGuid {
		if (!text.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
			throw new IllegalArgumentException("not a GUID: " + text);
		}
		text = text.toLowerCase(Locale.ROOT);
	}

	/** The 16 bytes of this GUID as they appear in an image. */
	public byte[] toBytes() {
		byte[] plain = HexFormat.of().parseHex(text.replace("-", ""));
		byte[] out = new byte[16];
		// Data1 (u32), Data2 (u16), Data3 (u16) are little endian; Data4 is a byte array.
		for (int i = 0; i < 4; i++) {
			out[i] = plain[3 - i];
		}
		out[4] = plain[5];
		out[5] = plain[4];
		out[6] = plain[7];
		out[7] = plain[6];
		System.arraycopy(plain, 8, out, 8, 8);
		return out;
	}

	/** Whether the 16 bytes at {@code offset} of {@code data} are this GUID (false when out of bounds). */
	public boolean matchesAt(byte[] data, long offset) {
		if (offset < 0 || offset > data.length - 16L) {
			return false;
		}
		int o = (int) offset;
		return Arrays.equals(toBytes(), 0, 16, data, o, o + 16);
	}

	@Override
	public String toString() {
		return text;
	}
}
