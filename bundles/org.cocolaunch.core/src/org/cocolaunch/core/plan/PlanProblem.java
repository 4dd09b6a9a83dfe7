/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.plan;

/**
 * One thing wrong with a launch plan, found before it runs: on a step (by index) or on the whole plan
 * ({@code stepIndex} -1), optionally naming the field at fault, so an editor can mark the row and the field.
 *
 * @param field the attribute name at fault (e.g. {@code gpa}, {@code policy}), or null
 */
public record PlanProblem(Severity severity, int stepIndex, String field, String message) {

	/** Errors make the firmware or KVM refuse the plan (or measure something else); warnings look unintended. */
	public enum Severity {
		ERROR, WARNING
	}

	public static PlanProblem error(int stepIndex, String field, String message) {
		return new PlanProblem(Severity.ERROR, stepIndex, field, message);
	}

	public static PlanProblem warning(int stepIndex, String field, String message) {
		return new PlanProblem(Severity.WARNING, stepIndex, field, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** One line for people: "step 3: message" or the message alone for the plan. */
	public String text() {
		return stepIndex < 0 ? message : "step " + stepIndex + ": " + message;
	}
}
