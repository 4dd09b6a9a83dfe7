/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.examples;

import java.util.HexFormat;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step Into issues the 4 MiB firmware update page by page and MEASUREMENT comes out as snp-01. */
class SnpStepIntoTest {

	@Test
	void firmwarePageByPageGivesTheSameMeasurement() throws Exception {
		ExamplePlans.Example example = ExamplePlans.all().get(0);
		LaunchPlan plan = ExamplePlans.build(example);
		int firmware = 3;
		assertEquals(0x400000L, ((SnpLaunchUpdate) plan.getSteps().get(firmware).getParameters()).getLen());
		int before = plan.getSteps().size();
		try (Session session = new Session(plan, new SevVendorEngine().createSimulator(plan,
				new PlanInputs(plan, TestData.dir().resolve("firmware"), Map.of())))) {
			session.runTo(firmware, null);
			session.stepInto();
			assertEquals(before + 1023, plan.getSteps().size(), "the 1024-page update became one step per page");
			SnpLaunchUpdate second = (SnpLaunchUpdate) plan.getSteps().get(firmware + 1).getParameters();
			assertEquals(0xffc01L, second.getGfnStart());
			assertEquals(0x1000L, second.getLen());
			session.runToEnd(null);
			assertTrue(session.isFinished() && !session.hasFailed());
			assertEquals(TestData.caseField("cases-sev.tsv", example.caseId(), 3),
					HexFormat.of().formatHex(session.registers().get(0).getValue()));
		}
	}
}
