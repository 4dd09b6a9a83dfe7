/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.AtomicFileWriter;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.io.SaveOptions;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * {@code cocolaunch import-qemu-trace LOG [--ovmf F] [--kernel K] [--initrd I] [--append A] -o PLAN [--json]}:
 * turns a QEMU trace log into a launch plan whose steps follow the log, saved atomically. Warnings about lines it
 * could not interpret go to standard error with their line numbers; a log without launch events fails (exit 1).
 * The plan is never written over the log or an input, nor over a non-regular file; a symbolic link's target is
 * replaced only with {@code --force}.
 */
public final class ImportQemuTraceCommand implements CliCommand {

	@Override
	public String name() {
		return "import-qemu-trace";
	}

	@Override
	public String synopsis() {
		return "LOG [--ovmf F] [--kernel K] [--initrd I] [--append A] -o PLAN.cclaunch [--force] [--json]";
	}

	@Override
	public String summary() {
		return "make a launch plan from a QEMU log written with -trace 'kvm_sev*'";
	}

	private record Options(Path log, Path output, ImportInputs inputs, boolean json, boolean force) {

		/** The output must not be the log or an input; a symbolic link's target is replaced only with --force. */
		SaveOptions save() {
			return SaveOptions.defaults().withForce(force).protecting(log, inputs.firmware(), inputs.kernel(), inputs.initrd());
		}
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		Options options = parse(args, context);
		checkInputs(options.inputs());
		try {
			// Refuse a bad output before the log is read, not after.
			AtomicFileWriter.checkTarget(options.output(), options.save());
		} catch (IOException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		ImportResult result;
		try {
			result = QemuTraceImporter.importLog(options.log(), options.inputs());
		} catch (TraceImportException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		LaunchPlan plan = result.plan();
		relativiseInputs(plan, options.output().toAbsolutePath().getParent(), context.workingDir());
		try {
			ModelFiles.save(plan, options.output(), options.save());
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		for (ImportWarning warning : result.warnings()) {
			context.err().println(options.log() + (warning.line() > 0 ? ":" + warning.line() : "") + ": warning: "
					+ warning.message());
		}
		if (options.json()) {
			context.out().print(json(result));
		} else {
			context.out().println("imported " + plan.getSteps().size() + " steps from " + options.log() + " into "
					+ options.output() + (result.warnings().isEmpty() ? "" : " (" + result.warnings().size()
							+ (result.warnings().size() == 1 ? " warning)" : " warnings)")));
		}
		return 0;
	}

	private static Options parse(List<String> args, CliContext context) throws UsageException {
		Path log = null;
		Path output = null;
		ImportInputs inputs = ImportInputs.none();
		boolean json = false;
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--json" -> json = true;
			case "--force" -> force = true;
			case "-o", "--output" -> output = context.resolve(value(args, ++i, a));
			case "--ovmf" -> inputs = inputs.withFirmware(context.resolve(value(args, ++i, a)));
			case "--kernel" -> inputs = inputs.withKernel(context.resolve(value(args, ++i, a)));
			case "--initrd" -> inputs = inputs.withInitrd(context.resolve(value(args, ++i, a)));
			case "--append" -> inputs = inputs.withCmdline(value(args, ++i, a));
			default -> {
				if (a.startsWith("-")) {
					throw new UsageException("unknown option " + a);
				}
				if (log != null) {
					throw new UsageException("expected one log file, got a second: " + a);
				}
				log = context.resolve(a);
			}
			}
		}
		if (log == null) {
			throw new UsageException("expected a QEMU log file");
		}
		if (output == null) {
			throw new UsageException("expected -o PLAN.cclaunch for the imported plan");
		}
		if (inputs.kernel() == null && (inputs.initrd() != null || inputs.cmdline() != null)) {
			throw new UsageException("--initrd and --append need --kernel (QEMU hashes them only for direct kernel boot)");
		}
		return new Options(log, output, inputs, json, force);
	}

	/** Firmware, kernel and initrd are read whole to bind page contents: regular files within their kind's limit. */
	private static void checkInputs(ImportInputs inputs) throws CliFailure {
		try {
			if (inputs.firmware() != null) {
				BoundedInput.check(inputs.firmware(), InputKind.FIRMWARE);
			}
			if (inputs.kernel() != null) {
				BoundedInput.check(inputs.kernel(), InputKind.KERNEL);
			}
			if (inputs.initrd() != null) {
				BoundedInput.check(inputs.initrd(), InputKind.INITRD);
			}
		} catch (InputFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	/**
	 * Input paths relative to the plan's folder when possible, so plan and inputs can move together; a relative path
	 * as given is relative to the command's directory {@code cwd} (not the JVM's: the daemon's is another).
	 */
	private static void relativiseInputs(LaunchPlan plan, Path planDir, Path cwd) {
		for (LaunchInput input : plan.getInputs()) {
			if (input.getPath() != null && planDir != null) {
				Path path = cwd.resolve(input.getPath()).toAbsolutePath().normalize();
				if (path.getRoot() != null && path.getRoot().equals(planDir.getRoot())) {
					input.setPath(planDir.normalize().relativize(path).toString());
				}
			}
		}
	}

	/**
	 * The imported steps: command, log line (or {@code implied} for the KVM_CREATE_VM QEMU does not trace), gpa and
	 * len in hex where known, SNP page type, expected failure.
	 */
	private static String json(ImportResult result) {
		JsonWriter w = JsonWriter.pretty().beginArray();
		List<Step> steps = result.plan().getSteps();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			w.beginObject().field("command", step.getCommand());
			if (result.lineOf(i) > 0) {
				w.field("line", result.lineOf(i));
			} else {
				w.name("implied").value(true);
			}
			Long gpa = !step.getPages().isEmpty() ? Long.valueOf(step.getPages().get(0).getGpa()) : number(step, "gpa");
			Long len = number(step, "len");
			if (len == null && !step.getPages().isEmpty()) {
				len = step.getPages().stream().mapToLong(PageRange::getLength).sum();
			}
			if (gpa != null) {
				w.field("gpa", "0x" + Long.toHexString(gpa));
			}
			if (len != null) {
				w.field("len", "0x" + Long.toHexString(len));
			}
			if ("KVM_SEV_SNP_LAUNCH_UPDATE".equals(step.getCommand()) && !step.getPages().isEmpty()) {
				w.field("page_type", step.getPages().get(0).getKind().getLiteral().toLowerCase(Locale.ROOT));
			}
			ExpectedOutcome outcome = step.getExpectedOutcome();
			if (outcome != null && outcome.getStatus() == StepStatus.FAILED) {
				w.field("expected_error", outcome.getFirmwareError());
			}
			w.endObject();
		}
		return w.endArray().toString();
	}

	/** A numeric field of the step's typed parameter struct (through EMF reflection), or null. */
	private static Long number(Step step, String name) {
		EObject p = step.getParameters();
		EStructuralFeature f = p == null ? null : p.eClass().getEStructuralFeature(name);
		return f != null && p.eGet(f) instanceof Number n ? Long.valueOf(n.longValue()) : null;
	}

}
