/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

/** A memory slot set with {@code KVM_SET_USER_MEMORY_REGION2}: guest range, shared backing and private backing. */
public record MemorySlot(int slot, long gpa, long size, HostMemory shared, GuestMemfd guestMemfd) {

	public boolean contains(long address, long length) {
		return address >= gpa && length >= 0 && address + length <= gpa + size;
	}

	/** The host address that backs {@code address} in the shared memory. */
	public long hostAddress(long address) {
		return shared.address() + (address - gpa);
	}
}
