/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.examples;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped ID-block example: it launches with the snp-01 measurement, and a wrong expected measurement (LD) in
 * the ID block makes SNP_LAUNCH_FINISH fail with BAD_MEASUREMENT, as reported in AMDSEV issue #195.
 */
class IdBlockExampleTest {

	private static final SevVendorEngine ENGINE = new SevVendorEngine();

	private static LaunchPlan shipped() throws Exception {
		return ModelFiles.loadPlan(ExamplePlans.examplesDir().resolve(IdBlockExample.FILE));
	}

	private static Session session(LaunchPlan plan) throws Exception {
		return new Session(plan, ENGINE.createSimulator(plan,
				new PlanInputs(plan, TestData.dir().resolve("firmware"), Map.of())));
	}

	@Test
	void shippedIdBlockExampleLaunchesWithTheSnp01Measurement() throws Exception {
		LaunchPlan plan = shipped();
		String expected = TestData.caseField("cases-sev.tsv", "snp-01", 3);
		assertEquals(expected, HexFormat.of().formatHex(IdBlockExample.finishParameters(plan).getIdBlock().getLd()));
		try (Session session = session(plan)) {
			List<StepResult> results = session.runToEnd(null);
			assertTrue(session.isFinished(), "all steps succeed: " + results.get(results.size() - 1).getMessage());
		}
	}

	@Test
	void wrongExpectedMeasurementGivesBadMeasurement() throws Exception {
		LaunchPlan plan = shipped();
		byte[] ld = IdBlockExample.finishParameters(plan).getIdBlock().getLd().clone();
		ld[0] ^= 1;
		IdBlockExample.finishParameters(plan).getIdBlock().setLd(ld);
		try (Session session = session(plan)) {
			List<StepResult> results = session.runToEnd(null);
			StepResult last = results.get(results.size() - 1);
			assertEquals(StepStatus.FAILED, last.getStatus());
			assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", last.getCommand());
			assertEquals("BAD_MEASUREMENT", last.getFirmwareErrorName());
			assertEquals(11, last.getFirmwareError(), "fw_error=11, as QEMU printed in AMDSEV issue #195");
		}
	}
}
