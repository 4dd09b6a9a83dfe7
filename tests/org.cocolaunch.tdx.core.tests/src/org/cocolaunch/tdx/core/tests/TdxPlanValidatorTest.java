/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.List;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.PlanValidator;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TDX plan checks on the shipped example and on broken copies of it. */
class TdxPlanValidatorTest {

	private static final VendorEngines TDX = VendorEngines.of(new TdxVendorEngine());

	@Test
	void theExampleIsClean() throws Exception {
		assertEquals(List.of(), PlanValidator.validate(example(), TDX));
	}

	@Test
	void anUnalignedRegionGpa() throws Exception {
		LaunchPlan plan = example();
		((TdxInitMemRegion) plan.getSteps().get(6).getParameters()).setGpa(0x80b800);
		List<PlanProblem> problems = PlanValidator.validate(plan, TDX);
		assertEquals(List.of("GPA 0x80b800 is not 4 KiB-aligned", "GPA 0x80b800 but the step's pages start at 0x80b000"),
				problems.stream().map(PlanProblem::message).toList());
		assertTrue(problems.stream().allMatch(p -> p.stepIndex() == 6 && "gpa".equals(p.field()) && p.isError()));
	}

	@Test
	void memoryBeforeTheVcpuIsInitialised() throws Exception {
		LaunchPlan plan = example();
		plan.getSteps().move(8, 2); // init-vcpu-0 after the first six regions
		List<PlanProblem> problems = PlanValidator.validate(plan, TDX);
		assertEquals(List.of(2, 3, 4, 5, 6, 7), problems.stream().map(PlanProblem::stepIndex).toList(), problems.toString());
		assertTrue(problems.get(0).message().contains("has not had KVM_TDX_INIT_VCPU"), problems.get(0).message());
	}

	@Test
	void nothingAfterFinalize() throws Exception {
		LaunchPlan plan = example();
		Step extra = EcoreUtil.copy(plan.getSteps().get(6));
		((TdxInitMemRegion) extra.getParameters()).setGpa(0x700000);
		extra.getPages().get(0).setGpa(0x700000);
		plan.getSteps().add(extra);
		PlanProblem p = only(plan);
		assertEquals(10, p.stepIndex());
		assertTrue(p.message().contains("op state RUNNABLE"), p.message());
	}

	@Test
	void xfamWithoutSseIsRefused() throws Exception {
		LaunchPlan plan = example();
		((TdxInitVm) plan.getSteps().get(1).getParameters()).setXfam(0xe5);
		PlanProblem p = only(plan);
		assertEquals("xfam", p.field());
		assertEquals("XFAM 0xe5: x87 and SSE state (0x3) are required", p.message());
	}

	private static PlanProblem only(LaunchPlan plan) {
		List<PlanProblem> problems = PlanValidator.validate(plan, TDX);
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	private static LaunchPlan example() throws Exception {
		return ModelFiles.loadPlan(TdxExamplePlan.examplesDir().resolve("tdx-qemu.cclaunch"));
	}
}
