/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.imports;

/**
 * A log line the importer could not fully interpret although it looks like a launch event (or a finding about the
 * given input files, with line 0). Never fatal: the plan is still produced.
 *
 * @param line    1-based line number in the log, 0 when the warning is not about one line
 * @param message one line saying what was wrong
 */
public record ImportWarning(int line, String message) {

	/** {@code "line 12: message"}, or just the message for line 0. */
	@Override
	public String toString() {
		return line > 0 ? "line " + line + ": " + message : message;
	}
}
