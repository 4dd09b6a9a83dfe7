/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmTdxBackend;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure injected into each step of the TDX example plan, and into every resource the create step acquires:
 * the failing step reports errno and the decoded TDX module status, the session stops, and every fd, mapping and
 * memory slot is released in reverse order at once (before the session is even closed).
 */
class TdxFailureInjectionTest {

	private static final int EIO = 5;
	private static final int EINVAL = 22;
	private static final int ENOMEM = 12;
	/** TDX_OPERAND_INVALID with operand id ATTRIBUTES (64) in bits 31:0 [tdx_errno.h; domain reference §2.5]. */
	private static final long OPERAND_INVALID_ATTRIBUTES = 0xC000010000000040L;
	/** TDX_EPT_ENTRY_NOT_FREE. */
	private static final long EPT_ENTRY_NOT_FREE = 0xC0000B0200000000L;
	/** TDX_OPERAND_BUSY. */
	private static final long OPERAND_BUSY = 0x8000020000000000L;
	/** TDX_VCPU_STATE_INCORRECT. */
	private static final long VCPU_STATE_INCORRECT = 0xC000070000000000L;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	/** Each step index of the two-vCPU example plan. */
	static IntStream steps() throws Exception {
		return IntStream.range(0, TdxPlans.example(2).getSteps().size());
	}

	@ParameterizedTest(name = "failure in step {0}")
	@MethodSource("steps")
	void failureInEveryStepIsReportedAndReleasesEverything(int index) throws Exception {
		LaunchPlan plan = TdxPlans.example(2);
		Step step = plan.getSteps().get(index);
		Injection injection = injectionFor(plan, index);
		FakeKernel.inject(injection.point(), injection.nth(), injection.errno(), injection.firmwareError());
		try (Session session = new Session(plan, new KvmTdxBackend(plan, TdxPlans.inputs(plan)))) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(index + 1, results.size(), "the run stops at the failing step");
			StepResult failed = results.get(index);
			assertEquals(StepStatus.FAILED, failed.getStatus());
			assertEquals(step.getCommand(), failed.getCommand());
			assertEquals(-1, failed.getReturnValue());
			assertEquals(injection.errno(), failed.getErrno());
			assertEquals(injection.firmwareError(), failed.getFirmwareError());
			assertEquals(injection.firmwareName(), failed.getFirmwareErrorName());
			assertTrue(session.hasFailed());
			assertEquals(0, FakeKernel.liveResources(), "released at the failure, before the session is closed");
		}
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	record Injection(String point, int nth, int errno, long firmwareError, String firmwareName) {
	}

	/** The ioctl behind step {@code index}, and which of its calls that is. */
	private static Injection injectionFor(LaunchPlan plan, int index) {
		String command = plan.getSteps().get(index).getCommand();
		int nth = 1;
		for (int i = 0; i < index; i++) {
			Step s = plan.getSteps().get(i);
			if (s.getCommand().equals(command)) {
				nth += s.getParameters() instanceof TdxInitMemRegion r ? (int) ((r.getNrPages() + 255) / 256) : 1;
			}
		}
		return switch (command) {
		case "KVM_CREATE_VM" -> new Injection("KVM_CREATE_VM", 1, EINVAL, 0, null);
		case "KVM_TDX_INIT_VM" -> new Injection("KVM_TDX_INIT_VM", 1, EINVAL, OPERAND_INVALID_ATTRIBUTES, "TDX_OPERAND_INVALID");
		case "KVM_TDX_INIT_VCPU" -> new Injection("KVM_TDX_INIT_VCPU", nth, EIO, VCPU_STATE_INCORRECT, "TDX_VCPU_STATE_INCORRECT");
		case "KVM_TDX_INIT_MEM_REGION" -> new Injection("KVM_TDX_INIT_MEM_REGION", nth, EIO, EPT_ENTRY_NOT_FREE, "TDX_EPT_ENTRY_NOT_FREE");
		case "KVM_TDX_FINALIZE_VM" -> new Injection("KVM_TDX_FINALIZE_VM", 1, 16, OPERAND_BUSY, "TDX_OPERAND_BUSY");
		default -> throw new AssertionError("unexpected command " + command);
		};
	}

	/** Every acquisition of the create and vCPU steps: fails that one, the rest is given back. */
	static Stream<Arguments> resources() {
		return Stream.of(Arguments.of("open:/dev/kvm", 1, 2, 0), Arguments.of("KVM_GET_API_VERSION", 1, EINVAL, 0),
				Arguments.of("KVM_CHECK_EXTENSION", 1, EINVAL, 0), Arguments.of("KVM_ENABLE_CAP", 1, EINVAL, 0),
				Arguments.of("KVM_CREATE_GUEST_MEMFD", 1, ENOMEM, 0),
				Arguments.of("KVM_CREATE_GUEST_MEMFD", 2, ENOMEM, 0), Arguments.of("memfd_create", 2, 24, 0),
				Arguments.of("ftruncate", 1, 28, 0), Arguments.of("mmap", 2, ENOMEM, 0),
				Arguments.of("KVM_SET_USER_MEMORY_REGION2", 2, 17, 0), Arguments.of("KVM_SET_MEMORY_ATTRIBUTES", 2, EINVAL, 0),
				Arguments.of("KVM_TDX_CAPABILITIES", 1, EIO, 0), Arguments.of("KVM_CREATE_VCPU", 2, ENOMEM, 3));
	}

	@ParameterizedTest(name = "{0} #{1} fails")
	@MethodSource("resources")
	void failedAcquisitionReleasesWhatWasAcquired(String point, int nth, int errno, int failingStep) throws Exception {
		LaunchPlan plan = TdxPlans.example(2);
		FakeKernel.inject(point, nth, errno, 0);
		try (Session session = new Session(plan, new KvmTdxBackend(plan, TdxPlans.inputs(plan)))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult failed = results.get(results.size() - 1);
			assertEquals(StepStatus.FAILED, failed.getStatus(), failed.getMessage());
			assertEquals(failingStep == 3 ? 3 : point.equals("KVM_TDX_CAPABILITIES") ? 1 : 0, failed.getStepIndex());
			assertEquals(errno, failed.getErrno());
			assertNull(failed.getFirmwareErrorName());
			assertEquals(0, FakeKernel.liveResources());
		}
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}
}
