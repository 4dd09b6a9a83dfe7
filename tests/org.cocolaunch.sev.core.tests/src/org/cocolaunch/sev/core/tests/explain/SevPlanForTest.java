/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.explain;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.engine.SevLaunchConfigs;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.explain.GuestFeatureBits;
import org.cocolaunch.sev.core.explain.SevSearchSpace;
import org.cocolaunch.sev.core.explain.SevVariantSearch;
import org.cocolaunch.sev.core.tests.plan.PlanRuns;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SevVendorEngine#planFor}: the plan of every configuration the search finds for a case row, run to the end
 * on the simulated firmware through a {@link Session}, ends with the row's measurement; launches the plan builder
 * does not cover give no plan, with the reason.
 */
class SevPlanForTest {

	private static final Path OVMF = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd");
	private static final SevVendorEngine ENGINE = new SevVendorEngine();

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "snp-01, SEV_SNP", "snp-16, SEV_SNP", "seves-01, SEV_ES", "sev-01, SEV" })
	void thePlanOfAFoundVariantReproducesTheTarget(String row, SevMode mode) throws Exception {
		String target = TestData.caseField("cases-sev.tsv", row, 3);
		SevSearchSpace space = SevSearchSpace.defaults(mode, List.of(OVMF), null, null, null).withMaxVcpus(4)
				.withGuestFeatures(GuestFeatureBits.combinations(0x21));
		SearchResult r = SevVariantSearch.search(space, HexFormat.of().parseHex(target), null);
		assertFalse(r.matches().isEmpty(), row + ": nothing found");
		for (Variant v : r.matches()) {
			LaunchPlan plan = ENGINE.planFor(v);
			assertNotNull(plan, v.commandLine());
			assertNull(ENGINE.planUnavailableReason(v));
			assertTrue(ENGINE.supports(plan));
			try (Session session = new Session(plan,
					ENGINE.createSimulator(plan, new PlanInputs(plan, Path.of("").toAbsolutePath(), Map.of())))) {
				List<StepResult> results = session.runToEnd(null);
				assertEquals(plan.getSteps().size(), results.size());
				for (StepResult s : results) {
					assertEquals(StepStatus.SUCCESS, s.getStatus(), s.getCommand() + ": " + s.getMessage());
				}
				assertEquals(target, PlanRuns.launchDigest(session.registers()), v.commandLine());
			}
		}
	}

	@Test
	void svsmLaunchesGiveNoPlanButAReason() throws Exception {
		SevLaunchConfig c = SevLaunchConfigs.of(SevMode.SEV_SNP_SVSM,
				TestData.file("upstream-sev-snp-measure/svsm_ovmf.fd").toString());
		c.setVcpus(1);
		c.setVcpuType("EPYC-v4");
		c.setSvsm(TestData.file("upstream-sev-snp-measure/svsm.bin").toString());
		c.setVarsSize(131072);
		Variant svsm = new Variant(c, Map.of(), SevLaunchConfigs.measureArguments(c), List.of("MEASUREMENT"), List.of());
		assertNull(ENGINE.planFor(svsm));
		String reason = ENGINE.planUnavailableReason(svsm);
		assertNotNull(reason);
		assertTrue(reason.contains("snp:svsm"), reason);
	}

	@Test
	void unusableInputsAreReported() {
		SevLaunchConfig c = SevLaunchConfigs.of(SevMode.SEV_SNP, OVMF.resolveSibling("no-such-OVMF.fd").toString());
		c.setVcpus(1);
		Variant bad = new Variant(c, Map.of(), SevLaunchConfigs.measureArguments(c), List.of("MEASUREMENT"), List.of());
		ExplainException e = assertThrows(ExplainException.class, () -> ENGINE.planFor(bad));
		assertTrue(e.getMessage().contains("no-such-OVMF.fd"), e.getMessage());
	}
}
