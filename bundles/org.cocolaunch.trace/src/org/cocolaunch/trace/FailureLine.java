/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error QEMU prints when a launch ioctl fails, e.g.
 * {@code qemu-system-x86_64: sev_snp_launch_finish: SNP_LAUNCH_FINISH ret=-5 fw_error=11 'Bad measurement'} or
 * {@code sev_guest_init: failed to initialize ret=-25 fw_error=0 ''}: which firmware command, the ioctl's return
 * value and the firmware status.
 *
 * @param line      1-based line number
 * @param command   the firmware command QEMU names ({@code SNP_LAUNCH_FINISH}), or {@code INIT} for the
 *                  "failed to initialize" form
 * @param ret       the ioctl return value (a negative errno)
 * @param fwError   the firmware status code
 */
record FailureLine(int line, String command, long ret, long fwError) {

	private static final Pattern NAMED = Pattern.compile(
			"\\b((?:SNP_)?LAUNCH_[A-Z_]+|SNP_INIT|INIT2?|SEV_INIT2?)\\s+ret=(-?\\d+)\\s+fw_error=(\\d+)");
	private static final Pattern INIT = Pattern.compile("failed to initiali[sz]e\\s+ret=(-?\\d+)\\s+fw_error=(\\d+)");

	static Optional<FailureLine> read(int lineNumber, String text) {
		Matcher m = NAMED.matcher(text);
		if (m.find()) {
			return Optional.of(new FailureLine(lineNumber, m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
		}
		m = INIT.matcher(text);
		if (m.find()) {
			return Optional.of(new FailureLine(lineNumber, "INIT", Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
		}
		return Optional.empty();
	}

	/** Whether this failure belongs to a step with the given kernel command name. */
	boolean matches(String kernelCommand) {
		if (command.contains("INIT") && !command.startsWith("SNP_LAUNCH") && !command.startsWith("LAUNCH")) {
			return kernelCommand.endsWith("_INIT") || kernelCommand.endsWith("_INIT2");
		}
		return kernelCommand.equals("KVM_SEV_" + command);
	}
}
