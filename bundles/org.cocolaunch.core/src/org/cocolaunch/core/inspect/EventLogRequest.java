/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.nio.file.Path;

/**
 * What a front end asks a vendor engine to decode: a measured-boot event log, optionally with the evidence of the same
 * boot (quote or report) and the launch inputs to predict the log from.
 *
 * @param log      the event log file
 * @param evidence a quote or report whose registers the replay is compared with, or null
 * @param firmware the firmware image the guest was launched with, or null (then nothing is predicted)
 * @param kernel   direct-boot kernel, or null
 * @param initrd   initrd, or null
 * @param append   kernel command line, or null
 * @param memory   guest RAM in bytes, or 0 for the VMM's default
 */
public record EventLogRequest(Path log, Path evidence, Path firmware, Path kernel, Path initrd, String append, long memory) {

	/** Just the log. */
	public static EventLogRequest of(Path log) {
		return new EventLogRequest(log, null, null, null, null, null, 0);
	}
}
