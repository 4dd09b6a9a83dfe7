/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.util.List;
import java.util.Map;

/**
 * One launch configuration of a search, vendor-neutral: the settings that define it (in display order), the
 * arguments of a {@code cocolaunch measure} run that reproduces it, and which measurement registers it determines.
 *
 * @param vendor      "sev" or "tdx"
 * @param settings    dimension name to value, e.g. {@code vcpus=4}, {@code guest-features=0x21}
 * @param measureArgs the arguments after {@code measure} that recompute this configuration's measurement
 * @param determines  registers the inputs determine, e.g. {@code MEASUREMENT}, {@code MRTD}
 * @param notes       caveats people need to know (e.g. settings the measurement cannot tell apart)
 */
public record Variant(String vendor, Map<String, String> settings, List<String> measureArgs, List<String> determines,
		List<String> notes) {

	public Variant {
		settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
		measureArgs = List.copyOf(measureArgs);
		determines = List.copyOf(determines);
		notes = List.copyOf(notes);
	}

	/** The measure command as one shell line ({@code cocolaunch measure ...}), arguments quoted where needed. */
	public String commandLine() {
		StringBuilder b = new StringBuilder("cocolaunch measure");
		for (String a : measureArgs) {
			b.append(' ').append(ShellWords.quote(a));
		}
		return b.toString();
	}
}
