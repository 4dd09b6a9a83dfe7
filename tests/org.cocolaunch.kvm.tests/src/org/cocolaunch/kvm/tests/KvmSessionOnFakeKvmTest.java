/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmBackends;
import org.cocolaunch.kvm.launch.VmsaRegisters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.model.SevMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A debug session ({@link Session}, as the debugger drives it: one step at a time) over the KVM backend on the fake
 * kernel, with the SEV-ES and SNP example plans: the vCPU registers are loaded from the plan's VMSAs before KVM
 * encrypts them (request numbers, struct bytes and order checked against the UAPI; field offsets of the VMSA from
 * domain reference §4.1), the LAUNCH_MEASURE blob and the SEV attestation report are read back, terminate releases
 * every fd, and restart replays the steps on a new VM.
 */
class KvmSessionOnFakeKvmTest {

	/** The register ioctls QEMU-style, in the order the backend issues them on each vCPU. */
	private static final List<String> REGISTER_IOCTLS = List.of("KVM_SET_REGS", "KVM_GET_SREGS", "KVM_SET_SREGS", "KVM_SET_FPU",
			"KVM_SET_XCRS", "KVM_SET_MSRS", "KVM_SET_DEBUGREGS");
	/** _IOW(0xAE, 0x82, 144), _IOW(0xAE, 0x84, 312), _IOW(0xAE, 0x8d, 416), _IOW(0xAE, 0xa7, 392), _IOW(0xAE, 0x89, 8), _IOW(0xAE, 0xa2, 128). */
	private static final List<String> REQUESTS = List.of("0x4090ae82", "0x8138ae83", "0x4138ae84", "0x41a0ae8d", "0x4188aea7",
			"0x4008ae89", "0x4080aea2");

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	private record Run(LaunchPlan plan, PlanInputs inputs, Session session) {
	}

	private static Run open(Supplier<LaunchPlan> maker) throws Exception {
		LaunchPlan plan = maker.get();
		PlanInputs inputs = SevExamples.inputs(plan);
		return new Run(plan, inputs, new Session(plan, KvmBackends.create(plan, inputs)));
	}

