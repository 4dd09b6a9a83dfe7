/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
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

	/** Imports {@code log}; the vendor engine of its commands types the steps and binds {@code inputs}. */
	public static ImportResult importLog(Path log, ImportInputs inputs, VendorEngines engines)
			throws TraceImportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(log);
		} catch (NoSuchFileException e) {
			throw new TraceImportException(log + ": no such file", e);
		} catch (IOException e) {
			throw new TraceImportException(log + ": cannot read: " + e.getMessage(), e);
		}
		// Logs are mostly ASCII; anything else (console garbage) decodes to replacement characters, never fails.
		String text = new String(bytes, StandardCharsets.UTF_8);
		return importLines(log.toString(), text.lines().toList(), inputs, engines);
	}

	/** Imports the lines of a log named {@code source} with the registered vendor engines. */
	public static ImportResult importLines(String source, List<String> lines, ImportInputs inputs)
			throws TraceImportException {
		return importLines(source, lines, inputs, VendorEngines.registered());
	}

	/** Imports the lines of a log named {@code source} (used in messages and the plan's name). */
	public static ImportResult importLines(String source, List<String> lines, ImportInputs inputs,
			VendorEngines engines) throws TraceImportException {
		List<ImportWarning> warnings = new ArrayList<>();
		List<TraceEvent> events = new ArrayList<>();
		List<FailureLine> failures = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Optional<TraceEvent> event = TraceLineReader.read(i + 1, line);
			if (event.isPresent()) {
				events.add(event.get());
			} else {
				FailureLine.read(i + 1, line).ifPresent(failures::add);
			}
		}
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
			Step step = factory.create(event, kind.get(), plan.getSteps().size() + 1);
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
				outcome.setErrno((int) Math.abs(failure.ret()));
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
}
