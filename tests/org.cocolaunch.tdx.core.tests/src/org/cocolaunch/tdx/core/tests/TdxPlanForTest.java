/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.cocolaunch.tdx.core.explain.TdxSearchSpace;
import org.cocolaunch.tdx.core.explain.TdxVariantSearch;
import org.cocolaunch.tdx.core.plan.TdxRegisterNames;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TdxVendorEngine#planFor}: the plan of the configuration the search finds for an MRTD case row, run to the
 * end on the simulated TDX module through a {@link Session}, ends with the row's MRTD.
 */
class TdxPlanForTest {

	private static final Path TDVF = TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd");
	private static final TdxVendorEngine ENGINE = new TdxVendorEngine();

	@ParameterizedTest
	@ValueSource(strings = { "mrtd-01", "mrtd-02" })
	void thePlanOfTheFoundVariantReproducesTheMrtd(String row) throws Exception {
		String target = TestData.caseField("cases-tdx.tsv", row, 3);
		SearchResult r = TdxVariantSearch.search(TdxSearchSpace.defaults(List.of(TDVF)), HexFormat.of().parseHex(target),
				null);
		assertEquals(1, r.matches().size(), r.matches().toString());
		Variant v = r.matches().get(0);
		LaunchPlan plan = ENGINE.planFor(v);
		assertNotNull(plan, v.commandLine());
		assertTrue(ENGINE.supports(plan));
		try (Session session = new Session(plan,
				ENGINE.createSimulator(plan, new PlanInputs(plan, Path.of("").toAbsolutePath(), Map.of())))) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(plan.getSteps().size(), results.size());
			for (StepResult s : results) {
				assertEquals(StepStatus.SUCCESS, s.getStatus(), s.getCommand() + ": " + s.getMessage());
			}
			MeasurementRegister mrtd = session.registers().stream()
					.filter(m -> m.getName().equals(TdxRegisterNames.MRTD)).findFirst().orElseThrow();
			assertEquals(target, HexFormat.of().formatHex(mrtd.getValue()));
		}
	}
}
