/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error QEMU prints when a launch ioctl fails, in every form QEMU 7.x–10.x prints it (target/i386/sev.c,
 * target/i386/kvm/tdx.c; with or without the {@code -accel kvm:} location and whatever timestamp or libvirt wrapper
 * precedes it), e.g. {@code sev_snp_launch_finish: SNP_LAUNCH_FINISH ret=-5 fw_error=11 'Bad measurement'},
 * {@code sev_guest_init: failed to initialize ret=-25 fw_error=0 ''}, {@code KVM_TDX_INIT_MEM_REGION failed
 * Input/output error} (QEMU 8.x TDX trees), {@code KVM_TDX_INIT_VM failed: Invalid argument} and
 * {@code TDX ioctl KVM_TDX_INIT_VM failed, hw_errors: 0x...: Invalid argument}: which command, the ioctl's return
 * value and the firmware or TDX module status.
 *
 * @param line     1-based line number
 * @param command  the command as QEMU names it ({@code SNP_LAUNCH_FINISH}, {@code KVM_TDX_INIT_VM}), or {@code INIT}
 *                 for the "failed to initialize" form (the init command the VM used)
 * @param ret      the ioctl return value (a negative errno; 0 when QEMU printed only the errno's text and it is not
 *                 one this reader knows)
 * @param fwError  the SEV firmware status ({@code fw_error}) or the TDX module's {@code hw_errors}; 0 when none
 * @param message  what QEMU printed after the numbers (the firmware status text or strerror), may be empty
 */
public record FailureLine(int line, String command, long ret, long fwError, String message) {

	/** The longest number a field may have; longer ones are absurd and the line is skipped. */
	private static final int MAX_DIGITS = 20;

	private static final Pattern NAMED = Pattern.compile("\\b((?:SNP_)?LAUNCH_[A-Z_]+|SNP_INIT|INIT2?|SEV_INIT2?)"
			+ "\\s*ret\\s*=\\s*(-?\\d{1," + MAX_DIGITS + "})(?!\\d)\\s*fw_error\\s*=\\s*(-?\\d{1," + MAX_DIGITS
			+ "})(?!\\d)\\s*(.*)$");
	private static final Pattern INIT = Pattern.compile("failed to initiali[sz]e\\s+ret=(-?\\d{1," + MAX_DIGITS
			+ "})(?!\\d)\\s+fw_error=(-?\\d{1," + MAX_DIGITS + "})(?!\\d)\\s*(.*)$");
	private static final Pattern TDX_IOCTL = Pattern.compile("TDX ioctl (KVM_TDX_[A-Z_]+) failed, hw_errors: 0x"
			+ "([0-9a-fA-F]{1,16})(?::\\s*(.*))?$");
	private static final Pattern VM_TYPE = Pattern.compile("vm-type (\\S+) not supported by KVM");
	private static final Pattern TDX = Pattern.compile("\\b(KVM_TDX_[A-Z_]+) failed:?\\s*(.*)$");

	/** The strerror texts QEMU prints for the errnos launch ioctls return (glibc wording), by errno. */
	private static final Map<String, Integer> STRERROR = Map.ofEntries(Map.entry("operation not permitted", 1),
			Map.entry("no such file or directory", 2), Map.entry("interrupted system call", 4),
			Map.entry("input/output error", 5), Map.entry("argument list too long", 7),
			Map.entry("bad file descriptor", 9), Map.entry("resource temporarily unavailable", 11),
			Map.entry("cannot allocate memory", 12), Map.entry("permission denied", 13), Map.entry("bad address", 14),
			Map.entry("device or resource busy", 16), Map.entry("file exists", 17), Map.entry("no such device", 19),
			Map.entry("invalid argument", 22), Map.entry("inappropriate ioctl for device", 25),
			Map.entry("no space left on device", 28), Map.entry("function not implemented", 38),
			Map.entry("operation not supported", 95));

	public FailureLine {
		message = message == null ? "" : message.strip();
	}

	private static final Pattern STRICT_NAMED = Pattern.compile(
			"\\b((?:SNP_)?LAUNCH_[A-Z_]+|SNP_INIT|INIT2?|SEV_INIT2?)\\s*ret\\s*=\\s*(-?\\d+)\\s*fw_error\\s*=\\s*(\\d+)");
	private static final Pattern STRICT_INIT = Pattern.compile("failed to initiali[sz]e\\s+ret=(-?\\d+)\\s+fw_error=(\\d+)");

