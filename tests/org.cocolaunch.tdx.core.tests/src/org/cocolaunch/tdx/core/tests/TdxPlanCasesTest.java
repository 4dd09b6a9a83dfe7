/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.cocolaunch.core.io.ModelEquality;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.model.TdxPackage;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of {@code cases-tdx.tsv} through the engine API: the row's options become a TDX launch plan, the plan runs
 * on the simulated TDX module in a core Session, and the register (MRTD, RTMRn) or RTMR event digest the row selects
 * must equal the row's expected value. The same holds after the plan went through a save and a load.
 */
class TdxPlanCasesTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void registerVendorPackage() {
		TdxPackage.eINSTANCE.eClass(); // what the generated_package extension does under OSGi
	}

	static Stream<CaseRow> rows() {
		return CaseRow.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void planRunGivesExpectedValue(CaseRow row) throws Exception {
		LaunchPlan plan = TdxPlanBuilder.build(row.spec());
		SimRun run = SimRun.of(plan, TestData.dir());
		assertTrue(run.session().isFinished(), row.id() + ": plan did not run to its end: " + run.results());
		assertFalse(run.results().stream().anyMatch(r -> r.getStatus() != StepStatus.SUCCESS), row.id() + ": a step failed");
		assertEquals(row.expected(), run.field(row.field()), row.id() + " " + row.field());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void planSurvivesSaveAndLoad(CaseRow row) throws Exception {
		LaunchPlan plan = TdxPlanBuilder.build(row.spec());
		Path file = tmp.resolve(row.id() + ".cclaunch");
		ModelFiles.save(plan, file);
		LaunchPlan loaded = ModelFiles.loadPlan(file);
		assertTrue(ModelEquality.equals(plan, loaded), row.id() + ": loaded plan differs from the saved one");
		assertEquals(row.expected(), SimRun.of(loaded, TestData.dir()).field(row.field()), row.id() + " after load");
	}
}
