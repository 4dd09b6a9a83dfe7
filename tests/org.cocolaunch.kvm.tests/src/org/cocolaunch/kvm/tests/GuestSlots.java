/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory slots the fake kernel saw created, read from the logged {@code struct kvm_userspace_memory_region2}
 * (guest_phys_addr @8, memory_size @16, userspace_addr @24), so tests find the host address behind a guest address
 * independently of the backend.
 */
final class GuestSlots {

	/** _IOW(KVMIO = 0xAE, 0x49, struct kvm_userspace_memory_region2) — 160 bytes: (1 << 30) | (160 << 16) | 0xAE49. */
	static final String SET_USER_MEMORY_REGION2 = "0x40a0ae49";

	private record Slot(long gpa, long size, long userspaceAddr) {
	}

	private final List<Slot> slots = new ArrayList<>();

	GuestSlots(List<FakeKernel.Call> log) {
		for (FakeKernel.Call c : log) {
			if (SET_USER_MEMORY_REGION2.equals(c.get("req")) && c.ret() == 0 && Le.u64(c.bytes("arg"), 16) != 0) {
				byte[] a = c.bytes("arg");
				slots.add(new Slot(Le.u64(a, 8), Le.u64(a, 16), Le.u64(a, 24)));
			}
		}
	}

	/** The host address behind {@code gpa}: the shared mapping of the slot that holds it. */
	long host(long gpa) {
		for (Slot s : slots) {
			if (gpa >= s.gpa() && gpa < s.gpa() + s.size()) {
				return s.userspaceAddr() + (gpa - s.gpa());
			}
		}
		throw new AssertionError(String.format("0x%x is in no memory slot", gpa));
	}
}
