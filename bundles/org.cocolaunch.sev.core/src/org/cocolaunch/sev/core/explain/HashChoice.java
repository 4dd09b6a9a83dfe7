/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

/**
 * Whether the launch carried the kernel-hashes table, and with which command-line spelling.
 *
 * @param on      table present (measured direct boot)
 * @param cmdline spelling of the command line when {@code on}
 */
record HashChoice(boolean on, CmdlineVariant cmdline) {

	static final HashChoice OFF = new HashChoice(false, null);

	String label() {
		return on ? "on (cmdline " + cmdline.label() + ")" : "off";
	}
}
