/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/**
 * Imports a QEMU log written with {@code -trace 'kvm_sev*'}, {@code -trace 'kvm_tdx*'} or {@code -d trace:...}
 * (plus the memory-region events) into a launch plan whose steps follow the log line for line: one step per launch
 * ioctl event, in log order, each recording its line, after the implied {@code KVM_CREATE_VM} that QEMU does not
 * trace (line 0, inserted by the vendor engine). Unrelated lines are skipped; lines that look like launch events but
 * cannot be interpreted become warnings; the error QEMU prints when an ioctl fails becomes the expected outcome of
 * that step. A log without any launch event is an error.
 */
public final class QemuTraceImporter {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private QemuTraceImporter() {
	}

	/** Imports {@code log} with the registered vendor engines; {@code inputs} (may be none) bind page contents. */
	public static ImportResult importLog(Path log, ImportInputs inputs) throws TraceImportException {
		return importLog(log, inputs, VendorEngines.registered());
	}

	/** Longest line kept whole; launch event lines are short, a longer line keeps only its start. */
	static final int MAX_LINE = 1 << 20;

	/**
	 * Imports {@code log}; the vendor engine of its commands types the steps and binds {@code inputs}. The log is read
	 * line by line through {@link BoundedInput} (a regular file within {@link InputKind#LOG}'s limit), keeping only
	 * the lines that are launch events or failures, so memory does not grow with the log.
	 */
	public static ImportResult importLog(Path log, ImportInputs inputs, VendorEngines engines)
			throws TraceImportException {
		String source = log.toString();
		Scan scan = new Scan(source);
		try (InputStream in = BoundedInput.open(log, InputKind.LOG)) {
			LineReader reader = new LineReader(in);
			for (String line = reader.next(); line != null; line = reader.next()) {
				if (reader.lineNumber() == Integer.MAX_VALUE) {
					throw new TraceImportException(source + ": more than " + Integer.MAX_VALUE + " lines; not a QEMU log");
				}
				scan.line(reader.lineNumber(), line);
				if (reader.truncated()) {
					scan.warnings.add(new ImportWarning(reader.lineNumber(), "line longer than " + MAX_LINE
							+ " characters; only its start was read"));
				}
			}
		} catch (InputFileException e) {
			throw new TraceImportException(e.getMessage(), e);
		} catch (IOException e) {
			throw new TraceImportException(source + ": cannot read: " + e.getMessage(), e);
		}
		return build(source, scan, inputs, engines);
	}

	/** Imports the lines of a log named {@code source} with the registered vendor engines. */
	public static ImportResult importLines(String source, List<String> lines, ImportInputs inputs)
			throws TraceImportException {
		return importLines(source, lines, inputs, VendorEngines.registered());
	}

	/** Imports the lines of a log named {@code source} (used in messages and the plan's name). */
	public static ImportResult importLines(String source, List<String> lines, ImportInputs inputs,
			VendorEngines engines) throws TraceImportException {
		Scan scan = new Scan(source);
		for (int i = 0; i < lines.size(); i++) {
			scan.line(i + 1, lines.get(i));
		}
		return build(source, scan, inputs, engines);
	}

	/** What the per-line pass keeps: launch events, QEMU's failure lines, warnings. */
	private static final class Scan {
		final String source;
		final List<ImportWarning> warnings = new ArrayList<>();
		final List<TraceEvent> events = new ArrayList<>();
		final List<FailureLine> failures = new ArrayList<>();

		Scan(String source) {
			this.source = source;
		}

		void line(int number, String line) throws TraceImportException {
			Optional<TraceEvent> event = TraceLineReader.read(number, line);
			if (event.isPresent()) {
				events.add(event.get());
			} else {
				try {
					FailureLine.read(number, line).ifPresent(failures::add);
				} catch (TraceImportException e) {
					throw new TraceImportException(source + ":" + e.getMessage(), e);
				}
			}
		}
	}

	private static ImportResult build(String source, Scan scan, ImportInputs inputs, VendorEngines engines)
			throws TraceImportException {
		List<ImportWarning> warnings = scan.warnings;
		List<TraceEvent> events = scan.events;
		List<FailureLine> failures = scan.failures;
		boolean decimalLengths = DecimalLengths.detect(events, warnings);
		StepFactory factory = new StepFactory(decimalLengths, warnings);
		LaunchPlan plan = F.createLaunchPlan();
		List<Integer> stepLines = new ArrayList<>();
		for (TraceEvent event : events) {
			Optional<LaunchEvent> kind = LaunchEvent.of(event.name());
			if (kind.isEmpty()) {
				if (!LaunchEvent.isKnownNonStep(event.name())) {
					warnings.add(new ImportWarning(event.line(), "unknown launch event " + event.name() + "; not imported"));
				}
				continue;
			}
			// Step 0 will be the implied KVM_CREATE_VM, so logged steps are named from 1.
			Step step;
			try {
				step = factory.create(event, kind.get(), plan.getSteps().size() + 1);
			} catch (LoggedNumbers.OutOfRange e) {
				throw new TraceImportException(source + ":" + event.line() + ": " + e.getMessage(), e);
			}
			if (step != null) {
				plan.getSteps().add(step);
				stepLines.add(event.line());
			}
		}
		if (plan.getSteps().isEmpty()) {
			throw new TraceImportException(source + ": no QEMU launch trace events (kvm_sev_*, kvm_tdx_*, kvm_memcrypt_*)"
					+ " found; run QEMU with -trace 'kvm_sev*' (or -d trace:kvm_sev*) and import its log");
		}
		describe(plan, source, events.size());
		VendorEngine engine = engines.forPlan(plan).orElseThrow(() -> new TraceImportException(source + ": no vendor"
				+ " engine for " + plan.getVendor() + " " + plan.getVmType() + " launches is installed"));
		try {
			engine.completeImport(plan, stepLines, inputs, warnings);
		} catch (ImportException e) {
			throw new TraceImportException(e.getMessage(), e);
		}
		for (FailureLine failure : failures) {
			recordFailure(plan, stepLines, failure, engine, warnings);
		}
		warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new ImportResult(plan, stepLines, warnings);
	}

