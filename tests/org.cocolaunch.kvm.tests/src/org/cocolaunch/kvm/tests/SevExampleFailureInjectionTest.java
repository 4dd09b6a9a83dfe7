/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmBackends;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure injected into every step of every SEV-family example plan (run through the SEV model's marshaller and
 * the real JNA path) stops the run at that step with the decoded error, and everything acquired so far is released
 * in reverse order before the session is closed. The same for the acquisitions around the launch commands.
 */
class SevExampleFailureInjectionTest {

	private static final int EIO = 5;
	private static final int EINVAL = 22;
	private static final int ENOMEM = 12;
	/** SEV firmware status INVALID_PARAM (SEV API, status codes). */
	private static final int INVALID_PARAM = 0x16;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	static Stream<Arguments> steps() {
		List<Arguments> list = new ArrayList<>();
		for (SevExamples.Example e : SevExamples.all()) {
			int n = e.plan().get().getSteps().size();
			for (int i = 0; i < n; i++) {
				list.add(Arguments.of(e, i));
			}
		}
		return list.stream();
	}

	@ParameterizedTest(name = "{0}: failure in step {1}")
	@MethodSource("steps")
	void failureInEveryStepIsReportedAndReleasesEverything(SevExamples.Example example, int index) throws Exception {
		LaunchPlan plan = example.plan().get();
		Step step = plan.getSteps().get(index);
		boolean firmware = step.getCommand().startsWith("KVM_SEV_");
		FakeKernel.inject(step.getCommand(), nth(plan, index), firmware ? EIO : EINVAL, firmware ? INVALID_PARAM : 0);
		try (Session session = new Session(plan, KvmBackends.create(plan, SevExamples.inputs(plan)))) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(index + 1, results.size(), "the run stops at the failing step");
			StepResult failed = results.get(index);
			assertEquals(StepStatus.FAILED, failed.getStatus(), failed.getMessage());
			assertEquals(step.getCommand(), failed.getCommand());
			assertEquals(-1, failed.getReturnValue());
			assertEquals(firmware ? EIO : EINVAL, failed.getErrno());
			assertEquals(firmware ? "INVALID_PARAM" : null, failed.getFirmwareErrorName());
			assertTrue(session.hasFailed());
			assertEquals(0, FakeKernel.liveResources(), "released at the failure, before the session is closed");
		}
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	/** Which call of its ioctl step {@code index} makes first (LAUNCH_MEASURE makes two, a long SNP update several). */
	private static int nth(LaunchPlan plan, int index) {
		String command = plan.getSteps().get(index).getCommand();
		int nth = 1;
		for (int i = 0; i < index; i++) {
			Step s = plan.getSteps().get(i);
			if (s.getCommand().equals(command)) {
				if (s.getParameters() instanceof SnpLaunchUpdate u) {
					nth += (int) ((u.getLen() / 4096 + 255) / 256);
				} else {
					nth += command.equals("KVM_SEV_LAUNCH_MEASURE") ? 2 : 1;
				}
			}
		}
		return nth;
	}

	/** Acquisitions outside the launch commands: which one fails, and the step that reports it. */
	static Stream<Arguments> acquisitions() {
		SevExamples.Example sev = SevExamples.all()[0];
		SevExamples.Example snp = SevExamples.all()[2];
		return Stream.of(Arguments.of(sev, "open:/dev/sev", 1, 2, 0), Arguments.of(sev, "mmap", 1, ENOMEM, 0),
				Arguments.of(sev, "KVM_MEMORY_ENCRYPT_REG_REGION", 1, ENOMEM, 1), Arguments.of(sev, "KVM_CREATE_VCPU", 1, ENOMEM, 2),
				Arguments.of(snp, "open:/dev/sev", 1, 13, 0), Arguments.of(snp, "KVM_CREATE_GUEST_MEMFD", 2, ENOMEM, 0),
				Arguments.of(snp, "KVM_SET_MEMORY_ATTRIBUTES", 2, EINVAL, 0), Arguments.of(snp, "KVM_CREATE_VCPU", 1, ENOMEM, 2));
	}

	@ParameterizedTest(name = "{0}: {1} #{2} fails")
	@MethodSource("acquisitions")
	void failedAcquisitionReleasesWhatWasAcquired(SevExamples.Example example, String point, int nth, int errno, int step)
			throws Exception {
		LaunchPlan plan = example.plan().get();
		FakeKernel.inject(point, nth, errno, 0);
		try (Session session = new Session(plan, KvmBackends.create(plan, SevExamples.inputs(plan)))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult failed = results.get(results.size() - 1);
			assertEquals(StepStatus.FAILED, failed.getStatus(), failed.getMessage());
			assertEquals(step, failed.getStepIndex(), failed.getMessage());
			assertEquals(errno, failed.getErrno());
			assertNull(failed.getFirmwareErrorName());
			assertEquals(0, FakeKernel.liveResources());
		}
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}
}
