/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.util.List;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.ChainBackend;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stepping, running, register history, failure and restart, against a backend whose state is known. */
class SessionTest {

	private static LaunchPlan plan(String... commands) {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		plan.setName("session test");
		for (String command : commands) {
			plan.getSteps().add(ModelFixtures.step(command.toLowerCase(), command, Phase.UPDATE, null));
		}
		return plan;
	}

	private static byte[] chain(String... measured) {
		byte[] d = new byte[32];
		for (String m : measured) {
			d = ChainBackend.extend(d, m);
		}
		return d;
	}

	@Test
	void stepsRecordResultsAndRegisterHistory() throws Exception {
		ChainBackend backend = new ChainBackend();
		try (Session session = new Session(plan("START", "MEASURE_A", "NOTE", "MEASURE_B"), backend)) {
			StepResult first = session.step();
			assertEquals(0, first.getStepIndex());
			assertEquals("START", first.getCommand());
			assertEquals(StepStatus.SUCCESS, first.getStatus());
			assertTrue(first.getDurationNanos() >= 0);
			session.runToEnd(null);
			assertTrue(session.isFinished());
			assertEquals(4, session.trace().getResults().size());

			MeasurementRegister digest = session.registers().get(0);
			assertArrayEquals(chain("MEASURE_A", "MEASURE_B"), digest.getValue());
			assertEquals(List.of(1, 3), digest.getHistory().stream().map(u -> u.getStepIndex()).toList(),
					"only the measuring steps changed the register");
			assertArrayEquals(new byte[32], digest.getHistory().get(0).getBefore());
			assertArrayEquals(chain("MEASURE_A"), digest.getHistory().get(0).getAfter());
			assertArrayEquals(chain("MEASURE_A"), session.trace().getResults().get(2).getRegisters().get(0).getValue(),
					"each result carries the registers after its step");
		}
		assertTrue(backend.closed, "closing the session releases the backend");
	}

	@Test
	void runToStopsBeforeTheGivenStep() throws Exception {
		try (Session session = new Session(plan("A", "B", "C", "D"), new ChainBackend())) {
			List<StepResult> ran = session.runTo(2, null);
			assertEquals(2, ran.size());
			assertEquals(2, session.nextStepIndex());
			assertThrows(IllegalArgumentException.class, () -> session.runTo(1, null));
		}
	}

	@Test
	void failureStopsTheRunAndBlocksFurtherSteps() throws Exception {
		try (Session session = new Session(plan("MEASURE_A", "FAIL", "MEASURE_B"), new ChainBackend())) {
			List<StepResult> ran = session.runToEnd(null);
			assertEquals(2, ran.size());
			StepResult failed = ran.get(1);
			assertEquals(StepStatus.FAILED, failed.getStatus());
			assertEquals("INVALID_GUEST_STATE", failed.getFirmwareErrorName());
			assertTrue(session.hasFailed());
			assertFalse(session.isFinished());
			IllegalStateException e = assertThrows(IllegalStateException.class, session::step);
			assertEquals("step 1 failed; restart at an earlier step first", e.getMessage());
		}
	}

	@Test
	void restartAtAnEarlierStepReplaysToTheSameState() throws Exception {
		ChainBackend backend = new ChainBackend();
		try (Session session = new Session(plan("MEASURE_A", "MEASURE_B", "MEASURE_C"), backend)) {
			session.runToEnd(null);
			byte[] full = session.registers().get(0).getValue().clone();
			session.restartAt(1);
			assertEquals(1, session.nextStepIndex());
			assertEquals(1, session.trace().getResults().size(), "results after the restart point are dropped");
			assertArrayEquals(chain("MEASURE_A"), session.registers().get(0).getValue());
			assertEquals(1, session.registers().get(0).getHistory().size());
			session.runToEnd(null);
			assertArrayEquals(full, session.registers().get(0).getValue());
			assertEquals(5, backend.executed, "3 steps, then 2 again after the restart");
		}
	}

	@Test
	void restartClearsAFailure() throws Exception {
		try (Session session = new Session(plan("MEASURE_A", "FAIL"), new ChainBackend())) {
			session.runToEnd(null);
			assertTrue(session.hasFailed());
			session.restartAt(1);
			assertFalse(session.hasFailed());
			assertEquals(1, session.nextStepIndex());
		}
	}

	@Test
	void terminatedSessionRefusesSteps() throws Exception {
		Session session = new Session(plan("A"), new ChainBackend());
		session.close();
		assertThrows(IllegalStateException.class, session::step);
	}
}
