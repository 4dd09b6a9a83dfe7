/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.core.tests.plan.PlanRuns;
import org.cocolaunch.sev.core.tests.plan.SevCaseRow;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * LAUNCH_MEASURE returns MEASURE || MNONCE with MEASURE = HMAC-SHA256(TIK, 0x04 || API_MAJOR || API_MINOR || BUILD ||
 * POLICY || LD || MNONCE) (domain reference §3.1), recomputed here from the row's expected launch digest.
 */
class LaunchMeasureTest {

	@ParameterizedTest
	@ValueSource(strings = { "sev-01", "seves-01", "seves-02" })
	void givenTikAndMnonce(String id) throws Exception {
		SevCaseRow row = SevCaseRow.planRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		byte[] tik = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
		byte[] mnonce = HexFormat.of().parseHex("f0e0d0c0b0a090807060504030201000");
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof SevLaunchStart p) {
				p.setTik(tik);
			}
			if (s.getParameters() instanceof SevLaunchMeasure p) {
				p.setMnonce(mnonce);
			}
		}
		byte[] blob = run(plan).blob();
		assertArrayEquals(expectedMeasure(tik, plan, row.expected(), mnonce), Arrays.copyOf(blob, 32));
		assertArrayEquals(mnonce, Arrays.copyOfRange(blob, 32, 48));
	}

	@ParameterizedTest
	@ValueSource(strings = { "seves-01" })
	void generatedTikAndMnonceVerifyWithTheTik(String id) throws Exception {
		SevCaseRow row = SevCaseRow.planRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		Run run = run(plan);
		byte[] blob = run.blob();
		byte[] tik = run.tik();
		assertNotNull(tik);
		assertEquals(16, tik.length);
		byte[] mnonce = Arrays.copyOfRange(blob, 32, 48);
		assertArrayEquals(expectedMeasure(tik, plan, row.expected(), mnonce), Arrays.copyOf(blob, 32));
	}

	private record Run(byte[] blob, byte[] tik) {
	}

	private static Run run(LaunchPlan plan) throws Exception {
		SevFirmwareSimulator sim = PlanRuns.simulator(plan, TestData.dir());
		try (Session session = new Session(plan, sim)) {
			session.runToEnd(null);
			for (MeasurementRegister r : session.registers()) {
				if (r.getName().equals("LAUNCH_MEASURE")) {
					return new Run(r.getValue(), sim.tik());
				}
			}
		}
		throw new AssertionError("no LAUNCH_MEASURE register");
	}

	private static byte[] expectedMeasure(byte[] tik, LaunchPlan plan, String ldHex, byte[] mnonce) throws Exception {
		int policy = 0;
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof SevLaunchStart p) {
				policy = p.getPolicy();
			}
		}
		SimulatedPlatform platform = SimulatedPlatform.DEFAULT;
		ByteBuffer msg = ByteBuffer.allocate(1 + 3 + 4 + 32 + 16).order(ByteOrder.LITTLE_ENDIAN);
		msg.put((byte) 4).put((byte) platform.apiMajor()).put((byte) platform.apiMinor()).put((byte) platform.build())
				.putInt(policy).put(HexFormat.of().parseHex(ldHex)).put(mnonce);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(tik, "HmacSHA256"));
		return mac.doFinal(msg.array());
	}
}
