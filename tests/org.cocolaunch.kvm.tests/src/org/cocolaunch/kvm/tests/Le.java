/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Expected struct bytes written independently of the backend's layouts: a zeroed little-endian buffer filled at
 * offsets the tests state themselves (from the kernel header declarations quoted in the tests).
 */
final class Le {

	private final ByteBuffer buffer;

	private Le(int size) {
		buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	static Le of(int size) {
		return new Le(size);
	}

	Le u8(int offset, int value) {
		buffer.put(offset, (byte) value);
		return this;
	}

	Le u16(int offset, int value) {
		buffer.putShort(offset, (short) value);
		return this;
	}

	Le u32(int offset, long value) {
		buffer.putInt(offset, (int) value);
		return this;
	}

	Le u64(int offset, long value) {
		buffer.putLong(offset, value);
		return this;
	}

	Le bytes(int offset, byte[] value) {
		buffer.put(offset, value);
		return this;
	}

	byte[] get() {
		return buffer.array().clone();
	}

	/** The u64 at {@code offset} of {@code bytes}. */
	static long u64(byte[] bytes, int offset) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(offset);
	}

	static long u32(byte[] bytes, int offset) {
		return Integer.toUnsignedLong(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(offset));
	}

	/** A copy of {@code bytes} with {@code [offset, offset + 8)} zeroed (a pointer the test cannot predict). */
	static byte[] withoutPointer(byte[] bytes, int offset) {
		byte[] copy = bytes.clone();
		Arrays.fill(copy, offset, offset + 8, (byte) 0);
		return copy;
	}
}
