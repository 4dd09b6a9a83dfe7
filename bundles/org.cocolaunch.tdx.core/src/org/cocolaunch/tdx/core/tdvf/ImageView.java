/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import org.cocolaunch.core.io.ImageBytes;

/**
 * Little-endian reads of a firmware image for the parsers, whether it is in memory or read in place: the end of the
 * image (where the OVMF footer table and the td-shim pointer live) is read once, anything else on demand. Reads
 * outside the image throw {@link IndexOutOfBoundsException}, as array reads would.
 */
final class ImageView {

	/** The footer table (u16 length) and the 0x20 bytes after it fit in the last 64 KiB + 0x40. */
	private static final int TAIL = 0x10000 + 0x40;

	private final ImageBytes bytes;
	private final long length;
	private final long tailStart;
	private final byte[] tail;

	ImageView(ImageBytes bytes) {
		this.bytes = bytes;
		this.length = bytes.size();
		this.tailStart = Math.max(0, length - TAIL);
		this.tail = bytes.read(tailStart, (int) (length - tailStart));
	}

	long length() {
		return length;
	}

	ImageBytes bytes() {
		return bytes;
	}

	/** {@code n} bytes at {@code at}. */
	byte[] read(long at, int n) {
		if (at < 0 || n < 0 || at > length - n) {
			throw new IndexOutOfBoundsException(n + " bytes at " + at + " of a " + length + "-byte image");
		}
		if (at >= tailStart) {
			byte[] out = new byte[n];
			System.arraycopy(tail, (int) (at - tailStart), out, 0, n);
			return out;
		}
		return bytes.read(at, n);
	}

	int u16(long at) {
		byte[] b = read(at, 2);
		return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
	}

	int i32(long at) {
		byte[] b = read(at, 4);
		return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
	}

	long i64(long at) {
		return (i32(at) & 0xFFFF_FFFFL) | (long) i32(at + 4) << 32;
	}

	/** Whether {@code guid} is at {@code at} (false when that is outside the image). */
	boolean matches(EfiGuid guid, long at) {
		if (at < 0 || at > length - 16) {
			return false;
		}
		return guid.matchesAt(read(at, 16), 0);
	}
}
