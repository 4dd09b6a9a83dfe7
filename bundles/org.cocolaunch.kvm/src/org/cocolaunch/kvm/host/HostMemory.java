/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

import com.sun.jna.Pointer;

/**
 * Host memory shared with the guest (the {@code userspace_addr} of a memory slot, and the source of the launch
 * updates): a memfd of the slot's size mapped shared. The fd and the mapping are pushed onto the stack.
 */
public final class HostMemory {

	private final Pointer address;
	private final long size;

	private HostMemory(Pointer address, long size) {
		this.address = address;
		this.size = size;
	}

	public static HostMemory allocate(NativeSystem sys, ResourceStack stack, String name, long size) throws SysCallException {
		int fd = sys.memfd(name, size);
		stack.push("fd " + fd + " (memfd " + name + ")", () -> sys.close(fd));
		Pointer p = sys.mmapShared(fd, size);
		stack.push("mapping of " + size + " bytes at 0x" + Long.toHexString(Pointer.nativeValue(p)) + " (" + name + ")",
				() -> sys.munmap(p, size));
		return new HostMemory(p, size);
	}

	public Pointer pointer() {
		return address;
	}

	/** The host virtual address of the first byte. */
	public long address() {
		return Pointer.nativeValue(address);
	}

	public long size() {
		return size;
	}

	/** Copies {@code data} to {@code offset}. */
	public void write(long offset, byte[] data) {
		if (offset < 0 || offset + data.length > size) {
			throw new IllegalArgumentException(data.length + " bytes at offset " + offset + " do not fit in " + size + " bytes");
		}
		address.write(offset, data, 0, data.length);
	}

	public byte[] read(long offset, int length) {
		return address.getByteArray(offset, length);
	}
}
