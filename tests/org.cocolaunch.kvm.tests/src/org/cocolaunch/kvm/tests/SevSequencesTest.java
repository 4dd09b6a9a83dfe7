/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.Arrays;
import java.util.List;

import org.cocolaunch.kvm.backend.KvmGuestMemory;
import org.cocolaunch.kvm.backend.SlotLayout;
import org.cocolaunch.kvm.host.HostMemory;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.launch.BlobResult;
import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.launch.SevLaunch;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SEV, SEV-ES and SEV-SNP ioctl sequences of domain reference §1.8 A–C issued through the KVM objects and the
 * real JNA path; every {@code struct kvm_sev_cmd} and parameter struct is compared byte for byte with bytes built
 * here from the declarations in arch/x86/include/uapi/asm/kvm.h.
 */
class SevSequencesTest {

	/** _IOWR(0xAE, 0xba, unsigned long). */
	private static final String ENCRYPT_OP = "0xc008aeba";
	/** _IOR(0xAE, 0xbb, 16-byte kvm_enc_region): (2 << 30) | (16 << 16) | 0xAEBB. */
	private static final String REG_REGION = "0x8010aebb";
	private static final long RAM = 2L << 20;
	private static final int EIO = 5;

	private final NativeSystem sys = NativeSystem.get();

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	/** A VM of {@code type} with /dev/sev open and 2 MiB of RAM at 0 (no guest_memfd: SEV and SEV-ES). */
	private record Rig(ResourceStack stack, KvmVm vm, int sevFd, SevLaunch sev, MemorySlot ram) {
	}

	private Rig rig(long type) throws Exception {
		ResourceStack stack = new ResourceStack();
		KvmVm vm = KvmDevice.open(sys, stack, "/dev/kvm").createVm(type);
		int sevFd = SevLaunch.openSevDevice(sys, stack, "/dev/sev");
		MemorySlot ram = vm.setUserMemoryRegion2(0, 0, HostMemory.allocate(sys, stack, "ram", RAM), null);
		return new Rig(stack, vm, sevFd, new SevLaunch(vm, sevFd), ram);
	}

	/** struct kvm_sev_cmd { __u32 id @0; __u32 pad0 @4; __u64 data @8; __u32 error @16; __u32 sev_fd @20; } */
	private static byte[] sevCmd(long id, int sevFd) {
		return Le.of(24).u32(0, id).u32(20, sevFd).get();
	}

	private static void assertCommand(FakeKernel.Call c, long id, int sevFd, boolean hasData) {
		assertEquals(ENCRYPT_OP, c.get("req"));
		assertArrayEquals(sevCmd(id, sevFd), Le.withoutPointer(c.bytes("arg"), 8), c.what());
		assertEquals(hasData, Le.u64(c.bytes("arg"), 8) != 0, c.what() + " data pointer");
	}

