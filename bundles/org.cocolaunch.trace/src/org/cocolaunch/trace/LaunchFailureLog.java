/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cocolaunch.core.diagnose.CpuidRejection;
import org.cocolaunch.core.diagnose.CpuidRejection.Registers;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;

/**
 * What a failure log says about a failed confidential-VM launch, read from any mix of QEMU's stderr (as
 * {@link FailureLine} knows it, plus the SNP CPUID check's report and the metadata page QEMU could not add), QEMU
 * trace lines ({@link TraceLineReader}) and kernel log lines of {@code ccp}, {@code kvm_amd}, {@code SEV},
 * {@code SEV-SNP}, {@code virt/tdx} and {@code kvm_intel}. Knows no vendor: it reports the lines' facts; the vendor
 * engine names the statuses. Reads line by line (a 100 MB log in a few seconds); binary files are refused; lines that
 * are too long or carry absurd numbers are skipped with a warning.
 *
 * @param failure       the first launch command failure (QEMU's line, else the kernel's platform INIT failure), or
 *                      null when the log holds none
 * @param failures      every launch command failure QEMU printed, in log order
 * @param cpuid         the CPUID entries QEMU's SNP CPUID check reported as changed by the firmware
 * @param pageGpa       the guest-physical address of the page QEMU could not add (SNP metadata page), or null
 * @param pageLength    its length, or null
 * @param pageType      its SNP page type number as QEMU printed it, or null
 * @param policy        the guest policy the trace or QEMU printed, or null
 * @param kernelLines   the kernel's SEV/SNP/TDX error lines (text from the subsystem tag on)
 * @param traceEvents   how many QEMU launch trace events the log has (then the trace importer can build the plan)
 * @param lineCount     lines read
 */
