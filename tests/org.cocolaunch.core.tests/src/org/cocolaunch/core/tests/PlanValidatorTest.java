/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.PlanValidator;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vendor-neutral plan checks, and how the vendor engine's checks join them. */
class PlanValidatorTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@Test
	void theFixturePlanIsClean() {
		assertEquals(List.of(), PlanValidator.common(ModelFixtures.snpPlan()));
	}

	@Test
	void unalignedGpaIsAnErrorOnItsStep() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		plan.getSteps().get(1).getPages().get(0).setGpa(0xffc00800L);
		PlanProblem p = only(PlanValidator.common(plan));
		assertTrue(p.isError());
		assertEquals(1, p.stepIndex());
		assertEquals("gpa", p.field());
		assertEquals("GPA 0xffc00800 is not 4 KiB-aligned", p.message());
	}

	@Test
	void lengthMustBeWholePages() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		plan.getSteps().get(1).getPages().get(0).setLength(0x1800);
		PlanProblem p = only(PlanValidator.common(plan));
		assertEquals("length", p.field());
		assertTrue(p.message().contains("0x1800"), p.message());

		plan.getSteps().get(1).getPages().get(0).setLength(0);
		assertEquals("length", only(PlanValidator.common(plan)).field());
	}

	@Test
	void overlappingUpdatesAreFlaggedOnTheLaterStep() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		plan.getSteps().add(2, update(0xffc00000L + 0x3ff000L, 0x2000)); // last page of the firmware and one more
		PlanProblem p = only(PlanValidator.common(plan));
		assertEquals(2, p.stepIndex());
		assertEquals("pages 0xfffff000-0xffffffff overlap the update of step 1 (a guest page is added only once)",
				p.message());
	}

	@Test
	void adjacentUpdatesDoNotOverlap() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		plan.getSteps().add(2, update(0xffc00000L - 0x2000, 0x2000));
		plan.getSteps().add(3, update(0xffc00000L + 0x400000L, 0x1000));
		assertEquals(List.of(), PlanValidator.common(plan));
	}

	@Test
	void contentsFromAnUndeclaredInputAreMissing() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		Step kernel = update(0x100000, 0x1000);
		ContentSource source = F.createContentSource();
		source.setKind(ContentSourceKind.KERNEL);
		kernel.getPages().get(0).setContent(source);
		plan.getSteps().add(2, kernel);
		PlanProblem p = only(PlanValidator.common(plan));
		assertEquals(2, p.stepIndex());
		assertTrue(p.message().startsWith("missing input: the pages need input 'kernel'"), p.message());
	}

	@Test
	void theVendorEnginesProblemsJoinInStepOrder() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		plan.getSteps().get(1).getPages().get(0).setGpa(0x123);
		VendorEngine vendor = new StubEngine(List.of(PlanProblem.warning(2, null, "vendor says"),
				PlanProblem.error(0, "policy", "bad policy")));
		List<PlanProblem> all = PlanValidator.validate(plan, VendorEngines.of(vendor));
		assertEquals(List.of(0, 1, 2), all.stream().map(PlanProblem::stepIndex).toList());
		assertEquals("step 0: bad policy", all.get(0).text());
		assertEquals(List.of(), PlanValidator.validate(ModelFixtures.snpPlan(), VendorEngines.of()),
				"no engine for the plan: only the common checks");
	}

	private static Step update(long gpa, long length) {
		Step s = F.createStep();
		s.setCommand("KVM_SEV_SNP_LAUNCH_UPDATE");
		s.setPhase(Phase.UPDATE);
		PageRange r = F.createPageRange();
		r.setGpa(gpa);
		r.setLength(length);
		r.setKind(PageKind.ZERO);
		s.getPages().add(r);
		return s;
	}

	private static PlanProblem only(List<PlanProblem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	/** An engine that supports every plan and reports fixed problems. */
	private record StubEngine(List<PlanProblem> problems) implements VendorEngine {
		@Override
		public String id() {
			return "stub";
		}

		@Override
		public String displayName() {
			return "stub";
		}

		@Override
		public boolean supports(LaunchPlan plan) {
			return true;
		}

		@Override
		public Backend createSimulator(LaunchPlan plan, PlanInputs inputs) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String firmwareErrorName(long code) {
			return null;
		}

		@Override
		public List<PlanProblem> validate(LaunchPlan plan) {
			return problems;
		}
	}
}
