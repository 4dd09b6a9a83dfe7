/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.core.backend.PlainVmSimulator;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmDefaultBackend;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.KvmExitReason;
import org.cocolaunch.model.KvmInitVm;
import org.cocolaunch.model.KvmRun;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain-VM example plan on the fake kernel library: the ioctls in QEMU's order, the firmware slot read-only
 * below 4 GiB, the reset state through the register ioctls, KVM_RUN exits decoded from struct kvm_run; a failure in
 * each acquisition releases everything; the simulator checks the same plan and skips the run step.
 */
class PlainVmOnFakeKvmTest {

	@TempDir
	Path dir;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	private KvmDefaultBackend backend(LaunchPlan plan, Path firmware) throws Exception {
		return new KvmDefaultBackend(plan, PlainPlans.inputs(plan, firmware), NativeSystem.get(), KvmDevice.DEFAULT_PATH);
	}

	@Test
	void exampleIssuesQemusSetupAndDecodesTheExits() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		((KvmRun) plan.getSteps().get(plan.getSteps().size() - 1).getParameters()).setExits(5);
		Path fw = PlainPlans.firmware(dir, 64 * 1024, PlainPlans.OUT_42_TO_PORT_10, new byte[] { (byte) 0xB0, 0x43,
				(byte) 0xE6, 0x11 }, PlainPlans.UD2);
		List<StepResult> results;
		try (Session session = new Session(plan, backend(plan, fw))) {
			results = session.runToEnd(null);
			for (StepResult r : results) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
			}
			assertEquals(1, session.vcpus().size());
		}
		assertEquals(List.of("KVM_GET_API_VERSION", "KVM_CHECK_EXTENSION", "KVM_CREATE_VM", "KVM_SET_IDENTITY_MAP_ADDR",
				"KVM_SET_TSS_ADDR", "KVM_CREATE_IRQCHIP", "KVM_CREATE_PIT2", "KVM_GET_SUPPORTED_CPUID",
				"KVM_SET_USER_MEMORY_REGION", "KVM_CREATE_VCPU", "KVM_SET_CPUID2", "KVM_SET_REGS", "KVM_GET_SREGS",
				"KVM_SET_SREGS", "KVM_SET_FPU", "KVM_SET_XCRS", "KVM_SET_MSRS", "KVM_SET_DEBUGREGS",
				"KVM_GET_VCPU_MMAP_SIZE", "KVM_RUN", "KVM_GET_REGS"),
				FakeKernel.log().stream().filter(c -> c.call().equals("ioctl")).map(FakeKernel.Call::what).distinct().toList());
		assertEquals(4, FakeKernel.ioctls("KVM_SET_USER_MEMORY_REGION").size(), "two slots set, two deleted at the end");
		// the firmware slot: 64 KiB ending at 4 GiB, KVM_MEM_READONLY (flags 2)
		FakeKernel.Call fwSlot = FakeKernel.ioctls("KVM_SET_USER_MEMORY_REGION").get(1);
		byte[] region = fwSlot.bytes("arg");
		ByteBuffer b = ByteBuffer.wrap(region).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(1, b.getInt(0));
		assertEquals(2, b.getInt(4));
		assertEquals(0x1_0000_0000L - 0x10000, b.getLong(8));
		assertEquals(0x10000, b.getLong(16));
		// identity map and TSS where QEMU puts them
		assertEquals(0xfeffd000L, Long.parseLong(FakeKernel.ioctls("KVM_SET_TSS_ADDR").get(0).get("value")));

		StepResult run = results.get(results.size() - 1);
		assertEquals(3, run.getExits().size(), "out, out, then ud2 stops the vCPU: " + run.getMessage());
		KvmExit first = run.getExits().get(0);
		assertEquals(KvmExitReason.IO, first.getReason());
		assertEquals(0x10, first.getPort());
		assertTrue(first.isWrite());
		assertEquals(1, first.getSize());
		assertArrayEquals(new byte[] { 0x42 }, first.getData());
		assertEquals(0xfff4, first.getRip(), "RIP after the 4 bytes of mov + out");
		assertEquals(0xffff0000L, first.getCsBase());
		assertEquals(0x11, run.getExits().get(1).getPort());
		assertArrayEquals(new byte[] { 0x43 }, run.getExits().get(1).getData());
		KvmExit last = run.getExits().get(2);
		assertEquals(KvmExitReason.INTERNAL_ERROR, last.getReason());
		assertEquals(1, last.getSubcode());
		assertTrue(last.getDetails().startsWith("KVM_INTERNAL_ERROR_EMULATION"), last.getDetails());
		assertTrue(run.getMessage().contains("stopped after 3 of 5 exits"), run.getMessage());
		assertEquals(0, FakeKernel.liveResources());
	}

	@Test
	void hltWithoutTheInKernelIrqchipExitsToUserspace() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		KvmInitVm init = (KvmInitVm) plan.getSteps().get(1).getParameters();
		init.setIrqchip(false);
		init.setPit(false);
		((KvmRun) plan.getSteps().get(plan.getSteps().size() - 1).getParameters()).setExits(2);
		Path fw = PlainPlans.firmware(dir, 4096, PlainPlans.OUT_42_TO_PORT_10, PlainPlans.HLT);
		try (Session session = new Session(plan, backend(plan, fw))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult run = results.get(results.size() - 1);
			assertEquals(StepStatus.SUCCESS, run.getStatus(), run.getMessage());
			assertEquals(List.of(KvmExitReason.IO, KvmExitReason.HLT), run.getExits().stream().map(KvmExit::getReason).toList());
			assertEquals(2, run.getExits().get(1).getIndex());
		}
	}

	/** HLT with the in-kernel irqchip and nothing to wake the vCPU: it waits in the kernel until the watchdog. */
	@Test
	void hltWithTheIrqchipWaitsInTheKernelUntilTheWatchdog() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		((KvmRun) plan.getSteps().get(plan.getSteps().size() - 1).getParameters()).setExits(2);
		Path fw = PlainPlans.firmware(dir, 4096, PlainPlans.OUT_42_TO_PORT_10, PlainPlans.HLT);
		System.setProperty("cocolaunch.kvm.runTimeoutMs", "200");
		try (Session session = new Session(plan, backend(plan, fw))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult run = results.get(results.size() - 1);
			assertEquals(StepStatus.SUCCESS, run.getStatus(), run.getMessage());
			assertEquals(List.of(KvmExitReason.IO, KvmExitReason.OTHER), run.getExits().stream().map(KvmExit::getReason).toList());
			assertEquals(10, run.getExits().get(1).getExitReason(), "KVM_EXIT_INTR");
		} finally {
			System.clearProperty("cocolaunch.kvm.runTimeoutMs");
		}
	}

	/** A guest spinning in {@code jmp $} makes no exit: the watchdog interrupts KVM_RUN and the step says so. */
	@Test
	void aGuestThatNeverExitsIsInterruptedAfterTheTimeout() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		((KvmRun) plan.getSteps().get(plan.getSteps().size() - 1).getParameters()).setExits(3);
		Path fw = PlainPlans.firmware(dir, 4096, PlainPlans.OUT_42_TO_PORT_10, new byte[] { (byte) 0xEB, (byte) 0xFE });
		System.setProperty("cocolaunch.kvm.runTimeoutMs", "300");
		try (Session session = new Session(plan, backend(plan, fw))) {
			long start = System.nanoTime();
			List<StepResult> results = session.runToEnd(null);
			long millis = (System.nanoTime() - start) / 1_000_000;
			StepResult run = results.get(results.size() - 1);
			assertEquals(StepStatus.SUCCESS, run.getStatus(), run.getMessage());
			assertEquals(2, run.getExits().size(), run.getMessage());
			KvmExit stuck = run.getExits().get(1);
			assertEquals(KvmExitReason.OTHER, stuck.getReason());
			assertEquals(10, stuck.getExitReason(), "KVM_EXIT_INTR");
			assertTrue(stuck.getDetails().startsWith("no exit within 300 ms"), stuck.getDetails());
			assertTrue(millis >= 300 && millis < 10_000, millis + " ms");
		} finally {
			System.clearProperty("cocolaunch.kvm.runTimeoutMs");
		}
		assertEquals(0, FakeKernel.liveResources());
	}

	/** Each acquisition of the plan, failed in turn: the step fails with the errno, nothing stays held. */
	static Stream<Arguments> acquisitions() {
		return Stream.of(Arguments.of("open:/dev/kvm", 1, 2), Arguments.of("KVM_CREATE_VM", 1, 22),
				Arguments.of("KVM_SET_IDENTITY_MAP_ADDR", 1, 22), Arguments.of("KVM_SET_TSS_ADDR", 1, 22),
				Arguments.of("KVM_CREATE_IRQCHIP", 1, 17), Arguments.of("KVM_CREATE_PIT2", 1, 2),
				Arguments.of("KVM_GET_SUPPORTED_CPUID", 1, 7), Arguments.of("memfd_create", 1, 24),
				Arguments.of("mmap", 2, 12), Arguments.of("KVM_SET_USER_MEMORY_REGION", 2, 17),
				Arguments.of("KVM_CREATE_VCPU", 1, 12), Arguments.of("KVM_SET_CPUID2", 1, 22),
				Arguments.of("KVM_SET_SREGS", 1, 22), Arguments.of("KVM_SET_MSRS", 1, 22), Arguments.of("mmap", 3, 12),
				Arguments.of("KVM_RUN", 1, 4));
	}

	@ParameterizedTest(name = "{0} #{1} fails")
	@MethodSource("acquisitions")
	void aFailureAnywhereReleasesEveryFdMappingAndSlot(String point, int nth, int errno) throws Exception {
		LaunchPlan plan = PlainPlans.example();
		Path fw = PlainPlans.firmware(dir, 64 * 1024, PlainPlans.OUT_42_TO_PORT_10);
		long fdsBefore = ProcSelf.openFds();
		FakeKernel.inject(point, nth, errno, 0);
		try (Session session = new Session(plan, backend(plan, fw))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult failed = results.get(results.size() - 1);
			assertEquals(StepStatus.FAILED, failed.getStatus(), failed.getMessage());
			assertEquals(errno, failed.getErrno(), failed.getMessage());
			assertEquals(0, FakeKernel.liveResources(), "released at the failure, before the session is closed");
		}
		assertEquals(fdsBefore, ProcSelf.openFds(), "/proc/self/fd before and after");
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	@Test
	void theSimulatorChecksTheSetupAndSaysItRunsNoGuestCode() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		Path fw = PlainPlans.firmware(dir, 64 * 1024, PlainPlans.OUT_42_TO_PORT_10);
		try (Session session = new Session(plan, new PlainVmSimulator(plan, PlainPlans.inputs(plan, fw)))) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(plan.getSteps().size(), results.size());
			for (StepResult r : results.subList(0, results.size() - 1)) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
			}
			StepResult run = results.get(results.size() - 1);
			assertEquals(StepStatus.SKIPPED, run.getStatus());
			assertTrue(run.getMessage().contains("does not execute guest code"), run.getMessage());
			assertTrue(results.get(3).getMessage().contains("0xffff0000..0xffffffff"), results.get(3).getMessage());
		}
		assertEquals(0, FakeKernel.log().stream().filter(c -> c.call().equals("ioctl")).count(), "the simulator issues no ioctl");
	}

	@Test
	void theSimulatorRefusesAPitWithoutIrqchipAsKvmDoes() throws Exception {
		LaunchPlan plan = PlainPlans.example();
		((KvmInitVm) plan.getSteps().get(1).getParameters()).setIrqchip(false);
		Path fw = PlainPlans.firmware(dir, 4096, PlainPlans.HLT);
		try (Session session = new Session(plan, new PlainVmSimulator(plan, PlainPlans.inputs(plan, fw)))) {
			StepResult init = session.runToEnd(null).get(1);
			assertEquals(StepStatus.FAILED, init.getStatus());
			assertEquals(2, init.getErrno(), "ENOENT, as kvm_arch_vm_ioctl answers KVM_CREATE_PIT2 without a PIC");
		}
		// and the fake kernel agrees
		FakeKernel.reset();
		try (Session session = new Session(plan, backend(plan, fw))) {
			StepResult init = session.runToEnd(null).get(1);
			assertEquals(StepStatus.FAILED, init.getStatus());
			assertEquals(2, init.getErrno(), init.getMessage());
		}
	}
}
