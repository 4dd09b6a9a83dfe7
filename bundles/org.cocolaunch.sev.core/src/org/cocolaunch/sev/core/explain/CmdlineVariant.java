/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

/**
 * Spellings of the kernel command line that different VMMs, libvirt versions and scripts produce for the "same"
 * cmdline. The hash always adds one NUL (QEMU); these are what may come on top of it.
 */
public enum CmdlineVariant {
	AS_GIVEN("as given"),
	/** A second NUL: the string handed to QEMU already ended in one. */
	TRAILING_NUL("trailing NUL"),
	/** A trailing space, as scripts joining arguments leave it. */
	TRAILING_SPACE("trailing space");

	private final String label;

	CmdlineVariant(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The command line this variant hashes; {@code null} stays {@code null} (only {@link #AS_GIVEN} applies). */
	public String apply(String cmdline) {
		if (cmdline == null) {
			return null;
		}
		return switch (this) {
		case AS_GIVEN -> cmdline;
		case TRAILING_NUL -> cmdline + "\0";
		case TRAILING_SPACE -> cmdline + " ";
		};
	}

	/** Whether a shell can pass the result as {@code --append} (no NUL in command-line arguments). */
	public boolean passableAsArgument() {
		return this != TRAILING_NUL;
	}
}
