/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.rosetta;

/** What a Vendor Rosetta row compares for a phase. */
public enum RosettaAspect {
	COMMAND("command"), DATA("what data goes where"), MEASUREMENT("effect on the measurement");

	private final String title;

	RosettaAspect(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