	/**
	 * The failure on this line, if it has one, for the trace importer. Throws {@link TraceImportException} with the
	 * message {@code <line>: <what>} when a number does not fit what QEMU prints there: {@code ret} is an ioctl's
	 * {@code int} return value, {@code fw_error} the firmware's 32-bit status ({@code %d} or {@code %u}).
	 */
	static Optional<FailureLine> read(int lineNumber, String text) throws TraceImportException {
		if (text.indexOf("ret") >= 0) {
			Matcher m = STRICT_NAMED.matcher(text);
			boolean named = m.find();
			if (!named) {
				m = STRICT_INIT.matcher(text);
			}
			if (named || m.find()) {
				int base = named ? 2 : 1;
				inRange(lineNumber, "ret", m.group(base), Integer.MIN_VALUE, Integer.MAX_VALUE, "an ioctl's int return value");
				inRange(lineNumber, "fw_error", m.group(base + 1), 0, 0xFFFF_FFFFL, "a 32-bit firmware status");
			}
		}
		return find(lineNumber, text);
	}

	/** {@code digits} (an optional minus and decimal digits, as the patterns match) within {@code [min, max]}. */
	private static void inRange(int line, String name, String digits, long min, long max, String what)
			throws TraceImportException {
		BigInteger value = new BigInteger(digits);
		if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
			String shown = digits.length() > 40 ? digits.substring(0, 40) + "..." : digits;
			throw new TraceImportException(line + ": " + name + "=" + shown + " is out of range for " + what + " (" + min
					+ ".." + max + ")");
		}
	}

	/**
	 * The failure {@code text} reports, if it is one of QEMU's launch-failure lines with sane numbers; lines with
	 * absurd numbers are no failure (a failure log is read leniently).
	 */
	public static Optional<FailureLine> find(int lineNumber, String text) {
		if (text.indexOf("ret") >= 0) {
			Matcher m = NAMED.matcher(text);
			if (m.find()) {
				return of(lineNumber, m.group(1), m.group(2), m.group(3), 10, m.group(4));
			}
			m = INIT.matcher(text);
			if (m.find()) {
				return of(lineNumber, "INIT", m.group(1), m.group(2), 10, m.group(3));
			}
		}
		if (text.indexOf("KVM_TDX_") >= 0) {
			Matcher m = TDX_IOCTL.matcher(text);
			if (m.find()) {
				String why = m.group(3) == null ? "" : m.group(3);
				return of(lineNumber, m.group(1), Long.toString(-errnoOf(why)), m.group(2), 16, why);
			}
			m = TDX.matcher(text);
			if (m.find()) {
				return Optional.of(new FailureLine(lineNumber, m.group(1), -errnoOf(m.group(2)), 0, m.group(2)));
			}
		}
		if (text.indexOf("not supported by KVM") >= 0) {
			Matcher m = VM_TYPE.matcher(text);
			if (m.find()) {
				return Optional.of(new FailureLine(lineNumber, "KVM_CREATE_VM", 0, 0, m.group()));
			}
		}
		return Optional.empty();
	}

	private static Optional<FailureLine> of(int line, String command, String ret, String fw, int fwRadix, String msg) {
		try {
			long r = Long.parseLong(ret);
			long f = Long.parseUnsignedLong(fw.startsWith("-") ? fw.substring(1) : fw, fwRadix);
			if (r < Integer.MIN_VALUE || r > Integer.MAX_VALUE || fwRadix == 10 && Long.compareUnsigned(f, 0xFFFFFFFFL) > 0) {
				return Optional.empty(); // no ioctl returns this: not a real failure line
			}
			return Optional.of(new FailureLine(line, command, r, fw.startsWith("-") ? -f : f, msg));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** The errno of a strerror text QEMU printed (glibc wording, any case), or 0 when unknown. */
	public static int errnoOf(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		for (Map.Entry<String, Integer> e : STRERROR.entrySet()) {
			if (t.startsWith(e.getKey())) {
				return e.getValue();
			}
		}
		return 0;
	}

	/** The errno the ioctl failed with (0 when not known). */
	public int errno() {
		return (int) Math.min(Math.abs(ret), Integer.MAX_VALUE);
	}

	/**
	 * The kernel command name of the failing step ({@code KVM_SEV_SNP_LAUNCH_UPDATE}, {@code KVM_TDX_INIT_VM}); for
	 * the "failed to initialize" form {@code KVM_SEV_INIT} stands for the init command family.
	 */
	public String kernelCommand() {
		if (command.startsWith("KVM_")) {
			return command;
		}
		if (isInit()) {
			return "KVM_SEV_INIT";
		}
		return "KVM_SEV_" + command;
	}

	/** Whether the failing command is SEV's init (INIT, ES_INIT or INIT2; which one the VM used is not printed). */
	public boolean isInit() {
		return command.contains("INIT") && !command.startsWith("SNP_LAUNCH") && !command.startsWith("LAUNCH")
				&& !command.startsWith("KVM_TDX");
	}

	/** Whether this failure belongs to a step with the given kernel command name. */
	public boolean matches(String kernelCommand) {
		if (kernelCommand == null) {
			return false;
		}
		if (isInit()) {
			return kernelCommand.startsWith("KVM_SEV") && (kernelCommand.endsWith("_INIT") || kernelCommand.endsWith("_INIT2"));
		}
		return kernelCommand.equals(kernelCommand());
	}
}
