/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.HexFormat;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step Into issues a measured region page by page (single order) and MRTD comes out the same. */
class TdxStepIntoTest {

	@Test
	void pageByPageBfvGivesTheSameMrtd() throws Exception {
		CaseRow row = CaseRow.byId("mrtd-01");
		LaunchPlan plan = TdxPlanBuilder.build(row.spec());
		int bfv = -1;
		for (int i = 0; i < plan.getSteps().size(); i++) {
			if (plan.getSteps().get(i).getParameters() instanceof TdxInitMemRegion r && r.isMeasure()) {
				bfv = i;
				break;
			}
		}
		assertTrue(bfv > 0, "the plan has a measured region");
		long pages = ((TdxInitMemRegion) plan.getSteps().get(bfv).getParameters()).getNrPages();
		int before = plan.getSteps().size();
		try (Session session = new Session(plan, SimRun.simulator(plan, TestData.dir()))) {
			session.runTo(bfv, null);
			session.stepInto();
			assertEquals(before + pages - 1, plan.getSteps().size(), "the region became one step per page");
			Step second = plan.getSteps().get(bfv + 1);
			TdxInitMemRegion r = (TdxInitMemRegion) second.getParameters();
			assertEquals(1, r.getNrPages());
			assertEquals(second.getPages().get(0).getGpa(), r.getGpa());
			session.stepInto(); // a single page does not split further
			assertEquals(before + pages - 1, plan.getSteps().size());
			session.runToEnd(null);
			assertTrue(session.isFinished() && !session.hasFailed());
			assertEquals(row.expected(), HexFormat.of().formatHex(session.registers().get(0).getValue()));
		}
	}
}
