/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmSevBackend;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEV, SEV-ES and SNP plans run as a Backend through a Session (the SEV model's marshaller stood in by
 * {@link GenericSevMarshaller}): the ioctl sequence of domain reference §1.8 A–C (two memory slots: RAM and the
 * flash), vCPUs after LAUNCH_START, memory pinned (SEV/ES) or private (SNP), and a failure injected into every step releases everything in reverse order.
 */
class SevBackendTest {

	private static final int EIO = 5;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	static Stream<Arguments> plans() {
		return Stream.of(
				Arguments.of("SEV", (Supplier<LaunchPlan>) SevPlans::sev,
						List.of("KVM_CREATE_VM", "KVM_SEV_INIT", "KVM_MEMORY_ENCRYPT_REG_REGION", "KVM_MEMORY_ENCRYPT_REG_REGION", "KVM_SEV_LAUNCH_START", "KVM_CREATE_VCPU",
								"KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_LAUNCH_MEASURE",
								"KVM_SEV_GET_ATTESTATION_REPORT", "KVM_SEV_GET_ATTESTATION_REPORT", "KVM_SEV_LAUNCH_FINISH")),
				Arguments.of("SEV-ES", (Supplier<LaunchPlan>) SevPlans::sevEs,
						List.of("KVM_CREATE_VM", "KVM_SEV_INIT2", "KVM_MEMORY_ENCRYPT_REG_REGION", "KVM_MEMORY_ENCRYPT_REG_REGION", "KVM_SEV_LAUNCH_START", "KVM_CREATE_VCPU",
								"KVM_CREATE_VCPU", "KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_UPDATE_VMSA", "KVM_SEV_LAUNCH_MEASURE",
								"KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_GET_ATTESTATION_REPORT", "KVM_SEV_GET_ATTESTATION_REPORT",
								"KVM_SEV_LAUNCH_FINISH")),
				Arguments.of("SNP", (Supplier<LaunchPlan>) SevPlans::snp,
						List.of("KVM_CREATE_VM", "KVM_CREATE_GUEST_MEMFD", "KVM_SET_MEMORY_ATTRIBUTES", "KVM_CREATE_GUEST_MEMFD",
								"KVM_SET_MEMORY_ATTRIBUTES", "KVM_SEV_INIT2", "KVM_SEV_SNP_LAUNCH_START", "KVM_CREATE_VCPU", "KVM_SEV_SNP_LAUNCH_UPDATE",
								"KVM_SEV_SNP_LAUNCH_UPDATE", "KVM_SEV_SNP_LAUNCH_UPDATE", "KVM_SEV_SNP_LAUNCH_UPDATE",
								"KVM_SEV_SNP_LAUNCH_FINISH")));
	}

	private static Session session(LaunchPlan plan) {
		PlanInputs inputs = new PlanInputs(plan, Path.of("."), Map.of());
		return new Session(plan, new KvmSevBackend(plan, inputs, new GenericSevMarshaller()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void planRunsThroughJnaInQemuOrder(String name, Supplier<LaunchPlan> plans, List<String> expected) throws Exception {
		LaunchPlan plan = plans.get();
		try (Session session = session(plan)) {
			for (StepResult r : session.runToEnd(null)) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
			}
		}
		// memory slots are checked byte for byte in the TDX and SEV sequence tests; here the launch order matters
		Set<String> setup = Set.of("KVM_GET_API_VERSION", "KVM_CHECK_EXTENSION", "KVM_SET_USER_MEMORY_REGION2",
				"KVM_MEMORY_ENCRYPT_UNREG_REGION");
		List<String> seen = FakeKernel.log().stream().filter(c -> c.call().equals("ioctl") && !setup.contains(c.get("name")))
				.map(FakeKernel.Call::what).toList();
		assertEquals(expected, seen);
		// the firmware is loaded from the shared memory slot that maps FLASH: the fake hashed the bytes it was given
		String update = name.equals("SNP") ? "KVM_SEV_SNP_LAUNCH_UPDATE" : "KVM_SEV_LAUNCH_UPDATE_DATA";
		FakeKernel.Call load = FakeKernel.ioctls(update).get(0);
		assertEquals(String.format("%016x", TdxPlanOnFakeKvmTest.fnv(SevPlans.firmwareBytes())), load.get("src"));
		ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
	}

	static Stream<Arguments> planMakers() {
		return plans().map(a -> Arguments.of(a.get()[0], a.get()[1]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("planMakers")
	void failureInEveryStepReleasesEverythingInReverse(String name, Supplier<LaunchPlan> plans) throws Exception {
		int steps = plans.get().getSteps().size();
		for (int index = 0; index < steps; index++) {
			FakeKernel.reset();
			LaunchPlan plan = plans.get();
			Step step = plan.getSteps().get(index);
			int nth = 1;
			for (int i = 0; i < index; i++) {
				if (plan.getSteps().get(i).getCommand().equals(step.getCommand())) {
					nth += step.getCommand().equals("KVM_SEV_LAUNCH_MEASURE") ? 2 : 1;
				}
			}
			boolean firmware = step.getCommand().startsWith("KVM_SEV_");
			// firmware commands fail with -EIO and a status (0x16 INVALID_PARAM); KVM_CREATE_VM with -EINVAL
			FakeKernel.inject(step.getCommand(), nth, firmware ? EIO : 22, firmware ? 0x16 : 0);
			try (Session session = session(plan)) {
				List<StepResult> results = session.runToEnd(null);
				StepResult failed = results.get(results.size() - 1);
				assertEquals(index, failed.getStepIndex(), name + " step " + index + ": " + failed.getMessage());
				assertEquals(StepStatus.FAILED, failed.getStatus());
				assertEquals(firmware ? "INVALID_PARAM" : null, failed.getFirmwareErrorName());
				assertEquals(0, FakeKernel.liveResources(), "released at the failure");
			}
			ReleaseOrder.assertReleasedInReverse(FakeKernel.log());
		}
	}

	@org.junit.jupiter.api.Test
	void measurementBlobIsKept() throws Exception {
		LaunchPlan plan = SevPlans.sev();
		KvmSevBackend backend = new KvmSevBackend(plan, new PlanInputs(plan, Path.of("."), Map.of()), new GenericSevMarshaller());
		try (Session session = new Session(plan, backend)) {
			session.runToEnd(null);
			byte[] blob = backend.measurement();
			assertEquals(48, blob.length);
			assertArrayEquals(new byte[] { (byte) 0xA5, (byte) 0xA4 }, Arrays.copyOf(blob, 2));
			assertTrue(session.trace().getResults().get(4).getMessage().contains("measurement a5a4"));
		}
	}
}
