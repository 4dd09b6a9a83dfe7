/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diagnose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reproduces a failure on the simulated firmware: the plan up to and including the failing step, with one cause's
 * change applied by the vendor engine ({@link VendorEngine#applyCause}), run step by step; the cause reproduces the
 * failure when the run fails at the same command with the same errno and, where the log gives one, the same firmware or
 * module status.
 */
public final class FailureReproduction {

	/**
	 * One cause tried.
	 *
	 * @param cause      the cause
	 * @param plan       the changed plan (null when the engine cannot apply the change)
	 * @param reproduced whether the simulator failed the same way
	 * @param result     the simulator's result at the failing step or where it stopped (null when not run)
	 * @param note       why it was not run, or what happened instead (one line), or null
	 */
	public record Attempt(FailureCause cause, LaunchPlan plan, boolean reproduced, StepResult result, String note) {
	}

	/**
	 * Whether a simulator failure with the logged errno and status also agrees with what else the log says about it
	 * (e.g. the CPUID function and index the firmware rejected).
	 *
	 * @param same whether it agrees (a reproduction)
	 * @param note what was compared, or why it does not agree (one line); null when there was nothing more to compare
	 */
	public record Agreement(boolean same, String note) {

		/** Nothing beyond errno and status to compare. */
		public static final Agreement NOTHING_MORE = new Agreement(true, null);
	}

	private FailureReproduction() {
	}

	/** The plan's steps up to and including {@code index}, as a copy. */
	public static LaunchPlan upTo(LaunchPlan plan, int index) {
		LaunchPlan copy = EcoreUtil.copy(plan);
		while (copy.getSteps().size() > index + 1) {
			copy.getSteps().remove(copy.getSteps().size() - 1);
		}
		return copy;
	}

	/** Tries {@code cause} on a copy of {@code plan} (which ends with the failing step); inputs resolve in {@code baseDir}. */
	public static Attempt attempt(VendorEngine engine, LaunchPlan plan, FailureFacts facts, FailureCause cause,
			Path baseDir) {
		if (!cause.reproducible()) {
			return new Attempt(cause, null, false, null, "the simulator has no model of this cause");
		}
		LaunchPlan changed = EcoreUtil.copy(plan);
		int index = changed.getSteps().size() - 1;
		String why = engine.applyCause(changed, index, facts, cause);
		if (why != null) {
			return new Attempt(cause, null, false, null, why);
		}
		index = changed.getSteps().size() - 1;
		try (Session session = new Session(changed, engine.createSimulator(changed, new PlanInputs(changed, baseDir, Map.of())))) {
			List<StepResult> results = session.runToEnd(null);
			StepResult last = results.isEmpty() ? null : results.get(results.size() - 1);
			if (last == null) {
				return new Attempt(cause, changed, false, null, "no step ran");
			}
			boolean same = last.getStepIndex() == index && last.getStatus() == StepStatus.FAILED
					&& matches(last, facts);
			if (!same) {
				String note = last.getStatus() == StepStatus.FAILED ? "fails differently at step " + last.getStepIndex()
						+ " " + last.getCommand() + " (" + last.getMessage() + ")" : "the launch gets past the failing step";
				return new Attempt(cause, changed, false, last, note);
			}
			Agreement details = engine.compareDetails(last, facts);
			return new Attempt(cause, changed, details.same(), last, details.note());
		} catch (BackendException e) {
			return new Attempt(cause, changed, false, null, e.getMessage());
		}
	}

	private static boolean matches(StepResult r, FailureFacts facts) {
		if (facts.errno() != 0 && r.getErrno() != facts.errno()) {
			return false;
		}
		return facts.status() == 0 || r.getFirmwareError() == facts.status()
				|| (facts.status() >>> 32) != 0 && (r.getFirmwareError() >>> 32) == (facts.status() >>> 32);
	}
}
