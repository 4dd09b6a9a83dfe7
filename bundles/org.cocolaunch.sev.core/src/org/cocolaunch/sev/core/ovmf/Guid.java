/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An EFI GUID. Firmware stores GUIDs in the mixed-endian EFI form: the first three groups little-endian, the last
 * two as bytes (domain reference §3.2.3). {@link #bytes()} is that on-disk form, {@link #toString()} the usual
 * text form.
 */
public final class Guid {

	/** Size of a GUID in bytes. */
	public static final int SIZE = 16;

	private final byte[] onDisk;

	private Guid(byte[] onDisk) {
		this.onDisk = onDisk;
	}

	/** Parses {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}. */
	public static Guid parse(String text) {
		String hex = text.replace("-", "");
		if (hex.length() != 32 || text.length() != 36) {
			throw new IllegalArgumentException("not a GUID: " + text);
		}
		byte[] be = HexFormat.of().parseHex(hex);
		byte[] le = be.clone();
		reverse(le, 0, 4);
		reverse(le, 4, 2);
		reverse(le, 6, 2);
		return new Guid(le);
	}

	/** The GUID stored at {@code offset} of {@code data} in on-disk form. */
	public static Guid fromBytes(byte[] data, int offset) {
		return new Guid(Arrays.copyOfRange(data, offset, offset + SIZE));
	}

	/** Whether the 16 bytes at {@code offset} of {@code data} are this GUID. */
	public boolean matches(byte[] data, int offset) {
		return Arrays.equals(onDisk, 0, SIZE, data, offset, offset + SIZE);
	}

	/** The on-disk (mixed-endian) bytes; a copy. */
	public byte[] bytes() {
		return onDisk.clone();
	}

	@Override
	public String toString() {
		byte[] be = onDisk.clone();
		reverse(be, 0, 4);
		reverse(be, 4, 2);
		reverse(be, 6, 2);
		String h = HexFormat.of().formatHex(be);
		return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
				+ "-" + h.substring(20);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Guid g && Arrays.equals(onDisk, g.onDisk);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(onDisk);
	}

	private static void reverse(byte[] b, int from, int len) {
		for (int i = 0; i < len / 2; i++) {
			byte t = b[from + i];
			b[from + i] = b[from + len - 1 - i];
			b[from + len - 1 - i] = t;
		}
	}
}
