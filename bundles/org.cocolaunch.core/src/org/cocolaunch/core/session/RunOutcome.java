/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import java.util.List;

import org.cocolaunch.model.StepResult;

/**
 * How a run ended: the steps it issued and why it stopped — a condition (before or after a step), a failed step,
 * the end of the plan, or cancellation.
 */
public record RunOutcome(List<StepResult> results, Reason reason, StopCondition condition) {

	public enum Reason {
		/** A condition matched before the next step was issued. */
		STOPPED_BEFORE_STEP,
		/** A condition matched after a step. */
		STOPPED_AFTER_STEP,
		/** A step failed; the launch cannot go on. */
		STEP_FAILED,
		/** Every step was issued. */
		FINISHED,
		/** The caller cancelled. */
		CANCELLED
	}
}
