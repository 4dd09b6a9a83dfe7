/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendProviders;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.AtomicFileWriter;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.io.SaveOptions;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.core.session.ResultText;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;

/**
 * {@code cocolaunch run PLAN [--backend sim|kvm] [--until N] [--json] [--input ROLE=FILE ...] [--save-trace T]}: issues
 * a plan's steps against the simulated firmware (default) or, with {@code --backend kvm}, against this host's KVM, and
 * prints each step's status and the final measurement registers; {@code --save-trace} keeps the results as a
 * {@code .cctrace} for a bug report or {@code diff}. Exit 1 when a step fails (the firmware error is named), as the
 * launch would stop there on hardware, and — for kvm — when the host cannot launch the plan (the host check's reason,
 * in one line). Inputs the plan names are read only from the plan's folder unless {@code --allow-outside}; the trace
 * is never saved over the plan or an input, nor over a non-regular file, and through a symbolic link only with
 * {@code --force}.
 */
public final class RunCommand implements CliCommand {

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String synopsis() {
		return "PLAN.cclaunch [--backend sim|kvm] [--until N] [--json] [--input ROLE=FILE]... [--save-trace T.cctrace]"
				+ " [--force] [--allow-outside]";
	}

	@Override
	public String summary() {
		return "issue a plan's steps against the simulated firmware or this host's KVM; print statuses and registers";
	}

