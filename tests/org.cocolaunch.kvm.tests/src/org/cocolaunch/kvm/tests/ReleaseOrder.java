/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reads the fake kernel's log as resources acquired (fds from open / KVM_CREATE_* / memfd_create, mappings, memory
 * slots, encrypted regions) and released (close, munmap, slot deleted with memory_size 0, UNREG_REGION), and checks
 * that the releases are exactly the acquisitions in reverse order.
 */
final class ReleaseOrder {

	private ReleaseOrder() {
	}

	static List<String> acquired(List<FakeKernel.Call> log) {
		List<String> list = new ArrayList<>();
		for (FakeKernel.Call c : log) {
			if (c.ret() < 0) {
				continue;
			}
			switch (c.call()) {
			case "open", "memfd_create" -> list.add("fd:" + c.ret());
			case "mmap" -> list.add("map:" + c.get("addr"));
			case "ioctl" -> {
				switch (c.get("name")) {
				case "KVM_CREATE_VM", "KVM_CREATE_VCPU", "KVM_CREATE_GUEST_MEMFD" -> list.add("fd:" + c.ret());
				case "KVM_SET_USER_MEMORY_REGION2", "KVM_SET_USER_MEMORY_REGION" -> {
					// struct kvm_userspace_memory_region(2): slot u32 @0, memory_size u64 @16
					byte[] arg = c.bytes("arg");
					if (Le.u64(arg, 16) != 0) {
						list.add("slot:" + Le.u32(arg, 0));
					}
				}
				case "KVM_MEMORY_ENCRYPT_REG_REGION" -> list.add("enc:" + Le.u64(c.bytes("arg"), 0));
				default -> {
				}
				}
			}
			default -> {
			}
			}
		}
		return list;
	}

	static List<String> released(List<FakeKernel.Call> log) {
		List<String> list = new ArrayList<>();
		for (FakeKernel.Call c : log) {
			switch (c.call()) {
			case "close" -> list.add("fd:" + c.fd());
			case "munmap" -> list.add("map:" + c.get("addr"));
			case "ioctl" -> {
				if (c.get("name").startsWith("KVM_SET_USER_MEMORY_REGION") && Le.u64(c.bytes("arg"), 16) == 0) {
					list.add("slot:" + Le.u32(c.bytes("arg"), 0));
				} else if (c.get("name").equals("KVM_MEMORY_ENCRYPT_UNREG_REGION")) {
					list.add("enc:" + Le.u64(c.bytes("arg"), 0));
				}
			}
			default -> {
			}
			}
		}
		return list;
	}

	/** Every acquired resource was released, most recent first, and nothing is left in the fake. */
	static void assertReleasedInReverse(List<FakeKernel.Call> log) {
		List<String> expected = new ArrayList<>(acquired(log));
		Collections.reverse(expected);
		assertEquals(expected, released(log), "releases must be the acquisitions in reverse order");
		assertEquals(0, FakeKernel.liveResources(), "the fake still holds fds or mappings");
	}
}
