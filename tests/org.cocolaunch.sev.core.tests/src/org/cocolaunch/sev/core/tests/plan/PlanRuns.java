/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.sim.LaunchRegisters;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;

/** Runs plans through a {@link Session} on the simulated firmware and reads the launch measurement. */
public final class PlanRuns {

	private PlanRuns() {
	}

	public static SevFirmwareSimulator simulator(LaunchPlan plan, Path baseDir) {
		return new SevFirmwareSimulator(plan, new PlanInputs(plan, baseDir, Map.of()));
	}

	/** Runs to the end; fails with the first failed step's message. */
	public static String measurement(LaunchPlan plan, Path baseDir) throws BackendException {
		try (Session session = new Session(plan, simulator(plan, baseDir))) {
			List<StepResult> results = session.runToEnd(null);
			for (StepResult r : results) {
				if (r.getStatus() != StepStatus.SUCCESS) {
					throw new AssertionError("step " + r.getStepIndex() + " " + r.getCommand() + " failed: " + r.getMessage());
				}
			}
			if (results.size() != plan.getSteps().size()) {
				throw new AssertionError("ran " + results.size() + " of " + plan.getSteps().size() + " steps");
			}
			return launchDigest(session.registers());
		}
	}

	/** The SNP MEASUREMENT or the SEV LAUNCH_DIGEST, in hex. */
	public static String launchDigest(List<MeasurementRegister> registers) {
		for (MeasurementRegister r : registers) {
			if (r.getName().equals(LaunchRegisters.MEASUREMENT) || r.getName().equals(LaunchRegisters.LAUNCH_DIGEST)) {
				return r.getValue() == null ? null : HexFormat.of().formatHex(r.getValue());
			}
		}
		throw new AssertionError("no launch digest register in " + registers);
	}
}
