/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

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
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;

/** A plan run to its end on a fresh simulated TDX module through a core {@link Session}. */
record SimRun(Session session, TdxModuleSimulator backend, List<StepResult> results) {

	static TdxModuleSimulator simulator(LaunchPlan plan, Path inputsDir) {
		return new TdxModuleSimulator(plan, new PlanInputs(plan, inputsDir, Map.of()));
	}

	static SimRun of(LaunchPlan plan, Path inputsDir) throws BackendException {
		TdxModuleSimulator backend = simulator(plan, inputsDir);
		Session session = new Session(plan, backend);
		List<StepResult> results = session.runToEnd(null);
		return new SimRun(session, backend, results);
	}

	/** The hex of a register, or null. */
	String register(String name) {
		for (MeasurementRegister r : session.registers()) {
			if (r.getName().equals(name)) {
				return r.getValue() == null ? null : HexFormat.of().formatHex(r.getValue());
			}
		}
		throw new AssertionError("no register " + name);
	}

	/**
	 * The value a JSON field of the measure tool stands for: {@code mrtd}, {@code rtmrN} or
	 * {@code events[name=X].digest}.
	 */
	String field(String field) {
		if (field.equals("mrtd")) {
			return register("MRTD");
		}
		if (field.matches("rtmr[0-3]")) {
			return register("RTMR" + field.charAt(4));
		}
		if (field.startsWith("events[name=") && field.endsWith("].digest")) {
			String name = field.substring("events[name=".length(), field.length() - "].digest".length());
			return backend.rtmrEvents().stream().filter(e -> e.name().equals(name)).map(RtmrEvent::digestHex).findFirst()
					.orElse(null);
		}
		throw new AssertionError("unknown field " + field);
	}
}
