/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.model.LaunchConfig;

/**
 * One launch configuration a search found: the vendor's typed configuration itself (what front ends hand back to
 * the engine to build or measure the launch), the settings that define it for people (in display order), the
 * {@code cocolaunch measure} arguments that reproduce it (for display and copying only; nothing parses them again),
 * and which measurement registers it determines.
 *
 * @param config      the vendor's typed launch configuration
 * @param settings    dimension name to value, e.g. {@code vcpus=4}, {@code guest-features=0x21}
 * @param measureArgs the arguments after {@code measure} that recompute this configuration's measurement
 * @param determines  registers the inputs determine, e.g. {@code MEASUREMENT}, {@code MRTD}
 * @param notes       caveats people need to know (e.g. settings the measurement cannot tell apart)
 */
public record Variant(LaunchConfig config, Map<String, String> settings, List<String> measureArgs,
		List<String> determines, List<String> notes) {

	public Variant {
		settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
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
