/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.tests.plan.PlanRuns;
import org.cocolaunch.sev.core.tests.plan.SevCaseRow;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example plans shipped in the doc bundle are what {@link ExamplePlans} generates today, and each runs on the
 * simulated firmware to the measurement of its cases-sev.tsv row.
 */
class ExamplePlansTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void registerVendorPackage() {
		SevPackage.eINSTANCE.getNsURI();
	}

	static List<ExamplePlans.Example> examples() {
		return ExamplePlans.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shippedExampleIsUpToDate(ExamplePlans.Example e) throws Exception {
		ExamplePlans.writeAll(tmp);
		assertEquals(Files.readString(tmp.resolve(e.file()), StandardCharsets.UTF_8),
				Files.readString(ExamplePlans.examplesDir().resolve(e.file()), StandardCharsets.UTF_8),
				e.file() + " is stale: run ExamplePlans to regenerate it");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shippedExampleGivesItsCaseMeasurement(ExamplePlans.Example e) throws Exception {
		LaunchPlan plan = ModelFiles.loadPlan(ExamplePlans.examplesDir().resolve(e.file()));
		assertEquals(e.name(), plan.getName());
		String expected = SevCaseRow.planRows().stream().filter(r -> r.id().equals(e.caseId())).findFirst().orElseThrow()
				.expected();
		Path firmwareDir = TestData.file(ExamplePlans.FIRMWARE).getParent();
		SevFirmwareSimulator sim = new SevFirmwareSimulator(plan, new PlanInputs(plan, firmwareDir, Map.of()));
		try (Session session = new Session(plan, sim)) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(plan.getSteps().size(), results.size());
			assertEquals(StepStatus.SUCCESS, results.get(results.size() - 1).getStatus());
			assertEquals(expected, PlanRuns.launchDigest(session.registers()));
		}
	}
}
