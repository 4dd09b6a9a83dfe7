/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.util.List;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.tests.plan.PlanRuns;
import org.cocolaunch.sev.core.tests.plan.SevCaseRow;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restarting a session at any step (backend snapshots) ends with the same measurement as a fresh run. */
class SnapshotTest {

	@ParameterizedTest
	@ValueSource(strings = { "snp-10", "seves-02", "sev-03" })
	void restartAtEveryStepGivesTheFreshMeasurement(String id) throws Exception {
		SevCaseRow row = SevCaseRow.planRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		String fresh = PlanRuns.measurement(plan, TestData.dir());
		assertEquals(row.expected(), fresh);
		try (Session session = new Session(plan, PlanRuns.simulator(plan, TestData.dir()))) {
			session.runToEnd(null);
			for (int k = plan.getSteps().size() - 1; k >= 0; k--) {
				session.restartAt(k);
				assertEquals(k, session.nextStepIndex());
				for (MeasurementRegister r : session.registers()) {
					final int at = k;
					assertTrue(r.getHistory().stream().allMatch(u -> u.getStepIndex() < at), r.getName());
				}
				session.runToEnd(null);
				assertEquals(fresh, PlanRuns.launchDigest(session.registers()), "restart at step " + k);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "snp-03" })
	void restartInTheMiddleThenRunAgain(String id) throws Exception {
		SevCaseRow row = SevCaseRow.planRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		try (Session session = new Session(plan, PlanRuns.simulator(plan, TestData.dir()))) {
			session.runTo(5, null);
			List<MeasurementRegister> at5 = session.registers();
			String digestAt5 = PlanRuns.launchDigest(at5);
			session.runToEnd(null);
			session.restartAt(5);
			assertEquals(digestAt5, PlanRuns.launchDigest(session.registers()));
			session.runToEnd(null);
			assertEquals(row.expected(), PlanRuns.launchDigest(session.registers()));
		}
	}
}
