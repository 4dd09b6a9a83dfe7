/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.PlanValidator;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.tests.examples.ExamplePlans;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SEV family's plan checks on the shipped examples and on broken copies of them. */
class SevPlanValidatorTest {

	private static final VendorEngines SEV = VendorEngines.of(new SevVendorEngine());

	@ParameterizedTest
	@ValueSource(strings = { "snp-qemu.cclaunch", "snp-ec2.cclaunch", "snp-qemu-idblock.cclaunch", "sev-es-qemu.cclaunch" })
	void theExamplesAreClean(String example) throws Exception {
		assertEquals(List.of(), PlanValidator.validate(load(example), SEV));
	}

	@Test
	void snpPolicyBitsKvmRefuses() throws Exception {
		LaunchPlan plan = load("snp-qemu.cclaunch");
		SnpLaunchStart start = (SnpLaunchStart) plan.getSteps().get(2).getParameters();
		start.setPolicy(0x20000); // no SMT
		assertEquals("policy 0x20000 lacks SMT (bit 16), which KVM requires", only(plan).message());
		start.setPolicy(0x130000); // SINGLE_SOCKET
		assertEquals("policy", only(plan).field());
		start.setPolicy(0x30000L | 1L << 30);
		assertEquals("policy 0x40030000 has bits KVM does not accept: 0x40000000", only(plan).message());
	}

	@Test
	void anUpdateBeforeLaunchStartIsRefusedByTheStateMachine() throws Exception {
		LaunchPlan plan = load("snp-qemu.cclaunch");
		plan.getSteps().move(2, 3); // update-firmware before launch-start
		PlanProblem p = only(plan);
		assertEquals(2, p.stepIndex());
		assertTrue(p.message().contains("in guest state INIT") && p.message().contains("INVALID_GUEST_STATE"),
				p.message());
	}

	@Test
	void pageTypeMustMatchThePagesAndTheCommand() throws Exception {
		LaunchPlan plan = load("snp-qemu.cclaunch");
		SnpLaunchUpdate cpuid = (SnpLaunchUpdate) plan.getSteps().get(7).getParameters();
		cpuid.setType(SnpPageType.ZERO);
		assertEquals("page type ZERO but the step's pages are CPUID", only(plan).message());
		cpuid.setType(SnpPageType.VMSA);
		List<PlanProblem> problems = PlanValidator.validate(plan, SEV);
		assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("page type VMSA cannot be launched")),
				problems.toString());
	}

	@Test
	void gfnStartThatDisagreesWithThePagesIsAWarning() throws Exception {
		LaunchPlan plan = load("snp-qemu.cclaunch");
		((SnpLaunchUpdate) plan.getSteps().get(4).getParameters()).setGfnStart(0x900);
		PlanProblem p = only(plan);
		assertEquals(PlanProblem.Severity.WARNING, p.severity());
		assertEquals("gfnStart", p.field());
	}

	@Test
	void idBlockPolicyMustBeTheLaunchPolicy() throws Exception {
		LaunchPlan plan = load("snp-qemu-idblock.cclaunch");
		((SnpLaunchFinish) plan.getSteps().get(11).getParameters()).getIdBlock().setPolicy(0x70000);
		PlanProblem p = only(plan);
		assertEquals(11, p.stepIndex());
		assertTrue(p.message().contains("POLICY_FAILURE"), p.message());
	}

	@Test
	void sevEsStepsOutOfOrderAndPolicyWithoutEs() throws Exception {
		LaunchPlan plan = load("sev-es-qemu.cclaunch");
		Step measure = plan.getSteps().get(5);
		plan.getSteps().move(3, measure); // LAUNCH_MEASURE before the updates: they meet guest state LSECRET
		List<PlanProblem> problems = PlanValidator.validate(plan, SEV);
		assertEquals(List.of(4, 5), problems.stream().map(PlanProblem::stepIndex).toList(), problems.toString());
		assertTrue(problems.get(0).message().contains("in guest state LSECRET"), problems.get(0).message());

		LaunchPlan noEs = load("sev-es-qemu.cclaunch");
		((SevLaunchStart) noEs.getSteps().get(2).getParameters()).setPolicy(0x1);
		assertEquals("an SEV-ES guest needs policy bit ES (0x4)", only(noEs).message());
	}

	private static PlanProblem only(LaunchPlan plan) {
		List<PlanProblem> problems = PlanValidator.validate(plan, SEV);
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	private static LaunchPlan load(String example) throws Exception {
		Path file = ExamplePlans.examplesDir().resolve(example);
		return ModelFiles.loadPlan(file);
	}
}