	/** Steps one at a time, as Step Over does, checking each succeeds. */
	private static List<StepResult> stepAll(Session session) throws Exception {
		List<StepResult> results = new ArrayList<>();
		while (!session.isFinished()) {
			StepResult r = session.step();
			assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getCommand() + ": " + r.getMessage());
			results.add(r);
		}
		return results;
	}

	@Test
	void sevEsExampleLoadsTheVmsaIntoTheRegistersBeforeLaunchUpdateVmsa() throws Exception {
		checkRegistersLoaded(() -> SevExamples.file("sev-es-qemu.cclaunch"), "KVM_SEV_LAUNCH_UPDATE_VMSA");
	}

	@Test
	void snpExampleLoadsTheVmsaIntoTheRegistersBeforeSnpLaunchFinish() throws Exception {
		checkRegistersLoaded(() -> SevExamples.file("snp-qemu.cclaunch"), "KVM_SEV_SNP_LAUNCH_FINISH");
	}

	@Test
	void ec2SnpExampleLoadsItsOwnSegmentsAndPat() throws Exception {
		checkRegistersLoaded(() -> SevExamples.file("snp-ec2.cclaunch"), "KVM_SEV_SNP_LAUNCH_FINISH");
	}

	@Test
	void twoVcpuSevEsPlanLoadsTheBspAndTheApEachFromItsOwnVmsa() throws Exception {
		List<byte[]> vmsas = checkRegistersLoaded(() -> SevExamples.built(SevMode.SEV_ES, false), "KVM_SEV_LAUNCH_UPDATE_VMSA");
		assertEquals(2, vmsas.size());
		assertNotEquals(u64(vmsas.get(0), 0x178), u64(vmsas.get(1), 0x178), "the AP starts elsewhere than the BSP");
	}

	/**
	 * Runs the plan step by step and checks, for every vCPU, that the register ioctls came before {@code encrypt} on
	 * its fd, in order, carrying the values of the vCPU's VMSA page; returns the VMSA pages.
	 */
	private static List<byte[]> checkRegistersLoaded(Supplier<LaunchPlan> maker, String encrypt) throws Exception {
		Run run = open(maker);
		try (Session session = run.session()) {
			stepAll(session);
		}
		Step step = run.plan().getSteps().stream().filter(s -> s.getCommand().equals(encrypt)).findFirst().orElseThrow();
		List<byte[]> vmsas = new ArrayList<>();
		for (PageRange p : step.getPages()) {
			if (p.getKind() == PageKind.VMSA) {
				vmsas.add(run.inputs().content(p.getContent()));
			}
		}
		List<FakeKernel.Call> log = FakeKernel.log();
		int encryptAt = indexOf(log, encrypt);
		List<Integer> creates = new ArrayList<>();
		for (int i = 0; i < log.size(); i++) {
			if ("KVM_CREATE_VCPU".equals(log.get(i).get("name"))) {
				creates.add(i);
			}
		}
		assertEquals(vmsas.size(), creates.size());
		for (int v = 0; v < creates.size(); v++) {
			int fd = log.get(creates.get(v)).ret();
			List<Integer> at = new ArrayList<>();
			for (int i = creates.get(v) + 1; i < log.size(); i++) {
				if (log.get(i).call().equals("ioctl") && log.get(i).fd() == fd && !"KVM_MEMORY_ENCRYPT_OP".equals(log.get(i).get("name"))) {
					at.add(i);
				}
			}
			assertEquals(REGISTER_IOCTLS, at.stream().map(i -> log.get(i).get("name")).toList(), "vCPU " + v);
			assertEquals(REQUESTS, at.stream().map(i -> log.get(i).get("req")).toList(), "vCPU " + v);
			for (int i : at) {
				assertEquals(0, log.get(i).ret() < 0 ? -1 : 0, log.get(i).toString());
				assertTrue(i < encryptAt, log.get(i).get("name") + " on vCPU " + v + " must come before " + encrypt);
			}
			checkBytes(vmsas.get(v), log.get(at.get(0)), log.get(at.get(1)), log.get(at.get(2)), log.get(at.get(3)), log.get(at.get(4)),
					log.get(at.get(5)), log.get(at.get(6)));
		}
		// and KVM built exactly the plan's VMSAs (apart from what KVM fills itself) from those registers
		assertEquals(SevExamplePlansOnFakeKvmTest.vmsaHash(run.plan(), step, run.inputs()), log.get(encryptAt).get("vmsa"));
		assertEquals(0, FakeKernel.liveResources());
		return vmsas;
	}

	private static void checkBytes(byte[] vmsa, FakeKernel.Call regs, FakeKernel.Call getSregs, FakeKernel.Call setSregs,
			FakeKernel.Call fpu, FakeKernel.Call xcrs, FakeKernel.Call msrs, FakeKernel.Call debugRegs) {
		// struct kvm_regs: rax @0, rdx @24, rsp @48, rip @128, rflags @136 ← VMSA RAX 0x1F8, RDX 0x310, RSP 0x1D8, RIP 0x178, RFLAGS 0x170
		byte[] r = regs.bytes("arg");
		assertEquals(u64(vmsa, 0x1F8), Le.u64(r, 0), "RAX");
		assertEquals(u64(vmsa, 0x310), Le.u64(r, 24), "RDX (the vCPU signature)");
		assertEquals(u64(vmsa, 0x1D8), Le.u64(r, 48), "RSP");
		assertEquals(u64(vmsa, 0x178), Le.u64(r, 128), "RIP");
		assertEquals(u64(vmsa, 0x170), Le.u64(r, 136), "RFLAGS");
		// struct kvm_sregs: cs @0 = struct kvm_segment { __u64 base @0; __u32 limit @8; __u16 selector @12; __u8 type @14,
		// present @15, dpl @16, db @17, s @18, l @19, g @20, avl @21, unusable @22 }; VMSA CS @0x10 = { u16 selector; u16
		// attrib; u32 limit; u64 base }, attrib bits 3:0 type, 4 S, 6:5 DPL, 7 P, 8 AVL, 9 L, 10 D/B, 11 G
		byte[] s = setSregs.bytes("arg");
		int attrib = u16(vmsa, 0x12);
		assertEquals(u64(vmsa, 0x18), Le.u64(s, 0), "CS base");
		assertEquals(u32(vmsa, 0x14), Le.u32(s, 8), "CS limit");
		assertEquals(u16(vmsa, 0x10), Le.u32(s, 12) & 0xFFFF, "CS selector");
		assertArrayEquals(new byte[] { (byte) (attrib & 0xF), (byte) (attrib >> 7 & 1), (byte) (attrib >> 5 & 3), (byte) (attrib >> 10 & 1),
				(byte) (attrib >> 4 & 1), (byte) (attrib >> 9 & 1), (byte) (attrib >> 11 & 1), (byte) (attrib >> 8 & 1), 0, 0 },
				Arrays.copyOfRange(s, 14, 24), "CS type, present, dpl, db, s, l, g, avl, unusable, padding");
		// cr0 @224, cr4 @248, efer @264 (without EFER.SVME 0x1000, which KVM sets), apic_base @272 as KVM_GET_SREGS gave it
		assertEquals(u64(vmsa, 0x158), Le.u64(s, 224), "CR0");
		assertEquals(u64(vmsa, 0x148), Le.u64(s, 248), "CR4");
		assertEquals(u64(vmsa, 0xD0) & ~0x1000L, Le.u64(s, 264), "EFER");
		assertEquals(Le.u64(getSregs.bytes("out"), 272), Le.u64(s, 272), "APIC base kept");
		assertNotEquals(0, Le.u64(s, 272));
		// struct kvm_fpu: fcw @128, mxcsr @408 ← VMSA X87_FCW 0x410, MXCSR 0x408
		byte[] f = fpu.bytes("arg");
		assertEquals(u16(vmsa, 0x410), Le.u32(f, 128) & 0xFFFF, "x87 FCW");
		assertEquals(u32(vmsa, 0x408), Le.u32(f, 408), "MXCSR");
		// struct kvm_xcrs { __u32 nr_xcrs @0; __u32 flags @4; struct kvm_xcr { __u32 xcr; __u32 reserved; __u64 value; } xcrs[16] @8; ... }
		byte[] x = xcrs.bytes("arg");
		assertEquals(392, x.length);
		assertEquals(1, Le.u32(x, 0));
		assertEquals(0, Le.u32(x, 8), "XCR0 is xcr 0");
		assertEquals(u64(vmsa, 0x3E8), Le.u64(x, 16), "XCR0");
		// struct kvm_msrs { __u32 nmsrs; __u32 pad; } + struct kvm_msr_entry { __u32 index; __u32 reserved; __u64 data; }:
		// IA32_CR_PAT (0x277) = the VMSA's G_PAT 0x268
		byte[] m = msrs.bytes("arg");
		assertArrayEquals(Le.of(24).u32(0, 1).u32(8, 0x277).u64(16, u64(vmsa, 0x268)).get(), m);
		assertEquals("1", msrs.get("ret"), "KVM_SET_MSRS returns how many MSRs it set");
		// struct kvm_debugregs: dr6 @32, dr7 @40 ← VMSA DR6 0x168, DR7 0x160; flags @48 must be 0
		byte[] d = debugRegs.bytes("arg");
		assertEquals(u64(vmsa, 0x168), Le.u64(d, 32), "DR6");
		assertEquals(u64(vmsa, 0x160), Le.u64(d, 40), "DR7");
		assertEquals(0, Le.u64(d, 48));
	}

	@Test
	void sevEsMeasureReadsBackTheBlobAndTheAttestationReport() throws Exception {
		Run run = open(() -> SevExamples.file("sev-es-qemu.cclaunch"));
		StepResult measure;
		try (Session session = run.session()) {
			measure = stepAll(session).stream().filter(r -> r.getCommand().equals("KVM_SEV_LAUNCH_MEASURE")).findFirst().orElseThrow();
			assertEquals(48, value(session.registers(), "LAUNCH_MEASURE").length);
		}
		// the fake's LAUNCH_MEASURE blob is 0xA5 ^ i; its report starts with the MNONCE the backend sent
		byte[] blob = register(measure, "LAUNCH_MEASURE");
		assertEquals((byte) 0xA5, blob[0]);
		assertEquals((byte) (0xA5 ^ 47), blob[47]);
		byte[] report = register(measure, "ATTESTATION_REPORT");
		assertEquals(208, report.length);
		FakeKernel.Call fetch = FakeKernel.ioctls("KVM_SEV_GET_ATTESTATION_REPORT").get(1);
		assertArrayEquals(Arrays.copyOf(fetch.bytes("data"), 16), Arrays.copyOf(report, 16), "the report carries our MNONCE");
		assertEquals((byte) (0x5A ^ 16), report[16]);
		assertTrue(measure.getMessage().contains("attestation report (208 bytes"), measure.getMessage());
		assertTrue(measure.getRegisters().stream().anyMatch(v -> v.getName().equals("LAUNCH_DIGEST") && v.getValue() == null),
				"the host cannot read the launch digest");
	}

	@Test
	void aRefusedAttestationReportDoesNotFailTheMeasureStep() throws Exception {
		FakeKernel.inject("KVM_SEV_GET_ATTESTATION_REPORT", 1, 22, 0);
		Run run = open(() -> SevExamples.file("sev-es-qemu.cclaunch"));
		try (Session session = run.session()) {
			StepResult measure = stepAll(session).stream().filter(r -> r.getCommand().equals("KVM_SEV_LAUNCH_MEASURE")).findFirst()
					.orElseThrow();
			assertTrue(measure.getMessage().contains("no attestation report: KVM_SEV_GET_ATTESTATION_REPORT failed: EINVAL"),
					measure.getMessage());
			assertTrue(measure.getRegisters().stream().noneMatch(v -> v.getName().equals("ATTESTATION_REPORT")));
			assertEquals(48, register(measure, "LAUNCH_MEASURE").length);
		}
	}

	@Test
	void snpFinishSaysTheHostCannotReadTheReport() throws Exception {
		Run run = open(() -> SevExamples.file("snp-qemu.cclaunch"));
		try (Session session = run.session()) {
			List<StepResult> results = stepAll(session);
			StepResult finish = results.get(results.size() - 1);
			assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", finish.getCommand());
			assertTrue(finish.getMessage().contains("SNP_GUEST_REQUEST"), finish.getMessage());
			assertTrue(finish.getMessage().contains("registers of 1 vCPU(s) loaded from the plan's VMSAs"), finish.getMessage());
			assertNull(value(session.registers(), "MEASUREMENT"));
		}
		assertTrue(FakeKernel.ioctls("KVM_SEV_GET_ATTESTATION_REPORT").isEmpty(), "no host report command exists for SNP");
	}

	@Test
	void terminateHalfwayReleasesEveryFdInReverse() throws Exception {
		Run run = open(() -> SevExamples.file("snp-qemu.cclaunch"));
		try (Session session = run.session()) {
			for (int i = 0; i < 5; i++) {
				assertEquals(StepStatus.SUCCESS, session.step().getStatus());
			}
			assertTrue(FakeKernel.liveResources() > 3, "kvm, sev, VM, vCPU and guest_memfd fds are held");
		}
		assertEquals(0, FakeKernel.liveResources());
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void restartReplaysTheStepsOnANewVm() throws Exception {
		Run run = open(() -> SevExamples.file("sev-es-qemu.cclaunch"));
		int steps = run.plan().getSteps().size();
		try (Session session = run.session()) {
			stepAll(session);
			assertTrue(session.canRestart());
			int vmFd = FakeKernel.ioctls("KVM_CREATE_VM").get(0).ret();
			int before = FakeKernel.log().size();
			session.restartAt(3);
			assertEquals(3, session.nextStepIndex());
			assertEquals(3, session.trace().getResults().size());
			List<FakeKernel.Call> replay = FakeKernel.log().subList(before, FakeKernel.log().size());
			assertTrue(replay.stream().anyMatch(c -> c.call().equals("close") && c.fd() == vmFd), "the first VM was closed");
			assertEquals(1, replay.stream().filter(c -> "KVM_CREATE_VM".equals(c.get("name"))).count(), "one new VM");
			List<String> replayed = replay.stream().filter(c -> "KVM_MEMORY_ENCRYPT_OP".equals(c.get("name"))).map(FakeKernel.Call::what)
					.toList();
			List<String> expected = run.plan().getSteps().subList(1, 3).stream().map(Step::getCommand).toList();
			assertEquals(expected, replayed, "steps 0..2 were issued again, nothing more");
			List<StepResult> rest = stepAll(session);
			assertEquals(steps - 3, rest.size());
		}
		assertEquals(0, FakeKernel.liveResources());
		// the replayed launch encrypted the same VMSA from the same registers
		List<FakeKernel.Call> encrypts = FakeKernel.ioctls("KVM_SEV_LAUNCH_UPDATE_VMSA");
		assertEquals(2, encrypts.size());
		assertEquals(encrypts.get(0).get("vmsa"), encrypts.get(1).get("vmsa"));
	}

	@Test
	void aReplayTheHostRefusesSaysSoAndHoldsNothing() throws Exception {
		Run run = open(() -> SevExamples.file("sev-es-qemu.cclaunch"));
		try (Session session = run.session()) {
			stepAll(session);
			FakeKernel.inject("KVM_SEV_LAUNCH_START", 1, 16, 0); // the replay's: EBUSY, e.g. no free ASID this time
			IllegalStateException e = assertThrows(IllegalStateException.class, () -> session.restartAt(4));
			assertTrue(e.getMessage().contains("KVM_SEV_LAUNCH_START failed: EBUSY"), e.getMessage());
			assertEquals(0, FakeKernel.liveResources());
		}
	}

	@Test
	void aRegisterIoctlTheKernelRefusesFailsTheStepBeforeAnythingIsEncrypted() throws Exception {
		FakeKernel.inject("KVM_SET_SREGS", 1, 22, 0);
		Run run = open(() -> SevExamples.file("sev-es-qemu.cclaunch"));
		try (Session session = run.session()) {
			StepResult last = session.runToEnd(null).get(session.trace().getResults().size() - 1);
			assertEquals("KVM_SEV_LAUNCH_UPDATE_VMSA", last.getCommand());
			assertEquals(StepStatus.FAILED, last.getStatus());
			assertEquals(22, last.getErrno());
			assertTrue(last.getMessage().contains("KVM_SET_SREGS on vCPU 0") && last.getMessage().contains("EINVAL"), last.getMessage());
			assertEquals(0, FakeKernel.liveResources(), "released at the failure");
		}
		assertTrue(FakeKernel.ioctls("KVM_SEV_LAUNCH_UPDATE_VMSA").isEmpty(), "no VMSA was encrypted");
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void aVmsaWithStateKvmCannotLoadIsRefusedNamingTheFields() {
		byte[] vmsa = new byte[4096];
		ByteBuffer.wrap(vmsa).order(ByteOrder.LITTLE_ENDIAN).putInt(0x2E8, 0x55).putLong(0x208, 0xFFFF_8000_0000_0000L);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VmsaRegisters(vmsa));
		assertTrue(e.getMessage().contains("PKRU"), e.getMessage());
		assertTrue(e.getMessage().contains("STAR/LSTAR"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new VmsaRegisters(new byte[100]));
	}

	private static int indexOf(List<FakeKernel.Call> log, String what) {
		for (int i = 0; i < log.size(); i++) {
			if (log.get(i).call().equals("ioctl") && log.get(i).what().equals(what)) {
				return i;
			}
		}
		throw new AssertionError(what + " was not issued");
	}

	private static byte[] register(StepResult r, String name) {
		RegisterValue v = r.getRegisters().stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
		return v == null ? null : v.getValue();
	}

	private static byte[] value(List<MeasurementRegister> registers, String name) {
		return registers.stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow().getValue();
	}

	private static long u64(byte[] b, int at) {
		return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong(at);
	}

	private static long u32(byte[] b, int at) {
		return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(at) & 0xFFFF_FFFFL;
	}

	private static int u16(byte[] b, int at) {
		return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getShort(at) & 0xFFFF;
	}
}
