/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * A parameter struct in native memory for the duration of one command: {@code kvm_sev_cmd.data} and
 * {@code kvm_tdx_cmd.data} point at it, and the kernel's write-back is copied into the Java bytes afterwards.
 */
final class NativeParameters implements AutoCloseable {

	private final byte[] bytes;
	private final Memory memory;

	NativeParameters(byte[] bytes) {
		this.bytes = bytes;
		this.memory = bytes == null || bytes.length == 0 ? null : new Memory(bytes.length);
		if (memory != null) {
			memory.write(0, bytes, 0, bytes.length);
		}
	}

	/** The address for the command's data field; 0 without parameters. */
	long address() {
		return memory == null ? 0 : Pointer.nativeValue(memory);
	}

	/** Copies what the kernel wrote back into the Java bytes. */
	void readBack() {
		if (memory != null) {
			memory.read(0, bytes, 0, bytes.length);
		}
	}

	@Override
	public void close() {
		if (memory != null) {
			memory.close();
		}
	}
}