	@Test
	void legacySevOnTheDefaultVmType() throws Exception {
		Rig r = rig(0);
		assertTrue(r.sev().init().succeeded());
		r.vm().registerEncryptedRegion(r.ram().shared().address(), RAM);
		CommandResult start = r.sev().launchStart(0, 0x1, 0, 0, 0, 0);
		assertTrue(start.succeeded(), start.message());
		r.vm().createVcpu(0);
		byte[] firmware = new byte[8192];
		firmware[0] = 0x5A;
		r.ram().shared().write(0x1000, firmware);
		assertTrue(r.sev().launchUpdateData(r.ram().hostAddress(0x1000), firmware.length).succeeded());
		BlobResult measure = r.sev().launchMeasure();
		assertTrue(measure.result().succeeded(), measure.result().message());
		assertEquals(2, measure.result().calls());
		CommandResult status = r.sev().guestStatus();
		assertTrue(r.sev().launchFinish().succeeded());
		r.stack().close();

		List<FakeKernel.Call> ops = FakeKernel.log().stream().filter(c -> ENCRYPT_OP.equals(c.get("req"))).toList();
		assertEquals(List.of("KVM_SEV_INIT", "KVM_SEV_LAUNCH_START", "KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_MEASURE",
				"KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_GUEST_STATUS", "KVM_SEV_LAUNCH_FINISH"), ops.stream().map(FakeKernel.Call::what).toList());
		assertCommand(ops.get(0), 0, r.sevFd(), false);
		assertCommand(ops.get(1), 2, r.sevFd(), true);
		// struct kvm_sev_launch_start: handle @0, policy @4, dh_uaddr @8, dh_len @16, pad0 @20, session_uaddr @24,
		// session_len @32, pad1 @36 (40 bytes); the firmware's handle comes back in @0
		assertArrayEquals(Le.of(40).u32(4, 1).get(), ops.get(1).bytes("data"));
		assertEquals(1, Le.u32(ops.get(1).bytes("dataout"), 0));
		assertEquals(1, Le.u32(start.parameters(), 0));
		// struct kvm_sev_launch_update_data { __u64 uaddr @0; __u32 len @8; __u32 pad0 @12; }
		assertCommand(ops.get(2), 3, r.sevFd(), true);
		assertArrayEquals(Le.of(16).u64(0, r.ram().hostAddress(0x1000)).u32(8, 8192).get(), ops.get(2).bytes("data"));
		assertEquals(String.format("%016x", TdxPlanOnFakeKvmTest.fnv(firmware)), ops.get(2).get("src"));
		// struct kvm_sev_launch_measure { __u64 uaddr @0; __u32 len @8; __u32 pad0 @12; }: first the length query
		// (len 0: EIO with error INVALID_LENGTH = 4 and the length written back), then the 48-byte blob
		assertArrayEquals(Le.of(16).get(), ops.get(3).bytes("data"));
		assertEquals(Integer.toString(EIO), ops.get(3).get("errno"));
		assertEquals(4, Le.u32(ops.get(3).bytes("out"), 16));
		assertEquals(48, Le.u32(ops.get(3).bytes("dataout"), 8));
		long blob = Le.u64(ops.get(4).bytes("data"), 0);
		assertNotEquals(0, blob);
		assertArrayEquals(Le.of(16).u64(0, blob).u32(8, 48).get(), ops.get(4).bytes("data"));
		byte[] expectedBlob = new byte[48];
		for (int i = 0; i < 48; i++) {
			expectedBlob[i] = (byte) (0xA5 ^ i); // what the fake firmware writes
		}
		assertArrayEquals(expectedBlob, measure.blob());
		// struct kvm_sev_guest_status { handle @0; policy @4; state @8 } — state LSECRET (2) after LAUNCH_MEASURE
		assertArrayEquals(Le.of(12).u32(0, 1).u32(4, 1).u32(8, 2).get(), status.parameters());
		assertCommand(ops.get(6), 7, r.sevFd(), false);
		// struct kvm_enc_region { __u64 addr; __u64 size; } for KVM_MEMORY_ENCRYPT_REG_REGION
		FakeKernel.Call reg = FakeKernel.ioctls("KVM_MEMORY_ENCRYPT_REG_REGION").get(0);
		assertEquals(REG_REGION, reg.get("req"));
		assertArrayEquals(Le.of(16).u64(0, r.ram().shared().address()).u64(8, RAM).get(), reg.bytes("arg"));
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void legacySevEsEncryptsTheVmsas() throws Exception {
		Rig r = rig(0);
		assertTrue(r.sev().esInit().succeeded());
		assertTrue(r.sev().launchStart(0, 0x5, 0, 0, 0, 0).succeeded());
		r.vm().createVcpu(0);
		r.vm().createVcpu(1);
		assertTrue(r.sev().launchUpdateData(r.ram().hostAddress(0), 4096).succeeded());
		assertTrue(r.sev().launchUpdateVmsa().succeeded());
		assertTrue(r.sev().launchMeasure().result().succeeded());
		assertTrue(r.sev().launchFinish().succeeded());
		r.stack().close();
		List<FakeKernel.Call> ops = FakeKernel.log().stream().filter(c -> ENCRYPT_OP.equals(c.get("req"))).toList();
		assertCommand(ops.get(0), 1, r.sevFd(), false);
		assertCommand(ops.get(3), 4, r.sevFd(), false);
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void sevAndSevEsVmTypesUseInit2() throws Exception {
		for (long type : new long[] { 2, 3 }) {
			FakeKernel.reset();
			Rig r = rig(type);
			CommandResult init = r.sev().init2(0, 0);
			assertTrue(init.succeeded(), init.message());
			assertTrue(r.sev().launchStart(0, type == 3 ? 0x5 : 0x1, 0, 0, 0, 0).succeeded());
			r.stack().close();
			FakeKernel.Call c = FakeKernel.ioctls("KVM_SEV_INIT2").get(0);
			assertCommand(c, 22, r.sevFd(), true);
			// struct kvm_sev_init { __u64 vmsa_features @0; __u32 flags @8; __u16 ghcb_version @12; __u16 pad1 @14;
			// __u32 pad2[8] @16; } — 48 bytes, all zero for QEMU's defaults
			assertArrayEquals(Le.of(48).get(), c.bytes("data"));
			assertEquals("KVM_CREATE_VM", FakeKernel.log().get(1).get("name"));
			assertEquals(Long.toString(type), FakeKernel.log().get(1).get("value"));
			ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
		}
	}

	@Test
	void snpLaunchWithGuestMemfdPrivateMemoryAndPageTypes() throws Exception {
		ResourceStack stack = new ResourceStack();
		KvmVm vm = KvmDevice.open(sys, stack, "/dev/kvm").createVm(4);
		int sevFd = SevLaunch.openSevDevice(sys, stack, "/dev/sev");
		SevLaunch sev = new SevLaunch(vm, sevFd);
		assertTrue(sev.init2(0, 0).succeeded());
		KvmGuestMemory memory = KvmGuestMemory.create(sys, vm, List.of(new SlotLayout.Range(0, 4L << 20),
				new SlotLayout.Range(0xFFC00000L, 4L << 20)), true);
		CommandResult start = sev.snpLaunchStart(0x30000, null);
		assertTrue(start.succeeded(), start.message());
		vm.createVcpu(0);
		MemorySlot flash = memory.slotFor(0xFFC00000L, 4L << 20);
		byte[] ovmf = new byte[2 << 20];
		ovmf[ovmf.length - 16] = (byte) 0xEA;
		flash.shared().write(2 << 20, ovmf);
		long ovmfGpa = 0xFFE00000L;
		CommandResult normal = sev.snpLaunchUpdate(ovmfGpa >>> 12, flash.hostAddress(ovmfGpa), ovmf.length, 1);
		assertTrue(normal.succeeded(), normal.message());
		assertEquals(2, normal.calls(), "512 pages take two calls of at most 256 pages in the fake");
		MemorySlot ram = memory.slotFor(0, 4096);
		assertTrue(sev.snpLaunchUpdate(0x800000L >>> 12, ram.hostAddress(0x800000L), 0x9000, 3).succeeded() == false,
				"0x800000 is outside the 4 MiB RAM slot");
		CommandResult zero = sev.snpLaunchUpdate(0x80, ram.hostAddress(0x80000), 0x9000, 3);
		assertTrue(zero.succeeded(), zero.message());
		assertTrue(sev.snpLaunchUpdate(0x89, ram.hostAddress(0x89000), 0x1000, 5).succeeded());
		assertTrue(sev.snpLaunchUpdate(0x8A, ram.hostAddress(0x8A000), 0x1000, 6).succeeded());
		byte[] hostData = new byte[32];
		hostData[0] = 1;
		hostData[31] = 2;
		assertTrue(sev.snpLaunchFinish(0, 0, false, false, hostData).succeeded());
		stack.close();

		List<FakeKernel.Call> updates = FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_UPDATE");
		// struct kvm_sev_snp_launch_start { __u64 policy @0; __u8 gosvw[16] @8; __u16 flags @24; __u8 pad0[6] @26;
		// __u64 pad1[4] @32; } — QEMU's default policy 0x30000 (SMT | RSVD_MBO)
		FakeKernel.Call s = FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_START").get(0);
		assertCommand(s, 100, sevFd, true);
		assertArrayEquals(Le.of(64).u64(0, 0x30000).get(), s.bytes("data"));
		// struct kvm_sev_snp_launch_update { __u64 gfn_start @0; __u64 uaddr @8; __u64 len @16; __u8 type @24;
		// __u8 pad0 @25; __u16 flags @26; __u32 pad1 @28; __u64 pad2[4] @32; }
		long src = flash.hostAddress(ovmfGpa);
		assertCommand(updates.get(0), 101, sevFd, true);
		assertArrayEquals(Le.of(64).u64(0, ovmfGpa >>> 12).u64(8, src).u64(16, 2 << 20).u8(24, 1).get(), updates.get(0).bytes("data"));
		// KVM advances gfn_start and uaddr and shrinks len; the second call continues where the first stopped
		assertArrayEquals(Le.of(64).u64(0, (ovmfGpa >>> 12) + 256).u64(8, src + (1 << 20)).u64(16, 1 << 20).u8(24, 1).get(),
				updates.get(1).bytes("data"));
		assertArrayEquals(Le.of(64).u64(0, (ovmfGpa >>> 12) + 512).u64(8, src + (2 << 20)).u64(16, 0).u8(24, 1).get(),
				updates.get(1).bytes("dataout"));
		byte[] secondHalf = Arrays.copyOfRange(ovmf, 1 << 20, 2 << 20);
		assertEquals(String.format("%016x", TdxPlanOnFakeKvmTest.fnv(secondHalf)), updates.get(1).get("src"));
		// the refused update outside the private memory: EINVAL, no firmware error
		assertEquals("22", updates.get(2).get("errno"));
		// ZERO pages (type 3): uaddr is not advanced
		assertArrayEquals(Le.of(64).u64(0, 0x89).u64(8, ram.hostAddress(0x80000)).u64(16, 0).u8(24, 3).get(),
				updates.get(3).bytes("dataout"));
		assertEquals(5, updates.get(4).bytes("data")[24]);
		assertEquals(6, updates.get(5).bytes("data")[24]);
		// struct kvm_sev_snp_launch_finish { id_block_uaddr @0; id_auth_uaddr @8; id_block_en @16; auth_key_en @17;
		// vcek_disabled @18; host_data[32] @19; pad0[3] @51; flags @54; pad1[4] @56; } — 88 bytes
		FakeKernel.Call f = FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_FINISH").get(0);
		assertCommand(f, 102, sevFd, true);
		assertArrayEquals(Le.of(88).bytes(19, hostData).get(), f.bytes("data"));
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void snpFinishWithAnIdBlock() throws Exception {
		ResourceStack stack = new ResourceStack();
		KvmVm vm = KvmDevice.open(sys, stack, "/dev/kvm").createVm(4);
		SevLaunch sev = new SevLaunch(vm, SevLaunch.openSevDevice(sys, stack, "/dev/sev"));
		assertTrue(sev.init2(0, 0).succeeded());
		assertTrue(sev.snpLaunchStart(0x30000, new byte[] { 1, 2, 3 }).succeeded());
		try (com.sun.jna.Memory idBlock = new com.sun.jna.Memory(96); com.sun.jna.Memory idAuth = new com.sun.jna.Memory(4096)) {
			long block = com.sun.jna.Pointer.nativeValue(idBlock);
			long auth = com.sun.jna.Pointer.nativeValue(idAuth);
			assertTrue(sev.snpLaunchFinish(block, auth, true, true, null).succeeded());
			FakeKernel.Call f = FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_FINISH").get(0);
			assertArrayEquals(Le.of(88).u64(0, block).u64(8, auth).u8(16, 1).u8(17, 1).u8(18, 1).get(), f.bytes("data"));
		}
		// gosvw @8: the three bytes given, the rest zero
		assertArrayEquals(Le.of(64).u64(0, 0x30000).bytes(8, new byte[] { 1, 2, 3 }).get(),
				FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_START").get(0).bytes("data"));
		stack.close();
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void firmwareAndKernelRefusalsAreDecoded() throws Exception {
		Rig r = rig(0);
		// LAUNCH_FINISH before LAUNCH_START: the fake firmware says INVALID_GUEST_STATE (2) and KVM returns -EIO
		CommandResult early = r.sev().init();
		assertTrue(early.succeeded());
		CommandResult finish = r.sev().launchFinish();
		assertEquals(-1, finish.returnValue());
		assertEquals(EIO, finish.errno());
		assertEquals(2, finish.firmwareError());
		assertEquals("INVALID_GUEST_STATE", finish.firmwareErrorName());
		assertEquals("KVM_SEV_LAUNCH_FINISH failed: EIO, firmware error 0x2 INVALID_GUEST_STATE", finish.message());
		// an injected POLICY_FAILURE (7) on LAUNCH_START
		FakeKernel.inject("KVM_SEV_LAUNCH_START", 1, EIO, 7);
		CommandResult start = r.sev().launchStart(0, 0x1, 0, 0, 0, 0);
		assertEquals("POLICY_FAILURE", start.firmwareErrorName());
		assertEquals(7, Le.u32(FakeKernel.ioctls("KVM_SEV_LAUNCH_START").get(0).bytes("out"), 16));
		r.stack().close();
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());

		FakeKernel.reset();
		ResourceStack stack = new ResourceStack();
		KvmVm snp = KvmDevice.open(sys, stack, "/dev/kvm").createVm(4);
		SevLaunch sev = new SevLaunch(snp, SevLaunch.openSevDevice(sys, stack, "/dev/sev"));
		// legacy commands on an SNP VM: EPERM; a policy without RSVD_MBO (bit 17): EINVAL, no firmware error
		assertEquals(1, sev.init().errno());
		assertTrue(sev.init2(0, 0).succeeded());
		CommandResult badPolicy = sev.snpLaunchStart(0x10000, null);
		assertEquals(22, badPolicy.errno());
		assertNull(badPolicy.firmwareErrorName());
		stack.close();
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}
}
