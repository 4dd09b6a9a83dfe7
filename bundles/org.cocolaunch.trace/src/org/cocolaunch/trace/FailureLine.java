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

	/**
	 * The failure on this line, if it has one. Throws {@link TraceImportException} with the message
	 * {@code <line>: <what>} when a number does not fit what QEMU prints there: {@code ret} is an ioctl's {@code int}
	 * return value, {@code fw_error} the firmware's 32-bit status ({@code %d} or {@code %u}).
	 */
	static Optional<FailureLine> read(int lineNumber, String text) throws TraceImportException {
		Matcher m = NAMED.matcher(text);
		if (m.find()) {
			return Optional.of(new FailureLine(lineNumber, m.group(1), ret(lineNumber, m.group(2)),
					fwError(lineNumber, m.group(3))));
		}
		m = INIT.matcher(text);
		if (m.find()) {
			return Optional.of(new FailureLine(lineNumber, "INIT", ret(lineNumber, m.group(1)),
					fwError(lineNumber, m.group(2))));
		}
		return Optional.empty();
	}

	private static long ret(int line, String digits) throws TraceImportException {
		return inRange(line, "ret", digits, Integer.MIN_VALUE, Integer.MAX_VALUE, "an ioctl's int return value");
	}

	private static long fwError(int line, String digits) throws TraceImportException {
		return inRange(line, "fw_error", digits, 0, 0xFFFF_FFFFL, "a 32-bit firmware status");
	}

	/** {@code digits} (an optional minus and decimal digits, as the patterns match) within {@code [min, max]}. */
	private static long inRange(int line, String name, String digits, long min, long max, String what)
			throws TraceImportException {
		java.math.BigInteger value = new java.math.BigInteger(digits);
		if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0 || value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
			String shown = digits.length() > 40 ? digits.substring(0, 40) + "..." : digits;
			throw new TraceImportException(line + ": " + name + "=" + shown + " is out of range for " + what + " (" + min
					+ ".." + max + ")");
		}
		return value.longValue();
	}

	/** Whether this failure belongs to a step with the given kernel command name. */
	boolean matches(String kernelCommand) {
		if (command.contains("INIT") && !command.startsWith("SNP_LAUNCH") && !command.startsWith("LAUNCH")) {
			return kernelCommand.endsWith("_INIT") || kernelCommand.endsWith("_INIT2");
		}
		return kernelCommand.equals("KVM_SEV_" + command);
	}
}
