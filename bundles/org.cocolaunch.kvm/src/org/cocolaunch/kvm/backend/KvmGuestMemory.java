/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.GuestMemfd;
import org.cocolaunch.kvm.host.HostMemory;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

/**
 * The guest memory of a launch on KVM: for every slot of the {@link SlotLayout}, shared host memory and (for
 * private-memory VMs) a guest_memfd, bound with KVM_SET_USER_MEMORY_REGION2 and marked PRIVATE, as QEMU does
 * before it loads firmware into SNP or TDX guests. Everything goes onto the VM's resource stack.
 */
public final class KvmGuestMemory {

	private final List<MemorySlot> slots;

	private KvmGuestMemory(List<MemorySlot> slots) {
		this.slots = List.copyOf(slots);
	}

	/** Creates the slots; {@code privateMemory} adds guest_memfd and the PRIVATE attribute (SNP, TDX). */
	public static KvmGuestMemory create(NativeSystem sys, KvmVm vm, List<SlotLayout.Range> layout, boolean privateMemory)
			throws SysCallException {
		List<MemorySlot> slots = new ArrayList<>();
		int index = 0;
		for (SlotLayout.Range r : layout) {
			GuestMemfd gmem = privateMemory ? vm.createGuestMemfd(r.size()) : null;
			HostMemory shared = HostMemory.allocate(sys, vm.stack(), "cocolaunch-slot-" + index, r.size());
			slots.add(vm.setUserMemoryRegion2(index, r.gpa(), shared, gmem));
			if (privateMemory) {
				vm.setMemoryAttributes(r.gpa(), r.size(), KvmConstants.KVM_MEMORY_ATTRIBUTE_PRIVATE);
			}
			index++;
		}
		return new KvmGuestMemory(slots);
	}

	public List<MemorySlot> slots() {
		return slots;
	}

	/** The slot holding {@code [gpa, gpa + length)}, or null. */
	public MemorySlot slotFor(long gpa, long length) {
		for (MemorySlot s : slots) {
			if (s.contains(gpa, length)) {
				return s;
			}
		}
		return null;
	}
}
