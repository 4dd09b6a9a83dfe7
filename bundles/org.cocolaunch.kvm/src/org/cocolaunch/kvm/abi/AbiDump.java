/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The ABI the backend marshals, as TSV lines: {@code struct NAME size}, {@code field STRUCT.FIELD offset size}, {@code
 * const NAME value} and {@code ioctl NAME 0x%08x}, all with the kernel's names, so it can be compared line by line
 * with the kernel headers or a C program's sizeof/offsetof.
 */
public final class AbiDump {

	private AbiDump() {
	}

	/** Every struct layout the backend uses, in a fixed order. */
	public static List<StructLayout> structs() {
		List<StructLayout> list = new ArrayList<>();
		for (Class<?> holder : List.of(VmStructs.class, MemoryStructs.class, SevStructs.class, TdxStructs.class, VcpuStructs.class, RunStructs.class)) {
			for (Field f : holder.getFields()) {
				if (Modifier.isStatic(f.getModifiers()) && f.getType() == StructLayout.class) {
					list.add((StructLayout) read(f));
				}
			}
		}
		return list;
	}

	public static List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (StructLayout s : structs()) {
			lines.add("struct\t" + s.name() + "\t" + s.size());
			for (StructLayout.Field f : s.fields()) {
				lines.add("field\t" + s.name() + "." + f.name() + "\t" + f.offset() + "\t" + f.size());
			}
		}
		for (Field f : KvmConstants.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers())) {
				lines.add("const\t" + f.getName() + "\t" + ((Number) read(f)).longValue());
			}
		}
		for (Field f : KvmIoctls.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == long.class) {
				lines.add(String.format("ioctl\t%s\t0x%08x", f.getName(), (Long) read(f)));
			}
		}
		return lines;
	}

	private static Object read(Field f) {
		try {
			return f.get(null);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException("cannot read " + f, e);
		}
	}
}
