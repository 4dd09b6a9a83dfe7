/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.HexFormat;

import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restarting a session at an earlier step, or restoring a snapshot, gives the same MRTD as a fresh run. */
class TdxSnapshotTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "mrtd-01", "mrtd-02" })
	void restartAtEveryStepGivesTheFreshMrtd(String id) throws Exception {
		CaseRow row = CaseRow.byId(id);
		LaunchPlan plan = TdxPlanBuilder.build(row.spec());
		SimRun fresh = SimRun.of(plan, TestData.dir());
		assertEquals(row.expected(), fresh.field("mrtd"));
		try (Session session = new Session(plan, SimRun.simulator(plan, TestData.dir()))) {
			session.runToEnd(null);
			for (int i = plan.getSteps().size() - 1; i >= 0; i--) {
				session.restartAt(i);
				session.runToEnd(null);
				assertTrue(session.isFinished() && !session.hasFailed(), "restart at " + i);
				String mrtd = HexFormat.of().formatHex(session.registers().get(0).getValue());
				assertEquals(row.expected(), mrtd, id + " after restart at step " + i);
			}
			assertEquals(plan.getSteps().size(), session.trace().getResults().size());
		}
	}

	@Test
	void snapshotRestoreReplaysTheSameMeasurement() throws Exception {
		CaseRow row = CaseRow.byId("mrtd-01");
		LaunchPlan plan = TdxPlanBuilder.build(row.spec());
		TdxModuleSimulator sim = SimRun.simulator(plan, TestData.dir());
		int half = plan.getSteps().size() / 2;
		for (int i = 0; i < half; i++) {
			assertEquals(StepStatus.SUCCESS, sim.execute(plan.getSteps().get(i)).getStatus());
		}
		BackendSnapshot middle = sim.snapshot();
		long pages = sim.tdState().getPagesAdded();
		for (int i = half; i < plan.getSteps().size(); i++) {
			sim.execute(plan.getSteps().get(i));
		}
		assertEquals(TdOpState.RUNNABLE, sim.tdState().getOpState());
		sim.restore(middle);
		assertEquals(TdOpState.INITIALIZED, sim.tdState().getOpState());
		assertEquals(pages, sim.tdState().getPagesAdded());
		for (int i = half; i < plan.getSteps().size(); i++) {
			assertEquals(StepStatus.SUCCESS, sim.execute(plan.getSteps().get(i)).getStatus(), "step " + i + " after restore");
		}
		assertEquals(row.expected(), HexFormat.of().formatHex(sim.registers().get(0).getValue()));
	}

	@Test
	void snapshotOfAnotherSimulatorIsRefused() throws Exception {
		LaunchPlan plan = TdxPlanBuilder.build(TdxPlans.defaultSpec().pageOrder(MeasureOrder.PER_PAGE));
		TdxModuleSimulator a = SimRun.simulator(plan, TestData.dir());
		TdxModuleSimulator b = SimRun.simulator(plan, TestData.dir());
		BackendSnapshot s = a.snapshot();
		assertThrows(IllegalArgumentException.class, () -> b.restore(s));
	}
}