	/** The failure belongs to the last step before it that issued the named command. */
	private static void recordFailure(LaunchPlan plan, List<Integer> stepLines, FailureLine failure,
			VendorEngine engine, List<ImportWarning> warnings) {
		for (int i = plan.getSteps().size() - 1; i >= 0; i--) {
			Step step = plan.getSteps().get(i);
			if (stepLines.get(i) < failure.line() && failure.matches(step.getCommand())) {
				ExpectedOutcome outcome = step.getExpectedOutcome() != null ? step.getExpectedOutcome()
						: F.createExpectedOutcome();
				outcome.setStatus(StepStatus.FAILED);
				if (failure.fwError() != 0) { // fw_error=0: the kernel refused, the firmware was not involved
					String name = engine.firmwareErrorName(failure.fwError());
					outcome.setFirmwareError(name != null ? name : LoggedNumbers.hex(failure.fwError()));
				}
				outcome.setErrno((int) Math.abs(failure.ret())); // ret is an int (FailureLine): |ret| <= 2^31
				step.setExpectedOutcome(outcome);
				step.setDescription(step.getDescription() + "; failed at log line " + failure.line() + ": ret="
						+ failure.ret() + " fw_error=" + failure.fwError()
						+ (outcome.getFirmwareError() == null ? "" : " (" + outcome.getFirmwareError() + ")"));
				return;
			}
		}
		warnings.add(new ImportWarning(failure.line(), "QEMU reports " + failure.command() + " failed (fw_error="
				+ failure.fwError() + ") but no traced step for it precedes this line"));
	}

	private static void describe(LaunchPlan plan, String source, int eventCount) {
		String file = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
		plan.setName("QEMU trace " + file);
		plan.setDescription("Imported from " + source + ": " + plan.getSteps().size() + " launch steps from "
				+ eventCount + " trace events");
		plan.setPreset("QEMU");
		boolean tdx = plan.getSteps().stream().anyMatch(s -> s.getCommand() != null && s.getCommand().startsWith("KVM_TDX_"));
		boolean snp = plan.getSteps().stream()
				.anyMatch(s -> s.getCommand() != null && s.getCommand().startsWith("KVM_SEV_SNP_"));
		boolean es = plan.getSteps().stream().anyMatch(s -> "KVM_SEV_ES_INIT".equals(s.getCommand()));
		plan.setVendor(tdx ? Vendor.INTEL : Vendor.AMD);
		plan.setVmType(tdx ? VmType.TDX : snp ? VmType.SNP : es ? VmType.SEV_ES : VmType.SEV);
	}

	/**
	 * Lines of UTF-8 text as {@link String#lines()} splits them ({@code \n}, {@code \r}, {@code \r\n}), read piece
	 * by piece: bytes that are not UTF-8 become U+FFFD, control characters that XML cannot hold (NUL and most of
	 * C0) become U+FFFD (vertical tab and form feed a blank), and a line keeps at most {@link #MAX_LINE} characters.
	 */
	static final class LineReader {
		private final Reader in;
		private final char[] buffer = new char[1 << 16];
		private int position;
		private int limit;
		private int lineNumber;
		private boolean truncated;
		private boolean skipLineFeed;

		LineReader(InputStream in) {
			this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
		}

		/** 1-based number of the line last returned. */
		int lineNumber() {
			return lineNumber;
		}

		/** Whether the line last returned was cut at {@link #MAX_LINE} characters. */
		boolean truncated() {
			return truncated;
		}

		String next() throws IOException {
			StringBuilder line = new StringBuilder();
			truncated = false;
			boolean any = false;
			while (true) {
				if (position == limit) {
					limit = in.read(buffer, 0, buffer.length);
					position = 0;
					if (limit <= 0) {
						limit = 0;
						if (!any) {
							return null;
						}
						lineNumber++;
						return line.toString();
					}
				}
				char c = buffer[position++];
				if (skipLineFeed) {
					skipLineFeed = false;
					if (c == '\n') {
						continue;
					}
				}
				any = true;
				if (c == '\n' || c == '\r') {
					skipLineFeed = c == '\r';
					lineNumber++;
					return line.toString();
				}
				if (line.length() < MAX_LINE) {
					line.append(clean(c));
				} else {
					truncated = true;
				}
			}
		}

		private static char clean(char c) {
			if (c >= 0x20 || c == '\t') {
				return c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c;
			}
			return c == 0x0B || c == 0x0C ? ' ' : '\uFFFD';
		}
	}
}
