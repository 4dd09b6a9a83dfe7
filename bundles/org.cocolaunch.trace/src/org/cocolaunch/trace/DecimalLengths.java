/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.List;
import java.util.Set;

import org.cocolaunch.core.imports.ImportWarning;

/**
 * Detects logs of QEMU before 5.2, whose region and {@code LAUNCH_UPDATE_DATA} events printed decimal digits after
 * a literal {@code 0x} ({@code "len 0x%zu"}; fixed by "target/i386: tracing: format length values as hex", 2020).
 * One clearly decimal length marks the whole log, so every length of those events is then read as decimal.
 */
final class DecimalLengths {

	private static final Set<String> EVENTS = Set.of("kvm_memcrypt_register_region", "kvm_memcrypt_unregister_region",
			"kvm_sev_launch_update_data");

	private DecimalLengths() {
	}

	/** Whether the log uses decimal lengths; adds one warning at the line that shows it. */
	static boolean detect(List<TraceEvent> events, List<ImportWarning> warnings) {
		for (TraceEvent event : events) {
			if (EVENTS.contains(event.name())) {
				String len = EventArguments.parse(event.arguments()).get("len");
				if (LoggedNumbers.looksLikeDecimalAfter0x(len)) {
					warnings.add(new ImportWarning(event.line(), "len " + len + " is decimal after '0x' (QEMU before 5.2);"
							+ " lengths of region and LAUNCH_UPDATE_DATA events read as decimal"));
					return true;
				}
			}
		}
		return false;
	}
}
