/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.List;

import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.model.LaunchPlan;

/**
 * What an import produced: the plan (steps in log order), the log line of each step, and the warnings about lines
 * that looked like launch events but could not be fully interpreted.
 */
public record ImportResult(LaunchPlan plan, List<Integer> stepLines, List<ImportWarning> warnings) {

	public ImportResult {
		stepLines = List.copyOf(stepLines);
		warnings = List.copyOf(warnings);
	}

	/** The 1-based log line step {@code index} was imported from; 0 for the implied KVM_CREATE_VM. */
	public int lineOf(int index) {
		return stepLines.get(index);
	}
}
