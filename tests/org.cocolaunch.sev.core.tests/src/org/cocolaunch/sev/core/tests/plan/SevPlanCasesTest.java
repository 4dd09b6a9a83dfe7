/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.Vmsa;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every SEV, SEV-ES and SNP row of cases-sev.tsv: the built plan, run step by step on the simulated firmware, ends with
 * the row's expected measurement — also after saving the plan and loading it back.
 */
class SevPlanCasesTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void registerVendorPackage() {
		SevPackage.eINSTANCE.getNsURI();
	}

	static List<SevCaseRow> rows() throws IOException {
		return SevCaseRow.planRows();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void planRunGivesTheExpectedMeasurement(SevCaseRow row) throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		assertEquals(row.expected(), PlanRuns.measurement(plan, TestData.dir()), row.id());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void savedAndLoadedPlanGivesTheSameMeasurement(SevCaseRow row) throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row.request().withPlanDir(TestData.dir()));
		Path file = tmp.resolve(row.id() + ".cclaunch");
		ModelFiles.save(plan, file);
		LaunchPlan loaded = ModelFiles.loadPlan(file);
		assertEquals(plan.getSteps().size(), loaded.getSteps().size());
		assertEquals(row.expected(), PlanRuns.measurement(loaded, TestData.dir()), row.id());
	}

	@Test
	void traceWithVmsasSavesAndLoads() throws Exception {
		SevCaseRow row = rows().stream().filter(r -> r.id().equals("snp-03")).findFirst().orElseThrow();
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		try (Session session = new Session(plan, PlanRuns.simulator(plan, TestData.dir()))) {
			session.runToEnd(null);
			Path file = tmp.resolve("snp-03.cctrace");
			ModelFiles.save(session.trace(), file);
			LaunchTrace loaded = ModelFiles.loadTrace(file);
			StepResult last = loaded.getResults().get(loaded.getResults().size() - 1);
			assertEquals(plan.getSteps().size(), loaded.getResults().size());
			assertEquals(row.expected(), HexFormat.of().formatHex(last.getRegisters().get(0).getValue()));
			assertEquals(2, last.getVcpus().size());
			assertInstanceOf(Vmsa.class, last.getVcpus().get(1).getState());
			assertEquals(0x00A00F11L, ((Vmsa) last.getVcpus().get(1).getState()).getRdx()); // EPYC-Milan (§3.2.6)
		}
	}

	@Test
	void everyModeIsCovered() throws IOException {
		List<SevCaseRow> rows = rows();
		assertTrue(rows.stream().anyMatch(r -> r.request().mode().cliName().equals("sev")));
		assertTrue(rows.stream().anyMatch(r -> r.request().mode().cliName().equals("seves")));
		assertTrue(rows.stream().anyMatch(r -> r.request().mode().cliName().equals("snp")));
	}
}
