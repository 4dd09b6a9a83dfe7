/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

/** How one verification check ended. */
public enum CheckOutcome {
	/** The check held. */
	PASS,
	/** The check failed; the evidence does not verify. */
	FAIL,
	/** The check could not be made offline or with what was given (says why in its reason); not a failure. */
	NOT_CHECKED;

	/** Lower-case word for JSON and text output. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
