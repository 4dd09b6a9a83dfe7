/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SnpGuestState;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every (guest state, command) pair of the SNP launch (domain reference §2.2, §1.5): in INIT only SNP_LAUNCH_START
 * works (KVM refuses UPDATE/FINISH without a launch context: -EINVAL); in LAUNCH a second START is refused by KVM
 * (-EINVAL, one context per VM), UPDATE and FINISH work; in RUNNING START is refused by KVM and the firmware answers
 * UPDATE/FINISH with INVALID_GUEST_STATE (-EIO).
 */
class SnpStateMachineTest {

	/** Expected outcome: "ok", an errno name for a KVM refusal, or a firmware status name (with -EIO). */
	private static final Map<SnpGuestState, Map<SevCommandId, String>> EXPECTED = Map.of(
			SnpGuestState.INIT, Map.of(SevCommandId.KVM_SEV_SNP_LAUNCH_START, "ok",
					SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, "EINVAL", SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, "EINVAL"),
			SnpGuestState.LAUNCH, Map.of(SevCommandId.KVM_SEV_SNP_LAUNCH_START, "EINVAL",
					SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, "ok", SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, "ok"),
			SnpGuestState.RUNNING, Map.of(SevCommandId.KVM_SEV_SNP_LAUNCH_START, "EINVAL",
					SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, "INVALID_GUEST_STATE",
					SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, "INVALID_GUEST_STATE"));

	static List<Arguments> pairs() {
		List<Arguments> out = new ArrayList<>();
		for (SnpGuestState state : SnpGuestState.values()) {
			for (SevCommandId id : List.of(SevCommandId.KVM_SEV_SNP_LAUNCH_START, SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE,
					SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH)) {
				out.add(Arguments.of(state, id));
			}
		}
		return out;
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("pairs")
	void commandInState(SnpGuestState state, SevCommandId id) throws Exception {
		SevFirmwareSimulator sim = simulatorIn(state);
		assertEquals(state, sim.snpGuestState());
		StepResult r = sim.execute(switch (id) {
		case KVM_SEV_SNP_LAUNCH_START -> TestSteps.snpStart(0x30000);
		case KVM_SEV_SNP_LAUNCH_UPDATE -> TestSteps.snpUpdate(0x100000, 0x1000, SnpPageType.NORMAL);
		default -> TestSteps.command(id, TestSteps.S.createSnpLaunchFinish());
		});
		String expected = EXPECTED.get(state).get(id);
		switch (expected) {
		case "ok" -> assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
		case "EINVAL" -> {
			assertEquals(StepStatus.FAILED, r.getStatus(), r.getMessage());
			assertEquals(22, r.getErrno());
			assertEquals(0, r.getFirmwareError());
		}
		default -> {
			assertEquals(StepStatus.FAILED, r.getStatus(), r.getMessage());
			assertEquals(5, r.getErrno());
			assertEquals(expected, r.getFirmwareErrorName());
			assertEquals(0x02, r.getFirmwareError());
		}
		}
	}

	static SevFirmwareSimulator snpVm() throws Exception {
		LaunchPlan plan = TestSteps.emptyPlan(VmType.SNP);
		SevFirmwareSimulator sim = new SevFirmwareSimulator(plan, new PlanInputs(plan, Path.of("."), Map.of()),
				SimulatedPlatform.DEFAULT, new Random(1));
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.createVm(4)).getStatus());
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.init2(0)).getStatus());
		return sim;
	}

	private static SevFirmwareSimulator simulatorIn(SnpGuestState state) throws Exception {
		SevFirmwareSimulator sim = snpVm();
		if (state != SnpGuestState.INIT) {
			assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.snpStart(0x30000)).getStatus());
		}
		if (state == SnpGuestState.RUNNING) {
			StepResult r = sim.execute(TestSteps.command(SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, null));
			assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
		}
		return sim;
	}
}
