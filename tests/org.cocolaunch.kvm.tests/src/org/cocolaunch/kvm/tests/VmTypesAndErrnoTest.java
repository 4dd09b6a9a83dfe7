/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.List;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.kvm.abi.StructLayout;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding: KVM_CAP_VM_TYPES bits, errno names, SEV firmware status names (domain reference §1.1, §1.9, §2.4). */
class VmTypesAndErrnoTest {

	@Test
	void vmTypesBitmask() {
		// bit n set <=> KVM_CREATE_VM accepts type n: 0b110001 = DEFAULT, SNP, TDX
		VmTypes t = VmTypes.fromCapability(0b110001);
		assertEquals(List.of("KVM_X86_DEFAULT_VM", "KVM_X86_SNP_VM", "KVM_X86_TDX_VM"), t.names());
		assertTrue(t.supports(5));
		// a kernel without the capability answers 0 and still has the default type
		assertEquals(List.of("KVM_X86_DEFAULT_VM"), VmTypes.fromCapability(0).names());
	}

	@Test
	void errnoNames() {
		// asm-generic/errno-base.h: EPERM 1, EIO 5, E2BIG 7, EAGAIN 11, EFAULT 14, EBUSY 16, EEXIST 17, EINVAL 22, ENOTTY 25
		assertEquals("EPERM", Errno.name(1));
		assertEquals("EIO", Errno.name(5));
		assertEquals("E2BIG", Errno.name(7));
		assertEquals("EAGAIN", Errno.name(11));
		assertEquals("EBUSY", Errno.name(16));
		assertEquals("ENOTTY", Errno.name(25));
		assertEquals("errno 200", Errno.name(200));
	}

	@Test
	void sevFirmwareStatusNames() {
		// SEV API status codes: 0x07 POLICY_FAILURE, 0x0B BAD_MEASUREMENT, 0x16 INVALID_PARAM, 0x27 INVALID_KEY
		assertEquals("POLICY_FAILURE", SevVendorEngine.statusName(0x07));
		assertEquals("BAD_MEASUREMENT", SevVendorEngine.statusName(0x0B));
		assertEquals("INVALID_PARAM", SevVendorEngine.statusName(0x16));
		assertEquals("INVALID_KEY", SevVendorEngine.statusName(0x27));
		assertEquals(null, SevVendorEngine.statusName(0x28));
	}

	@Test
	void layoutsRefuseOverlapsMisalignmentAndOverruns() {
		assertThrows(IllegalStateException.class, () -> StructLayout.struct("x", 8).u32("a", 0).u32("b", 2).build());
		assertThrows(IllegalStateException.class, () -> StructLayout.struct("x", 16).u32("a", 0).u64("b", 4).build());
		assertThrows(IllegalStateException.class, () -> StructLayout.struct("x", 8).u32("a", 8).build());
		assertThrows(IllegalArgumentException.class, () -> StructLayout.struct("x", 8).u32("a", 0).build().allocate().u64("a", 1));
	}
}
