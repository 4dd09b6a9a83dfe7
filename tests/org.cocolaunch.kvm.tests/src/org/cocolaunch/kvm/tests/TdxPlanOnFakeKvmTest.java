/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmTdxBackend;
import org.cocolaunch.kvm.launch.TdxLaunch;
import org.cocolaunch.kvm.launch.TdxLaunch.CpuidEntry;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TDX example plan (TdxPlanBuilder, shared TDVF) runs step by step through the real JNA path against the fake
 * kernel; every ioctl's request number and struct bytes are compared with bytes built here from the kernel header
 * declarations (arch/x86/include/uapi/asm/kvm.h, include/uapi/linux/kvm.h).
 */
class TdxPlanOnFakeKvmTest {

	/** _IOWR(KVMIO=0xAE, 0xba, unsigned long): (3 << 30) | (8 << 16) | (0xAE << 8) | 0xBA. */
	static final String KVM_MEMORY_ENCRYPT_OP = "0xc008aeba";
	/** _IOW(0xAE, 0x49, 160-byte kvm_userspace_memory_region2): (1 << 30) | (0xA0 << 16) | 0xAE49. */
	static final String KVM_SET_USER_MEMORY_REGION2 = "0x40a0ae49";
	/** _IOWR(0xAE, 0xd4, 64-byte kvm_create_guest_memfd). */
	static final String KVM_CREATE_GUEST_MEMFD = "0xc040aed4";
	/** _IOW(0xAE, 0xd2, 32-byte kvm_memory_attributes). */
	static final String KVM_SET_MEMORY_ATTRIBUTES = "0x4020aed2";

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	@Test
	void examplePlanRunsThroughJnaWithEveryStructAsTheUapiLaysItOut() throws Exception {
		LaunchPlan plan = TdxPlans.example(2);
		PlanInputs inputs = TdxPlans.inputs(plan);
		List<StepResult> results;
		try (Session session = new Session(plan, new KvmTdxBackend(plan, inputs))) {
			results = session.runToEnd(null);
			assertEquals(plan.getSteps().size(), results.size());
			for (StepResult r : results) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getCommand() + ": " + r.getMessage());
			}
			assertTrue(session.canRestart(), "KVM restarts by replaying the steps on a new VM");
		}
		List<FakeKernel.Call> log = FakeKernel.log();

		// /dev/kvm, KVM_GET_API_VERSION (_IO(0xAE, 0x00)), KVM_CHECK_EXTENSION(KVM_CAP_VM_TYPES = 235), KVM_CREATE_VM(5)
		assertEquals("open", log.get(0).call());
		assertEquals("/dev/kvm", log.get(0).get("path"));
		assertEquals("0x0000ae00", log.get(1).get("req"));
		assertEquals("0x0000ae03", log.get(2).get("req"));
		assertEquals("235", log.get(2).get("value"));
		assertEquals("0x0000ae01", log.get(3).get("req"));
		assertEquals("5", log.get(3).get("value"));
		// KVM_ENABLE_CAP = _IOW(0xAE, 0xa3, 104-byte kvm_enable_cap) = (1 << 30) | (0x68 << 16) | 0xAEA3;
		// struct kvm_enable_cap { __u32 cap @0; __u32 flags @4; __u64 args[4] @8; __u8 pad[64] @40; }:
		// KVM_CAP_SPLIT_IRQCHIP (121) with args[0] = 24 IOAPIC pins, as QEMU does for TDX
		assertEquals("0x4068aea3", log.get(4).get("req"));
		assertArrayEquals(Le.of(104).u32(0, 121).u64(8, 24).get(), log.get(4).bytes("arg"));

		checkMemorySlots(log);
		checkTdxCommands(plan, inputs, log);
		ReleaseOrder.assertReleasedInReverse(log);
	}

	@Test
	void initVmCarriesAttributesXfamAndTheMeasurementValuesAtTheirOffsets() throws Exception {
		byte[] mrConfigId = filled(0x11);
		byte[] mrOwner = filled(0x22);
		byte[] mrOwnerConfig = filled(0x33);
		LaunchPlan plan = TdxPlanBuilder.build(new TdxPlanSpec()
				.firmware(TdxPlans.firmware(), null).attributes((1L << 28) | 1).xfam(0x2E7).mrConfigId(mrConfigId)
				.mrOwner(mrOwner).mrOwnerConfig(mrOwnerConfig));
		try (Session session = new Session(plan, new KvmTdxBackend(plan, TdxPlans.inputs(plan)))) {
			session.runTo(2, null);
		}
		// struct kvm_tdx_init_vm: attributes @0, xfam @8, mrconfigid[6] @16, mrowner[6] @64, mrownerconfig[6] @112
		byte[] expected = Le.of(264).u64(0, (1L << 28) | 1).u64(8, 0x2E7).bytes(16, mrConfigId).bytes(64, mrOwner)
				.bytes(112, mrOwnerConfig).get();
		assertArrayEquals(expected, FakeKernel.ioctls("KVM_TDX_INIT_VM").get(0).bytes("data"));
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	private static byte[] filled(int seed) {
		byte[] b = new byte[48];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) (seed + i);
		}
		return b;
	}

	/** Per slot: guest_memfd, memfd + mmap as shared backing, region2 with KVM_MEM_GUEST_MEMFD, PRIVATE attribute. */
	private static void checkMemorySlots(List<FakeKernel.Call> log) {
		int slots = 0;
		for (int i = 0; i < log.size(); i++) {
			FakeKernel.Call c = log.get(i);
			if (!"KVM_CREATE_GUEST_MEMFD".equals(c.get("name"))) {
				continue;
			}
			assertEquals(KVM_CREATE_GUEST_MEMFD, c.get("req"));
			// struct kvm_create_guest_memfd { __u64 size; __u64 flags; __u64 reserved[6]; } — flags 0 for CoCo VMs
			long size = Le.u64(c.bytes("arg"), 0);
			assertArrayEquals(Le.of(64).u64(0, size).get(), c.bytes("arg"));
			int gmemFd = c.ret();
			FakeKernel.Call memfd = log.get(i + 1);
			FakeKernel.Call truncate = log.get(i + 2);
			FakeKernel.Call mmap = log.get(i + 3);
			FakeKernel.Call region = log.get(i + 4);
			FakeKernel.Call attrs = log.get(i + 5);
			assertEquals("memfd_create", memfd.call());
			assertEquals(Long.toString(size), truncate.get("length"));
			assertEquals("mmap", mmap.call());
			assertEquals(memfd.ret(), mmap.fd());
			long userspaceAddr = Long.decode(mmap.get("addr"));
			assertEquals(KVM_SET_USER_MEMORY_REGION2, region.get("req"));
			long gpa = Le.u64(region.bytes("arg"), 8);
			// struct kvm_userspace_memory_region2: slot @0, flags @4 (KVM_MEM_GUEST_MEMFD = 1 << 2), guest_phys_addr @8,
			// memory_size @16, userspace_addr @24, guest_memfd_offset @32, guest_memfd @40, pad1 @44, pad2[14] @48
			assertArrayEquals(Le.of(160).u32(0, slots).u32(4, 4).u64(8, gpa).u64(16, size).u64(24, userspaceAddr).u64(32, 0)
					.u32(40, gmemFd).get(), region.bytes("arg"));
			assertEquals(KVM_SET_MEMORY_ATTRIBUTES, attrs.get("req"));
			// struct kvm_memory_attributes { address @0, size @8, attributes @16 (PRIVATE = 1 << 3), flags @24 }
			assertArrayEquals(Le.of(32).u64(0, gpa).u64(8, size).u64(16, 8).get(), attrs.bytes("arg"));
			slots++;
		}
		assertTrue(slots >= 2, "RAM below 4 GiB and the firmware at the top of 4 GiB need their own slots, got " + slots);
	}

	private static void checkTdxCommands(LaunchPlan plan, PlanInputs inputs, List<FakeKernel.Call> log) throws Exception {
		List<FakeKernel.Call> ops = log.stream().filter(c -> KVM_MEMORY_ENCRYPT_OP.equals(c.get("req"))).toList();
		List<String> expected = new ArrayList<>(List.of("KVM_TDX_CAPABILITIES", "KVM_TDX_CAPABILITIES", "KVM_TDX_INIT_VM"));
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof TdxInitVcpu) {
				expected.add("KVM_TDX_GET_CPUID"); // each vCPU is new here: its CPUID is read (and set) first
				expected.add("KVM_TDX_INIT_VCPU");
			} else if (s.getParameters() instanceof TdxInitMemRegion r) {
				for (long left = r.getNrPages(); left > 0; left -= 256) {
					expected.add("KVM_TDX_INIT_MEM_REGION"); // the fake adds at most 256 pages per call
				}
			}
		}
		expected.add("KVM_TDX_FINALIZE_VM");
		assertEquals(expected, ops.stream().map(FakeKernel.Call::what).toList());

		// KVM_TDX_CAPABILITIES: QEMU's first guess of 6 CPUID entries gets E2BIG, the second call has 12.
		// struct kvm_tdx_capabilities: 2048 bytes of attrs, xfam, tdvmcallinfo and reserved[250], then struct
		// kvm_cpuid2 { nent @2048; padding @2052; } and nent 40-byte kvm_cpuid_entry2; cmd id 0 on the VM fd
		assertArrayEquals(Le.of(24).get(), Le.withoutPointer(ops.get(0).bytes("arg"), 8));
		assertArrayEquals(Le.of(2056 + 6 * 40).u32(2048, 6).get(), ops.get(0).bytes("data"));
		assertEquals(7, Integer.parseInt(ops.get(0).get("errno")));
		assertEquals(12, Le.u32(ops.get(1).bytes("data"), 2048));

		int op = 2;
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof TdxInitVm init) {
				FakeKernel.Call c = ops.get(op++);
				// struct kvm_tdx_cmd { __u32 id @0; __u32 flags @4; __u64 data @8; __u64 hw_error @16; }, id 1
				assertArrayEquals(Le.of(24).u32(0, 1).get(), Le.withoutPointer(c.bytes("arg"), 8));
				assertNotEquals(0, Le.u64(c.bytes("arg"), 8));
				// struct kvm_tdx_init_vm: attributes @0, xfam @8, mrconfigid @16, mrowner @64, mrownerconfig @112,
				// reserved[12] @160, struct kvm_cpuid2 { nent, padding } @256 — 264 bytes without entries
				assertArrayEquals(Le.of(264).u64(0, init.getAttributes()).u64(8, init.getXfam()).get(), c.bytes("data"));
			} else if (s.getParameters() instanceof TdxInitVcpu vcpu) {
				FakeKernel.Call get = ops.get(op++);
				// KVM_TDX_GET_CPUID: id 5 on the vCPU fd, data -> struct kvm_cpuid2 { __u32 nent; __u32 padding; } with
				// room for 64 struct kvm_cpuid_entry2 (40 bytes each); the fake's TD has 4 leaves
				assertEquals("vcpu", get.get("kind"));
				assertArrayEquals(Le.of(24).u32(0, 5).get(), Le.withoutPointer(get.bytes("arg"), 8));
				assertArrayEquals(Le.of(8 + 64 * 40).u32(0, 64).get(), get.bytes("data"));
				byte[] td = get.bytes("dataout");
				assertEquals(4, Le.u32(td, 0));
				// then KVM_SET_CPUID2 = _IOW(0xAE, 0x90, struct kvm_cpuid2 = 8) on the same fd with those 4 leaves, whose
				// leaf 1 has ECX bit 21 (x2APIC) that KVM_TDX_INIT_VCPU needs
				FakeKernel.Call set = log.stream().filter(x -> "KVM_SET_CPUID2".equals(x.get("name")) && x.fd() == get.fd())
						.findFirst().orElseThrow();
				assertEquals("0x4008ae90", set.get("req"));
				assertArrayEquals(Arrays.copyOf(td, 8 + 4 * 40), set.bytes("arg"));
				assertEquals(1, Le.u32(set.bytes("arg"), 8 + 40), "leaf 1");
				assertEquals(1L << 21, Le.u32(set.bytes("arg"), 8 + 40 + 20) & (1L << 21), "CPUID.1:ECX.x2APIC");
				assertTrue(log.indexOf(set) < log.indexOf(ops.get(op)), "KVM_SET_CPUID2 comes before KVM_TDX_INIT_VCPU");
				FakeKernel.Call c = ops.get(op++);
				// id 2 (KVM_TDX_INIT_VCPU) on the vCPU fd; data is the immediate initial RCX (the TD HOB address)
				assertEquals("vcpu", c.get("kind"));
				assertArrayEquals(Le.of(24).u32(0, 2).u64(8, vcpu.getRcx()).get(), c.bytes("arg"));
			} else if (s.getParameters() instanceof TdxInitMemRegion r) {
				FakeKernel.Call c = ops.get(op);
				assertEquals("vcpu", c.get("kind"));
				// id 3, flags KVM_TDX_MEASURE_MEMORY_REGION (1 << 0) when the TDVF section has MR.EXTEND
				assertArrayEquals(Le.of(24).u32(0, 3).u32(4, r.isMeasure() ? 1 : 0).get(), Le.withoutPointer(c.bytes("arg"), 8));
				// struct kvm_tdx_init_mem_region { __u64 source_addr @0; __u64 gpa @8; __u64 nr_pages @16; }
				byte[] data = c.bytes("data");
				long source = Le.u64(data, 0);
				assertEquals(0, source % 4096, "source_addr must be page-aligned");
				assertArrayEquals(Le.of(24).u64(0, source).u64(8, r.getGpa()).u64(16, r.getNrPages()).get(), data);
				// The pages handed over hold the section's contents (zero-padded), checked through the fake's hash.
				long pages = Math.min(256, r.getNrPages());
				byte[] expectedContent = new byte[(int) (pages * 4096)];
				byte[] content = inputs.content(s.getPages().get(0).getContent());
				if (content != null) {
					System.arraycopy(content, 0, expectedContent, 0, Math.min(content.length, expectedContent.length));
				}
				assertEquals(String.format("%016x", fnv(expectedContent)), c.get("src"), s.getName());
				long calls = (r.getNrPages() + 255) / 256;
				FakeKernel.Call last = ops.get(op + (int) calls - 1);
				assertEquals(0, Le.u64(last.bytes("dataout"), 16), "KVM writes back the remaining page count, 0 at the end");
				op += (int) calls;
			}
		}
		FakeKernel.Call fin = ops.get(op);
		assertEquals("vm", fin.get("kind"));
		assertArrayEquals(Le.of(24).u32(0, 4).get(), fin.bytes("arg"));
	}

	/** FNV-1a 64, as the fake kernel hashes the source pages it is handed. */
	static long fnv(byte[] bytes) {
		long h = 0xcbf29ce484222325L;
		for (byte b : bytes) {
			h ^= b & 0xFF;
			h *= 0x100000001b3L;
		}
		return h;
	}

	@Test
	void x2apicIsAddedToTheCpuidKvmTdxInitVcpuNeeds() {
		List<CpuidEntry> none = TdxLaunch.withX2apic(List.of());
		assertEquals(List.of(new CpuidEntry(1, 0, 0, 0, 0, 1 << 21, 0)), none);
		List<CpuidEntry> leaf1 = TdxLaunch.withX2apic(
				List.of(new CpuidEntry(1, 0, 0, 0x806F8, 0, 0x8000_0001, 0)));
		assertEquals(List.of(new CpuidEntry(1, 0, 0, 0x806F8, 0, 0x8020_0001, 0)), leaf1);
	}
}