public record LaunchFailureLog(FailureLine failure, List<FailureLine> failures, List<CpuidMismatch> cpuid,
		Long pageGpa, Long pageLength, Integer pageType, Long policy, List<KernelLine> kernelLines, int traceEvents,
		long lineCount, List<ImportWarning> warnings) {

	/** Lines longer than this are not log lines (a pasted binary, a base64 blob): skipped with a warning. */
	public static final int MAX_LINE = 64 * 1024;

	/**
	 * One CPUID entry the SNP firmware rejected, at its log line: QEMU's provided values and the firmware's corrected
	 * ones (either null when the log does not give them).
	 */
	public record CpuidMismatch(int line, long function, long index, Registers provided, Registers expected) {

		/** The entry as a diagnosis' fact (without the log line). */
		public CpuidRejection rejection() {
			return new CpuidRejection(function, index, provided, expected);
		}

		/** Four CPUID registers as people read them ({@code eax=0x... edx=0x...}), or {@code ?} when not logged. */
		public static String registers(Registers r) {
			if (r == null) {
				return "?";
			}
			return String.format("eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x", r.eax(), r.ebx(), r.ecx(), r.edx());
		}
	}

	/**
	 * A kernel log line about SEV, SNP or TDX that reports a failure: its tag ({@code ccp}, {@code kvm_amd},
	 * {@code SEV-SNP}, {@code virt/tdx}, ...), the text, and for platform INIT failures the firmware status.
	 */
	public record KernelLine(int line, String tag, String text, Long status) {
	}

	private static final Pattern CPUID = Pattern.compile("CPUID validation failed for function (?:0x)?([0-9a-fA-F]{1,8}),"
			+ "\\s*index:\\s*(?:0x)?([0-9a-fA-F]{1,8})");
	private static final Pattern REGS = Pattern.compile("(provided|expected):\\s*eax:\\s*0x([0-9a-fA-F]{1,8}),\\s*ebx:\\s*"
			+ "0x([0-9a-fA-F]{1,8}),\\s*ecx:\\s*0x([0-9a-fA-F]{1,8}),\\s*edx:\\s*0x([0-9a-fA-F]{1,8})");
	private static final Pattern METADATA_PAGE = Pattern.compile("metadata page gpa 0x([0-9a-fA-F]{1,16})\\+"
			+ "(?:0x)?([0-9a-fA-F]{1,16}) type (\\d{1,3})");
	private static final Pattern POLICY = Pattern.compile("(?:launch_start|LAUNCH_START)\\b.*?\\bpolicy[ =:]+0x([0-9a-fA-F]{1,16})");
	private static final Pattern KERNEL = Pattern.compile("(?:^|[\\s\\]:])(ccp [0-9a-fA-F:.]+|kvm_amd|kvm_intel|SEV-SNP|SEV-ES"
			+ "|SEV|virt/tdx|tdx): (.*)$");
	private static final Pattern KERNEL_INIT = Pattern.compile("failed to INIT(?: rc (-?\\d{1,10}),)? error (0x[0-9a-fA-F]{1,8})");
	private static final Pattern FAILING = Pattern.compile("[Ff]ail|[Ee]rror|ERROR|FAIL|not supported|disabled|[Ii]nvalid");

	public LaunchFailureLog {
		failures = List.copyOf(failures);
		cpuid = List.copyOf(cpuid);
		kernelLines = List.copyOf(kernelLines);
		warnings = List.copyOf(warnings);
	}

	/** Reads {@code log}; {@link TraceImportException} (one line) when it cannot be read or is not text. */
	public static LaunchFailureLog read(Path log) throws TraceImportException {
		// Through the bounded reader, as the trace importer reads: a FIFO or a device is refused, not waited on.
		try (InputStream in = BoundedInput.open(log, InputKind.LOG)) {
			byte[] head = in.readNBytes(HEAD);
			int control = 0;
			for (byte b : head) {
				control += isControl(b) ? 1 : 0;
			}
			checkText(log.toString(), control, head.length);
		} catch (InputFileException e) {
			throw new TraceImportException(e.getMessage(), e);
		} catch (IOException e) {
			throw new TraceImportException(log + ": cannot read: " + e.getMessage(), e);
		}
		try (BufferedReader r = new BufferedReader(new InputStreamReader(BoundedInput.open(log, InputKind.LOG),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
			return read(r);
		} catch (InputFileException e) {
			throw new TraceImportException(e.getMessage(), e);
		} catch (IOException e) {
			throw new TraceImportException(log + ": cannot read: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads pasted text named {@code name} (for messages), refusing it as {@link #read(Path)} refuses a file that is
	 * not text.
	 *
	 * @throws TraceImportException (one line) when the text is not a log (binary junk pasted)
	 */
	public static LaunchFailureLog read(String text, String name) throws TraceImportException {
		int head = Math.min(text.length(), HEAD);
		int control = 0;
		for (int i = 0; i < head; i++) {
			char c = text.charAt(i);
			control += c < 0x80 && isControl((byte) c) || c == '\uFFFD' ? 1 : 0;
		}
		checkText(name, control, head);
		return read(text);
	}

	/** Bytes (or characters) looked at to tell a text log from binary data. */
	private static final int HEAD = 64 * 1024;

	/** Text logs have tabs, line ends and terminal escapes, few other control bytes. */
	private static boolean isControl(byte b) {
		return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x1b) || b == 0x7f;
	}

	private static void checkText(String name, int control, int looked) throws TraceImportException {
		if (control > looked / 20) {
			throw new TraceImportException(name + ": not a text log (" + control + " control bytes in the first "
					+ looked + "); expected QEMU stderr, a QEMU trace or kernel log lines");
		}
	}

	/** Reads pasted text. */
	public static LaunchFailureLog read(String text) {
		try {
			return read(new BufferedReader(new StringReader(text)));
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringReader does not fail
		}
	}

	private static LaunchFailureLog read(BufferedReader r) throws IOException {
		List<FailureLine> failures = new ArrayList<>();
		List<CpuidMismatch> cpuid = new ArrayList<>();
		List<KernelLine> kernel = new ArrayList<>();
		List<ImportWarning> warnings = new ArrayList<>();
		Long gpa = null;
		Long len = null;
		Integer type = null;
		Long policy = null;
		int events = 0;
		int longLines = 0;
		// the CPUID entry whose provided/expected values may follow on the next lines
		long[] open = null;
		Registers[] regs = new Registers[2];
		int openLine = 0;
		int n = 0;
		String line;
		while ((line = r.readLine()) != null) {
			n++;
			if (line.length() > MAX_LINE) {
				if (longLines++ == 0) {
					warnings.add(new ImportWarning(n, "line of " + line.length() + " characters skipped (longer than "
							+ MAX_LINE + "; not a log line)"));
				}
				continue;
			}
			if (line.indexOf("kvm_sev_") >= 0 || line.indexOf("kvm_tdx_") >= 0 || line.indexOf("kvm_memcrypt_") >= 0
					|| line.indexOf("kvm_hc_map") >= 0 || line.indexOf("_handle_reset") >= 0) {
				Optional<TraceEvent> event = TraceLineReader.read(n, line);
				if (event.isPresent()) {
					events++;
					if (policy == null && event.get().name().endsWith("launch_start")) {
						policy = hex(POLICY.matcher(line), 1);
					}
					continue;
				}
			}
			Optional<FailureLine> failure = FailureLine.find(n, line);
			if (failure.isPresent()) {
				failures.add(failure.get());
				continue;
			}
			if (line.indexOf("CPUID validation failed") >= 0) {
				if (open != null) {
					cpuid.add(new CpuidMismatch(openLine, open[0], open[1], regs[0], regs[1]));
				}
				Matcher m = CPUID.matcher(line);
				if (m.find()) {
					open = new long[] { Long.parseLong(m.group(1), 16), Long.parseLong(m.group(2), 16) };
					openLine = n;
					regs = new Registers[2];
				} else {
					open = null;
				}
			}
			if (open != null && (line.indexOf("provided:") >= 0 || line.indexOf("expected:") >= 0)) {
				Matcher m = REGS.matcher(line);
				while (m.find()) {
					regs["provided".equals(m.group(1)) ? 0 : 1] = new Registers(Long.parseLong(m.group(2), 16),
							Long.parseLong(m.group(3), 16), Long.parseLong(m.group(4), 16), Long.parseLong(m.group(5), 16));
				}
				if (regs[0] != null && regs[1] != null) {
					cpuid.add(new CpuidMismatch(openLine, open[0], open[1], regs[0], regs[1]));
					open = null;
				}
				continue;
			}
			if (line.indexOf("metadata page gpa") >= 0) {
				Matcher m = METADATA_PAGE.matcher(line);
				if (m.find()) {
					try {
						gpa = Long.parseUnsignedLong(m.group(1), 16);
						len = Long.parseUnsignedLong(m.group(2), 16);
						type = Integer.valueOf(m.group(3));
					} catch (NumberFormatException e) {
						warnings.add(new ImportWarning(n, "page address or length out of range; ignored"));
					}
				}
				continue;
			}
			if (policy == null && line.indexOf("olicy") >= 0) {
				policy = hex(POLICY.matcher(line), 1);
			}
			if (kernelTag(line) && FAILING.matcher(line).find()) {
				Matcher m = KERNEL.matcher(line);
				if (m.find() && !line.contains("qemu-system")) {
					Matcher init = KERNEL_INIT.matcher(m.group(2));
					Long status = init.find() ? Long.decode(init.group(2)) : null;
					kernel.add(new KernelLine(n, m.group(1).startsWith("ccp") ? "ccp" : m.group(1), m.group(2).strip(),
							status));
				}
			}
		}
		if (open != null) {
			cpuid.add(new CpuidMismatch(openLine, open[0], open[1], regs[0], regs[1]));
		}
		if (longLines > 1) {
			warnings.add(new ImportWarning(0, longLines + " over-long lines skipped in all"));
		}
		FailureLine first = !failures.isEmpty() ? failures.get(0)
				: !cpuid.isEmpty() ? cpuidFailure(cpuid.get(0)) : kernelInitFailure(kernel);
		return new LaunchFailureLog(first, failures, cpuid, gpa, len, type, policy, kernel, events, n, warnings);
	}

	/** A cheap test for a kernel subsystem tag before the regular expressions run. */
	private static boolean kernelTag(String line) {
		return line.indexOf("SEV") >= 0 || line.indexOf("ccp ") >= 0 || line.indexOf("kvm_amd") >= 0
				|| line.indexOf("kvm_intel") >= 0 || line.indexOf("tdx") >= 0;
	}

	/** The kernel's report that the firmware refused platform INIT, as the failure of the guest's init command. */
	private static FailureLine kernelInitFailure(List<KernelLine> kernel) {
		for (KernelLine k : kernel) {
			if (k.status() != null) {
				return new FailureLine(k.line(), "INIT", -5, k.status(), k.text());
			}
		}
		return null;
	}

	/**
	 * QEMU reports the CPUID entries only after SNP_LAUNCH_UPDATE of the CPUID page failed with INVALID_PARAM
	 * (0x16); a log that kept the report but not that line implies it.
	 */
	private static FailureLine cpuidFailure(CpuidMismatch m) {
		return new FailureLine(m.line(), "SNP_LAUNCH_UPDATE", -5, 0x16, "implied by QEMU's CPUID validation report");
	}

	private static Long hex(Matcher m, int group) {
		if (!m.find()) {
			return null;
		}
		try {
			return Long.parseUnsignedLong(m.group(group), 16);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Whether the log names a TDX command (then the TDX engine diagnoses it). */
	public boolean isTdx() {
		return failure != null && failure.command().startsWith("KVM_TDX_")
				|| failure == null && kernelLines.stream().anyMatch(k -> k.tag().contains("tdx") || k.tag().equals("kvm_intel"));
	}

	/** What this reader looks for, for the message when a log holds none of it. */
	public static String lookedFor() {
		return "QEMU's launch errors ('<CMD> ret=N fw_error=M', 'failed to initialize ret=N', 'KVM_TDX_<CMD> failed ...',"
				+ " 'TDX ioctl ... failed, hw_errors'), the kernel's 'SEV: failed to INIT error 0x..' lines";
	}
}