	private record Options(Path plan, String backend, int until, boolean json, Map<String, Path> inputs, Path saveTrace,
			boolean force, boolean allowOutside) {
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		Options options = parse(args, context);
		LaunchPlan plan;
		try {
			plan = ModelFiles.loadPlan(options.plan());
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		Path planDir = options.plan().toAbsolutePath().getParent();
		PlanInputs inputs = new PlanInputs(plan, planDir, options.inputs());
		if (!options.allowOutside()) {
			inputs.confined();
			Map<String, String> outside = inputs.outsideFolder();
			if (!outside.isEmpty()) {
				Map.Entry<String, String> first = outside.entrySet().iterator().next();
				throw new CliFailure(options.plan() + ": plan input '" + first.getKey() + "' (" + first.getValue()
						+ ") is outside the plan's folder" + (outside.size() > 1 ? " (and " + (outside.size() - 1) + " more)" : "")
						+ "; give --allow-outside to read it, or --input " + first.getKey() + "=FILE");
			}
		}
		SaveOptions save = null;
		if (options.saveTrace() != null) {
			List<Path> read = new ArrayList<>();
			read.add(options.plan());
			for (LaunchInput input : plan.getInputs()) {
				if (inputs.path(input.getRole()) != null) {
					read.add(inputs.path(input.getRole()));
				}
			}
			read.addAll(options.inputs().values());
			save = SaveOptions.defaults().withForce(options.force()).protectingAll(read);
			try {
				AtomicFileWriter.checkTarget(options.saveTrace(), save); // before the run, not after it
			} catch (IOException e) {
				throw new CliFailure(e.getMessage(), e);
			}
		}
		try (Session session = new Session(plan, BackendProviders.registered().create(options.backend(), plan, inputs))) {
			int last = options.until() < 0 ? plan.getSteps().size() - 1 : Math.min(options.until(), plan.getSteps().size() - 1);
			List<StepResult> results;
			try {
				results = session.runUntil(r -> r.getStepIndex() >= last, null);
			} catch (BackendException e) {
				// A step that cannot be issued (an input missing, say): show the steps before it, then say why.
				print(session.trace().getResults(), session.registers(), options.json(), context);
				throw e;
			}
			print(results, session.registers(), options.json(), context);
			if (options.saveTrace() != null) {
				session.trace().setPlanUri(options.plan().toAbsolutePath().toString());
				ModelFiles.save(session.trace(), options.saveTrace(), save);
			}
			return session.hasFailed() ? 1 : 0;
		} catch (BackendException | ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
	}

	private static Options parse(List<String> args, CliContext context) throws UsageException {
		Path plan = null;
		int until = -1;
		boolean json = false;
		String backend = BackendProviders.SIM;
		Map<String, Path> inputs = new HashMap<>();
		Path saveTrace = null;
		boolean force = false;
		boolean allowOutside = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--json" -> json = true;
			case "--force" -> force = true;
			case "--allow-outside" -> allowOutside = true;
			case "--backend" -> {
				backend = value(args, ++i, a);
				if (!BackendProviders.registered().ids().contains(backend)) {
					throw new UsageException("--backend expects one of " + String.join(", ",
							BackendProviders.registered().ids()) + ", got '" + backend + "'");
				}
			}
			case "--until" -> until = nonNegative(value(args, ++i, a), a);
			case "--save-trace" -> saveTrace = context.resolve(value(args, ++i, a));
			case "--input" -> {
				String spec = value(args, ++i, a);
				int eq = spec.indexOf('=');
				if (eq <= 0 || eq == spec.length() - 1) {
					throw new UsageException("--input expects ROLE=FILE (e.g. firmware=OVMF.fd), got '" + spec + "'");
				}
				inputs.put(spec.substring(0, eq), context.resolve(spec.substring(eq + 1)));
			}
			default -> {
				if (a.startsWith("-")) {
					throw new UsageException("unknown option " + a);
				}
				if (plan != null) {
					throw new UsageException("expected one plan file, got a second: " + a);
				}
				plan = context.resolve(a);
			}
			}
		}
		if (plan == null) {
			throw new UsageException("expected a plan file (.cclaunch)");
		}
		return new Options(plan, backend, until, json, inputs, saveTrace, force, allowOutside);
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	private static int nonNegative(String text, String option) throws UsageException {
		try {
			int n = Integer.parseInt(text);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " expects a step number >= 0, got '" + text + "'");
	}

	private static void print(List<StepResult> results, List<MeasurementRegister> registers, boolean json, CliContext context) {
		HexFormat hex = HexFormat.of();
		if (json) {
			JsonWriter w = JsonWriter.pretty().beginObject().name("steps").beginArray();
			for (StepResult r : results) {
				w.beginObject().field("index", r.getStepIndex()).field("command", r.getCommand())
						.field("status", r.getStatus().getLiteral().toLowerCase(Locale.ROOT))
						// what the backend read back or could not (KVM: attestation report, why SNP has none)
						.field("message", r.getMessage()).name("error");
				if (r.getStatus() == StepStatus.FAILED) {
					w.beginObject().field("errno", r.getErrno()).field("code", r.getFirmwareError())
							.field("name", r.getFirmwareErrorName()).field("message", r.getMessage()).endObject();
				} else {
					w.nullValue();
				}
				w.name("registers").beginObject();
				for (RegisterValue v : r.getRegisters()) {
					w.field(v.getName(), v.getValue() == null ? null : hex.formatHex(v.getValue()));
				}
				w.endObject().endObject();
			}
			w.endArray().name("registers").beginObject();
			for (MeasurementRegister m : registers) {
				w.field(m.getName(), m.getValue() == null ? null : hex.formatHex(m.getValue()));
			}
			context.out().print(w.endObject().endObject());
			return;
		}
		for (StepResult r : results) {
			StringBuilder line = new StringBuilder().append(r.getStepIndex()).append('\t').append(r.getCommand()).append('\t')
					.append(r.getStatus().getLiteral().toLowerCase(Locale.ROOT));
			if (r.getStatus() == StepStatus.FAILED) {
				line.append('\t').append(ResultText.failure(r));
				if (r.getMessage() != null) {
					line.append(": ").append(r.getMessage());
				}
			}
			context.out().println(line);
		}
		for (MeasurementRegister m : registers) {
			context.out().println(m.getName() + "\t" + (m.getValue() == null ? "-" : hex.formatHex(m.getValue())));
		}
	}
}
