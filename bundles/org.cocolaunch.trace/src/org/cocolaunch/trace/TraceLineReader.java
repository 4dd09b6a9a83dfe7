/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the QEMU trace event in one log line, whatever came before it. QEMU's {@code log} trace backend writes
 * {@code <event> <args>} or, with timestamps, {@code <tid>@<sec>.<usec>:<event> <args>} (domain reference §6); logs
 * reach users through journald, syslog, libvirt's per-domain log ({@code 2024-01-01 12:00:00.000+0000: 1234: ...})
 * or the kernel's ftrace buffer, each adding its own header. Rather than knowing every header, the reader looks for
 * the first event name of the families that matter that starts the line or follows a blank, a colon or a bracket.
 */
final class TraceLineReader {

	/** Event families: SEV/SNP launch, memory encryption regions, TDX, the guest's map-GPA-range hypercall, resets. */
	private static final Pattern EVENT = Pattern.compile(
			"(?:^|[\\s:\\]|>])((?:kvm_sev_|kvm_memcrypt_|kvm_tdx_)\\w+|kvm_hc_map_gpa_range|tdx_handle_reset|sev_handle_reset)"
					+ "(?=\\s|$)(.*)$");

	private TraceLineReader() {
	}

	/** The event in {@code text}, if the line has one; comment lines ({@code #...}) have none. */
	static Optional<TraceEvent> read(int lineNumber, String text) {
		if (text.stripLeading().startsWith("#")) {
			return Optional.empty();
		}
		Matcher m = EVENT.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new TraceEvent(lineNumber, m.group(1), m.group(2).strip()));
	}
}
