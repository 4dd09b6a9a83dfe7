/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.util.List;

import org.cocolaunch.core.session.RunOutcome;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.core.session.StopConditions;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.testing.ChainBackend;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Breakpoint conditions: where a run stops, and that resuming moves past the stop. */
class StopConditionsTest {

	/** START(INIT_VM) MEASURE_A(UPDATE, normal page 0x1000) MEASURE_B(UPDATE, cpuid page 0x5000) NOTE FINISH(FINALIZE). */
	private static LaunchPlan plan() {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		plan.getSteps().add(step("START", Phase.INIT_VM, -1, null));
		plan.getSteps().add(step("MEASURE_A", Phase.UPDATE, 0x1000, PageKind.NORMAL));
		plan.getSteps().add(step("MEASURE_B", Phase.UPDATE, 0x5000, PageKind.CPUID));
		plan.getSteps().add(step("NOTE", Phase.UPDATE, -1, null));
		plan.getSteps().add(step("FINISH", Phase.FINALIZE, -1, null));
		return plan;
	}

	private static Step step(String command, Phase phase, long gpa, PageKind kind) {
		Step step = ModelFixtures.step(command.toLowerCase(), command, phase, null);
		if (kind != null) {
			PageRange p = ModelFactory.eINSTANCE.createPageRange();
			p.setGpa(gpa);
			p.setLength(0x1000);
			p.setKind(kind);
			step.getPages().add(p);
		}
		return step;
	}

	private static RunOutcome run(Session session, StopCondition c) throws Exception {
		return session.run(List.of(c), null);
	}

	@Test
	void commandBreakpointStopsBeforeTheStepAndResumeMovesOn() throws Exception {
		try (Session session = new Session(plan(), new ChainBackend())) {
			StopCondition c = StopConditions.onCommand("FINISH");
			RunOutcome outcome = run(session, c);
			assertEquals(RunOutcome.Reason.STOPPED_BEFORE_STEP, outcome.reason());
			assertSame(c, outcome.condition());
			assertEquals(4, session.nextStepIndex(), "stopped before FINISH, which is not issued");
			assertEquals(RunOutcome.Reason.FINISHED, run(session, c).reason(), "resuming issues FINISH");
		}
	}

	@Test
	void phaseBreakpointStopsAtTheFirstStepOfThePhaseOnly() throws Exception {
		try (Session session = new Session(plan(), new ChainBackend())) {
			StopCondition c = StopConditions.onPhase(Phase.UPDATE);
			assertEquals(RunOutcome.Reason.STOPPED_BEFORE_STEP, run(session, c).reason());
			assertEquals(1, session.nextStepIndex());
			assertEquals(RunOutcome.Reason.FINISHED, run(session, c).reason(), "later UPDATE steps do not stop");
		}
	}

	@Test
	void pageBreakpointsMatchRangeAndKind() throws Exception {
		try (Session session = new Session(plan(), new ChainBackend())) {
			assertEquals(RunOutcome.Reason.STOPPED_BEFORE_STEP, run(session, StopConditions.onPageKind(PageKind.CPUID)).reason());
			assertEquals(2, session.nextStepIndex());
		}
		try (Session session = new Session(plan(), new ChainBackend())) {
			StopCondition range = StopConditions.onPages(0x1800, 0x2000, null);
			assertEquals(RunOutcome.Reason.STOPPED_BEFORE_STEP, run(session, range).reason());
			assertEquals(1, session.nextStepIndex(), "0x1000+0x1000 overlaps [0x1800, 0x2000)");
		}
		try (Session session = new Session(plan(), new ChainBackend())) {
			assertEquals(RunOutcome.Reason.FINISHED, run(session, StopConditions.onPages(0x2000, 0x5000, null)).reason(),
					"[0x2000, 0x5000) touches neither page");
		}
	}

	@Test
	void errorBreakpointStopsAfterTheFailingStep() throws Exception {
		LaunchPlan plan = plan();
		plan.getSteps().add(3, step("FAIL", Phase.UPDATE, -1, null));
		try (Session session = new Session(plan, new ChainBackend())) {
			RunOutcome outcome = run(session, StopConditions.onError());
			assertEquals(RunOutcome.Reason.STOPPED_AFTER_STEP, outcome.reason());
			assertEquals(3, outcome.results().get(outcome.results().size() - 1).getStepIndex());
		}
	}

	@Test
	void registerWatchpointsStopAfterChangeOrDifference() throws Exception {
		try (Session session = new Session(plan(), new ChainBackend())) {
			StopCondition change = StopConditions.onRegisterChange("DIGEST");
			assertEquals(RunOutcome.Reason.STOPPED_AFTER_STEP, run(session, change).reason());
			assertEquals(2, session.nextStepIndex(), "MEASURE_A (step 1) changed it");
			assertEquals(RunOutcome.Reason.STOPPED_AFTER_STEP, run(session, change).reason());
			assertEquals(3, session.nextStepIndex());
			assertEquals(RunOutcome.Reason.FINISHED, run(session, change).reason());
		}
		try (Session session = new Session(plan(), new ChainBackend())) {
			byte[] afterA = ChainBackend.extend(new byte[32], "MEASURE_A");
			StopCondition differs = StopConditions.onRegisterDiffers("DIGEST", afterA);
			RunOutcome outcome = run(session, differs);
			assertEquals(RunOutcome.Reason.STOPPED_AFTER_STEP, outcome.reason());
			assertEquals(0, outcome.results().get(0).getStepIndex(), "the all-zero start already differs");
		}
	}
}
