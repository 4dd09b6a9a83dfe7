/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.diagnose.CpuidRejection;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction;
import org.cocolaunch.core.diagnose.FailureReproduction.Attempt;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.vendor.LaunchConfigException;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Diagnoses a failure log: finds the failing step ({@link LaunchFailureLog}), asks the vendor engines for its
 * ranked causes, builds the plan up to and including that step (from the log's trace lines through the importer,
 * else from the given firmware through {@link VendorEngine#buildPlan}, else the vendor's default QEMU sequence),
 * marks the failure on it, and tries every cause on the simulated firmware ({@link FailureReproduction}).
 */
public final class LogDiagnosis {

	/** Where the plan came from. */
	public enum PlanSource {
		TRACE, FIRMWARE, DEFAULT, NONE
	}

	/**
	 * The diagnosis.
	 *
	 * @param log          what the log says
	 * @param facts        the failing step, typed (null when the log holds no launch failure)
	 * @param engine       the vendor engine that knows the command (null when none)
	 * @param statusName   the firmware/module status by name, or null
	 * @param pageType     the failing page's type by name, or null
	 * @param causes       ranked causes (empty when none is catalogued)
	 * @param plan         the plan up to and including the failing step, marked with the failure; null when none
	 * @param source       where the plan came from
	 * @param planNote     why there is no plan (one line), or null
	 * @param attempts     one per cause, in rank order
	 * @param warnings     lines skipped or not understood
	 */
	public record Diagnosis(LaunchFailureLog log, FailureFacts facts, VendorEngine engine, String statusName,
			String pageType, List<FailureCause> causes, LaunchPlan plan, PlanSource source, String planNote,
			List<Attempt> attempts, List<ImportWarning> warnings) {

		/** Whether at least one cause made the simulator fail the same way. */
		public boolean reproduced() {
			return attempts.stream().anyMatch(Attempt::reproduced);
		}

		/** The first cause that reproduced the failure, or null. */
		public Attempt firstReproduced() {
			return attempts.stream().filter(Attempt::reproduced).findFirst().orElse(null);
		}

		/**
		 * The one line that says the log holds no launch failure, naming the log as {@code logName} and what was
		 * looked for (the CLI's exit-1 message; the workbench's error).
		 */
		public String noFailureMessage(String logName) {
			return logName + ": no recognisable launch failure in " + log.lineCount() + " lines; looked for "
					+ LaunchFailureLog.lookedFor();
		}

		/** The firmware/module status for people: name and number, or why there is none. Needs {@link #facts}. */
		public String statusText() {
			long st = facts.status();
			if (st == 0) {
				return "none (the kernel refused before the firmware ran)";
			}
			return statusName == null ? "0x" + Long.toHexString(st) : statusName + " (0x" + Long.toHexString(st) + ")";
		}

		/** The failing page as people read it ({@code gpa 0x.. len 0x.. type NAME}), or null when the log names none. */
		public String pageText() {
			if (facts.gpa() == null) {
				return null;
			}
			return "gpa 0x" + Long.toHexString(facts.gpa()) + (facts.length() == null ? "" : " len 0x"
					+ Long.toHexString(facts.length())) + (pageType == null ? "" : " type " + pageType);
		}

		/** The attempt of the cause at {@code rank} (0-based), or null when none was made (no plan). */
		public Attempt attempt(int rank) {
			return rank >= 0 && rank < attempts.size() ? attempts.get(rank) : null;
		}

		/**
		 * The plan to debug for the cause at {@code rank}: the plan with its change applied when the vendor engine
		 * could apply it, else the plan marked with the failure (null when there is no plan).
		 */
		public LaunchPlan planFor(int rank) {
			Attempt a = attempt(rank);
			return a != null && a.plan() != null ? a.plan() : plan;
		}

		/** The plan to save when no cause was chosen: the first reproducing cause's, else the marked plan, or null. */
		public LaunchPlan planToSave() {
			Attempt first = firstReproduced();
			return first != null ? first.plan() : plan;
		}

		/** The index of the failing step in a plan of this diagnosis ({@link #plan}, {@link #planFor}): its last. */
		public static int failingStep(LaunchPlan plan) {
			return plan.getSteps().size() - 1;
		}
	}

	/** Imports the log's trace lines into a plan (from a file or from pasted lines). */
	@FunctionalInterface
	private interface TraceImport {
		ImportResult run() throws TraceImportException;
	}

	private LogDiagnosis() {
	}

	/**
	 * Diagnoses {@code logFile}. {@code mode} (may be null) names the guest mode for a plan from {@code inputs}'
	 * firmware; relative paths resolve in {@code workingDir}.
	 *
	 * @throws TraceImportException when the log cannot be read or is not text (one line)
	 */
	public static Diagnosis diagnose(Path logFile, ImportInputs inputs, String mode, Path workingDir,
			VendorEngines engines) throws TraceImportException {
		return diagnose(logFile, inputs, mode, workingDir, engines, null);
	}

	/**
	 * Diagnoses {@code logFile} as {@link #diagnose(Path, ImportInputs, String, Path, VendorEngines)} does, reporting
	 * progress to {@code monitor} (may be null) and stopping between stages when it is cancelled.
	 *
	 * @throws TraceImportException when the log cannot be read or is not text (one line)
	 * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} was cancelled
	 */
	public static Diagnosis diagnose(Path logFile, ImportInputs inputs, String mode, Path workingDir,
			VendorEngines engines, IProgressMonitor monitor) throws TraceImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing " + logFile.getFileName(), 10);
		progress.subTask("Reading " + logFile);
		LaunchFailureLog log = LaunchFailureLog.read(logFile);
		Path parent = logFile.toAbsolutePath().getParent();
		return diagnose(log, () -> QemuTraceImporter.importLog(logFile, inputs, engines), inputs, mode,
				parent != null ? parent : workingDir, workingDir, engines, progress.split(9));
	}

	/**
	 * Diagnoses pasted log text named {@code name} (for messages and the plan's name), as a file's lines would be;
	 * relative paths in {@code inputs} resolve in {@code workingDir}.
	 *
	 * @throws TraceImportException when the text is not a log (binary junk pasted), in one line
	 * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} (may be null) was cancelled
	 */
	public static Diagnosis diagnoseText(String text, String name, ImportInputs inputs, String mode, Path workingDir,
			VendorEngines engines, IProgressMonitor monitor) throws TraceImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing " + name, 10);
		progress.subTask("Reading " + name);
		LaunchFailureLog log = LaunchFailureLog.read(text, name);
		return diagnose(log, () -> QemuTraceImporter.importLines(name, text.lines().toList(), inputs, engines), inputs,
				mode, workingDir, workingDir, engines, progress.split(9));
	}

	/**
	 * Diagnoses a log already read; {@code traceImport} builds the plan from its trace lines; {@code baseDir} resolves
	 * the plan's inputs for the simulator runs.
	 */
	private static Diagnosis diagnose(LaunchFailureLog log, TraceImport traceImport, ImportInputs inputs, String mode,
			Path baseDir, Path workingDir, VendorEngines engines, SubMonitor progress) {
		progress.setWorkRemaining(10);
		List<ImportWarning> warnings = new ArrayList<>(log.warnings());
		FailureLine failure = log.failure();
		if (failure == null) {
			return new Diagnosis(log, null, null, null, null, List.of(), null, PlanSource.NONE, null, List.of(), warnings);
		}
		LaunchFailureLog.CpuidMismatch cpuid = log.cpuid().isEmpty() ? null : log.cpuid().get(0);
		List<CpuidRejection> rejected = log.cpuid().stream().map(LaunchFailureLog.CpuidMismatch::rejection).toList();
		FailureFacts facts = new FailureFacts(failure.kernelCommand(), failure.errno(), failure.fwError(), log.pageGpa(),
				log.pageLength(), log.pageType(), log.policy(), cpuid == null ? null : cpuid.function(),
				cpuid == null ? null : cpuid.index(), rejected);
		VendorEngine engine = null;
		List<FailureCause> causes = List.of();
		for (VendorEngine e : engines.all()) {
			List<FailureCause> c = e.failureCauses(facts.command(), facts.errno(), facts.status());
			if (!c.isEmpty()) {
				engine = e;
				causes = c;
				break;
			}
		}
		boolean snpHint = log.policy() != null || mentionsSnp(log);
		if (engine == null) {
			for (VendorEngine e : engines.all()) {
				if (e.defaultPlan(facts.command(), facts, snpHint) != null) {
					engine = e;
					break;
				}
			}
		}
		if (engine == null) {
			return new Diagnosis(log, facts, null, null, null, causes, null, PlanSource.NONE,
					"no installed vendor engine knows " + facts.command(), List.of(), warnings);
		}
		String status = facts.status() == 0 ? null : engine.firmwareErrorName(facts.status());
		String pageType = facts.pageType() == null ? null : engine.loggedPageType(facts.command(), facts.pageType());
		// the plan
		LaunchPlan plan = null;
		PlanSource source = PlanSource.NONE;
		String note = null;
		progress.checkCanceled();
		progress.subTask("Building the plan up to " + facts.command());
		if (log.traceEvents() > 0) {
			try {
				ImportResult imported = traceImport.run();
				warnings.addAll(imported.warnings());
				plan = imported.plan();
				source = PlanSource.TRACE;
			} catch (TraceImportException e) {
				note = e.getMessage();
			}
		}
		if (plan == null && inputs.firmware() != null) {
			String m = mode != null ? mode : defaultMode(engine, facts.command(), snpHint);
			LaunchConfig config = engine.newConfig(m);
			if (config == null) {
				note = "mode '" + m + "' is not one of " + engine.displayName() + "'s " + engine.modes();
			} else {
				config.setFirmware(inputs.firmware().toString());
				config.setKernel(inputs.kernel() == null ? null : inputs.kernel().toString());
				config.setInitrd(inputs.initrd() == null ? null : inputs.initrd().toString());
				config.setAppend(inputs.cmdline());
				try {
					plan = engine.buildPlan(config, workingDir);
					source = plan == null ? PlanSource.NONE : PlanSource.FIRMWARE;
					if (plan == null) {
						note = engine.planUnavailableReason(config);
					}
				} catch (LaunchConfigException e) {
					note = e.getMessage();
				}
			}
		}
		if (plan == null) {
			plan = engine.defaultPlan(facts.command(), facts, snpHint);
			source = plan == null ? PlanSource.NONE : PlanSource.DEFAULT;
			if (plan == null && note == null) {
				note = engine.displayName() + " has no default sequence for " + facts.command()
						+ "; give --ovmf or a log with QEMU trace lines";
			}
		}
		progress.worked(3);
		List<Attempt> attempts = new ArrayList<>();
		if (plan != null) {
			int index = failingIndex(plan, failure);
			if (index < 0) {
				note = "the plan has no " + facts.command() + " step";
				plan = null;
				source = PlanSource.NONE;
			} else {
				plan = FailureReproduction.upTo(plan, index);
				mark(plan.getSteps().get(index), facts, status, failure);
				SubMonitor each = progress.split(7).setWorkRemaining(Math.max(1, causes.size()));
				for (FailureCause cause : causes) {
					each.checkCanceled();
					each.subTask("Reproducing on the simulator: " + cause.id());
					attempts.add(FailureReproduction.attempt(engine, plan, facts, cause, baseDir));
					each.worked(1);
				}
			}
		}
		return new Diagnosis(log, facts, engine, status, pageType, causes, plan, source, note, attempts, warnings);
	}

	private static boolean mentionsSnp(LaunchFailureLog log) {
		return log.failures().stream().anyMatch(f -> f.command().startsWith("SNP_"))
				|| log.kernelLines().stream().anyMatch(k -> k.tag().equals("SEV-SNP"));
	}

	private static String defaultMode(VendorEngine engine, String command, boolean snpHint) {
		List<String> modes = engine.modes();
		String want = command.startsWith("KVM_TDX_") ? "tdx" : command.startsWith("KVM_SEV_SNP_") || snpHint ? "snp"
				: command.equals("KVM_SEV_LAUNCH_UPDATE_VMSA") ? "seves" : "sev";
		return modes.contains(want) || modes.isEmpty() ? want : modes.get(0);
	}

	/** The failing step: the one the importer marked failed, else the last step that issued the command. */
	private static int failingIndex(LaunchPlan plan, FailureLine failure) {
		for (int i = 0; i < plan.getSteps().size(); i++) {
			ExpectedOutcome o = plan.getSteps().get(i).getExpectedOutcome();
			if (o != null && o.getStatus() == StepStatus.FAILED) {
				return i;
			}
		}
		for (int i = plan.getSteps().size() - 1; i >= 0; i--) {
			if (failure.matches(plan.getSteps().get(i).getCommand())) {
				return i;
			}
		}
		return -1;
	}

	private static void mark(Step step, FailureFacts facts, String status, FailureLine failure) {
		ExpectedOutcome o = step.getExpectedOutcome() != null ? step.getExpectedOutcome()
				: ModelFactory.eINSTANCE.createExpectedOutcome();
		o.setStatus(StepStatus.FAILED);
		o.setErrno(facts.errno());
		if (facts.status() != 0) {
			o.setFirmwareError(status != null ? status : "0x" + Long.toHexString(facts.status()));
		}
		step.setExpectedOutcome(o);
		String where = "failed at log line " + failure.line();
		if (step.getDescription() == null || !step.getDescription().contains(where)) {
			step.setDescription((step.getDescription() == null ? "" : step.getDescription() + "; ") + where + ": "
					+ failure.command() + " ret=" + failure.ret() + " fw_error=" + failure.fwError()
					+ (status == null ? "" : " (" + status + ")"));
		}
	}
}
