/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte layout of one kernel UAPI struct: its C name, its size and its fields (C names, offsets, sizes), written
 * out by hand from the kernel header so every offset is explicit and testable. Built once; validated on build (every
 * field inside the struct, no overlap, scalars naturally aligned).
 */
public final class StructLayout {

	/** One field: its C name, offset and size in bytes, and the size of one element (arrays: the element). */
	public record Field(String name, int offset, int size, int elementSize) {
	}

	private final String name;
	private final int size;
	private final Map<String, Field> fields;

	private StructLayout(String name, int size, Map<String, Field> fields) {
		this.name = name;
		this.size = size;
		this.fields = Collections.unmodifiableMap(fields);
	}

	public static Builder struct(String name, int size) {
		return new Builder(name, size);
	}

	public String name() {
		return name;
	}

	public int size() {
		return size;
	}

	/** The fields in offset order. */
	public List<Field> fields() {
		return List.copyOf(fields.values());
	}

	public Field field(String fieldName) {
		Field f = fields.get(fieldName);
		if (f == null) {
			throw new IllegalArgumentException("struct " + name + " has no field " + fieldName);
		}
		return f;
	}

	public int offset(String fieldName) {
		return field(fieldName).offset();
	}

	/** A zeroed buffer of this struct. */
	public StructBytes allocate() {
		return new StructBytes(this, new byte[size]);
	}

	/** A view of existing bytes (at least {@link #size()} long; a variable tail may follow). */
	public StructBytes wrap(byte[] bytes) {
		if (bytes.length < size) {
			throw new IllegalArgumentException("struct " + name + " needs " + size + " bytes, got " + bytes.length);
		}
		return new StructBytes(this, bytes);
	}

	/** Collects fields in order and checks the layout on {@link #build()}. */
	public static final class Builder {
		private final String name;
		private final int size;
		private final List<Field> list = new ArrayList<>();

		private Builder(String name, int size) {
			this.name = name;
			this.size = size;
		}

		public Builder u8(String field, int offset) {
			return add(field, offset, 1, 1);
		}

		public Builder u16(String field, int offset) {
			return add(field, offset, 2, 2);
		}

		public Builder u32(String field, int offset) {
			return add(field, offset, 4, 4);
		}

		public Builder u64(String field, int offset) {
			return add(field, offset, 8, 8);
		}

		/** An array of {@code count} elements of {@code elementSize} bytes each. */
		public Builder array(String field, int offset, int elementSize, int count) {
			return add(field, offset, elementSize * count, elementSize);
		}

		/** An embedded struct whose strictest member is {@code alignment} bytes wide. */
		public Builder struct(String field, int offset, StructLayout embedded, int alignment) {
			return add(field, offset, embedded.size(), alignment);
		}

		private Builder add(String field, int offset, int fieldSize, int alignment) {
			list.add(new Field(field, offset, fieldSize, alignment));
			return this;
		}

		public StructLayout build() {
			Map<String, Field> map = new LinkedHashMap<>();
			int end = 0;
			for (Field f : list) {
				if (f.offset() < end) {
					throw new IllegalStateException(name + "." + f.name() + " at " + f.offset() + " overlaps the field before (ends at " + end + ")");
				}
				if (f.offset() % f.elementSize() != 0) {
					throw new IllegalStateException(name + "." + f.name() + " at " + f.offset() + " is not aligned to " + f.elementSize());
				}
				end = f.offset() + f.size();
				if (end > size) {
					throw new IllegalStateException(name + "." + f.name() + " ends at " + end + ", past the struct's " + size + " bytes");
				}
				if (map.put(f.name(), f) != null) {
					throw new IllegalStateException(name + "." + f.name() + " is defined twice");
				}
			}
			return new StructLayout(name, size, map);
		}
	}
}
