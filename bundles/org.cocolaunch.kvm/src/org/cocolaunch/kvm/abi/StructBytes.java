/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The little-endian bytes of one struct, read and written by field name; every access checks that the field has
 * the width used, so a wrong accessor cannot silently write a neighbouring field.
 */
public final class StructBytes {

	private final StructLayout layout;
	private final byte[] bytes;
	private final ByteBuffer buffer;

	StructBytes(StructLayout layout, byte[] bytes) {
		this.layout = layout;
		this.bytes = bytes;
		this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

	public StructLayout layout() {
		return layout;
	}

	/** The backing array (not a copy): what goes to the kernel and what it wrote back. */
	public byte[] bytes() {
		return bytes;
	}

	public StructBytes u8(String field, int value) {
		buffer.put(at(field, 1), (byte) value);
		return this;
	}

	public StructBytes u16(String field, int value) {
		buffer.putShort(at(field, 2), (short) value);
		return this;
	}

	public StructBytes u32(String field, long value) {
		buffer.putInt(at(field, 4), (int) value);
		return this;
	}

	public StructBytes u64(String field, long value) {
		buffer.putLong(at(field, 8), value);
		return this;
	}

	/** Element {@code index} of an array of __u64. */
	public StructBytes u64(String field, int index, long value) {
		StructLayout.Field f = layout.field(field);
		if (f.elementSize() != 8 || index < 0 || 8 * (index + 1) > f.size()) {
			throw new IllegalArgumentException(layout.name() + "." + field + " has no __u64 element " + index);
		}
		buffer.putLong(f.offset() + 8 * index, value);
		return this;
	}

	/** Copies {@code value} into an array field; a shorter value leaves the rest zero, a longer one is refused. */
	public StructBytes array(String field, byte[] value) {
		StructLayout.Field f = layout.field(field);
		if (value == null) {
			return this;
		}
		if (value.length > f.size()) {
			throw new IllegalArgumentException(layout.name() + "." + field + " holds " + f.size() + " bytes, got " + value.length);
		}
		System.arraycopy(value, 0, bytes, f.offset(), value.length);
		return this;
	}

	public int getU8(String field) {
		return Byte.toUnsignedInt(buffer.get(at(field, 1)));
	}

	public int getU16(String field) {
		return Short.toUnsignedInt(buffer.getShort(at(field, 2)));
	}

	public long getU32(String field) {
		return Integer.toUnsignedLong(buffer.getInt(at(field, 4)));
	}

	public long getU64(String field) {
		return buffer.getLong(at(field, 8));
	}

	public byte[] getArray(String field) {
		StructLayout.Field f = layout.field(field);
		byte[] out = new byte[f.size()];
		System.arraycopy(bytes, f.offset(), out, 0, f.size());
		return out;
	}

	private int at(String field, int width) {
		StructLayout.Field f = layout.field(field);
		if (f.size() != width) {
			throw new IllegalArgumentException(layout.name() + "." + field + " is " + f.size() + " bytes wide, not " + width);
		}
		return f.offset();
	}
}
