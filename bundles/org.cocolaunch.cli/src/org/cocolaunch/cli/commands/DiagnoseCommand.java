/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.core.diagnose.CpuidRejection;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction.Attempt;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.io.SaveOptions;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.trace.LaunchFailureLog;
import org.cocolaunch.trace.LaunchFailureLog.CpuidMismatch;
import org.cocolaunch.trace.LogDiagnosis;
import org.cocolaunch.trace.LogDiagnosis.Diagnosis;
import org.cocolaunch.trace.TraceImportException;

/**
 * {@code cocolaunch diagnose LOG [--ovmf F] [--kernel K --initrd I --append A] [--mode M] [-o PLAN] [--json]}: finds
 * the failing launch step in the error lines users post (QEMU stderr, libvirt-wrapped, kernel log, trace lines),
 * gives the catalogued causes ranked, and reproduces the failure on the simulated firmware with each cause applied.
 * Exit 0 when a failure was found and diagnosed, 1 when the log holds none (or cannot be read), 2 on usage.
 */
public final class DiagnoseCommand implements CliCommand {

	@Override
	public String name() {
		return "diagnose";
	}

	@Override
	public String synopsis() {
		return "LOG [--ovmf F] [--kernel K [--initrd I] [--append A]] [--mode M] [-o PLAN.cclaunch] [--json]";
	}

	@Override
	public String summary() {
		return "find the failing launch step in posted error lines, rank its causes and reproduce it on the simulator";
	}

	private record Options(Path log, ImportInputs inputs, String mode, Path output, boolean json) {

		/** The plan must not replace the log or an input (as import-qemu-trace's, without its --force). */
		SaveOptions save() {
			return SaveOptions.defaults().protecting(log, inputs.firmware(), inputs.kernel(), inputs.initrd());
		}
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		Options o = parse(args, context);
		Diagnosis d;
		try {
			d = LogDiagnosis.diagnose(o.log(), o.inputs(), o.mode(), context.workingDir(), VendorEngines.registered());
		} catch (TraceImportException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		for (ImportWarning w : d.warnings()) {
			context.err().println(o.log() + (w.line() > 0 ? ":" + w.line() : "") + ": warning: " + w.message());
		}
		if (d.facts() == null) {
			throw new CliFailure(d.noFailureMessage(o.log().toString()));
		}
		Path saved = null;
		if (o.output() != null && d.plan() != null) {
			try {
				ModelFiles.save(d.planToSave(), o.output(), o.save());
			} catch (ModelFileException e) {
				throw new CliFailure(e.getMessage(), e);
			}
			saved = o.output();
		} else if (o.output() != null) {
			context.err().println(o.log() + ": warning: no plan written: " + d.planNote());
		}
		if (o.json()) {
			context.out().print(json(d, saved));
		} else {
			text(d, saved, context);
		}
		return 0;
	}

	private static void text(Diagnosis d, Path saved, CliContext c) {
		FailureFacts f = d.facts();
		StringBuilder s = new StringBuilder("failing step: ").append(f.command()).append(" at log line ")
				.append(d.log().failure().line()).append(": errno ").append(f.errno());
		if (f.errno() != 0) {
			s.append(" (").append(Errno.name(f.errno())).append(')');
		}
		s.append(", status ").append(d.statusText());
		c.out().println(s);
		if (d.pageText() != null) {
			c.out().println("  page: " + d.pageText());
		}
		if (f.policy() != null) {
			c.out().println("  policy: 0x" + Long.toHexString(f.policy()));
		}
		for (CpuidMismatch m : d.log().cpuid()) {
			c.out().println("  CPUID 0x" + Long.toHexString(m.function()) + " index 0x" + Long.toHexString(m.index())
					+ ": provided " + CpuidMismatch.registers(m.provided()) + ", firmware expects "
					+ CpuidMismatch.registers(m.expected()));
		}
		for (LaunchFailureLog.KernelLine k : d.log().kernelLines()) {
			c.out().println("  kernel: " + k.tag() + ": " + k.text());
		}
		if (d.causes().isEmpty()) {
			c.out().println("causes: none catalogued for this command and status");
		}
		for (int i = 0; i < d.causes().size(); i++) {
			FailureCause cause = d.causes().get(i);
			Attempt a = d.attempt(i);
			c.out().println((i + 1) + ". " + cause.summary() + " [" + cause.id() + "]"
					+ (a == null ? "" : a.reproduced() ? "  REPRODUCED" : ""));
			c.out().println("   check:   " + cause.check());
			c.out().println("   confirm: " + cause.confirm());
			c.out().println("   fix:     " + cause.fix());
			c.out().println("   source:  " + cause.source());
			if (a != null && a.note() != null) {
				c.out().println("   simulator: " + (a.reproduced() ? "reproduced: " : "not reproduced: ") + a.note());
			}
		}
		c.out().println("plan: " + (d.plan() == null ? "none (" + d.planNote() + ")"
				: d.source().name().toLowerCase(Locale.ROOT) + ", " + d.plan().getSteps().size() + " steps"
						+ (saved == null ? "" : ", written to " + saved)));
		c.out().println("reproduced: " + (d.reproduced() ? "yes, by " + d.firstReproduced().cause().id() : "no"));
	}

	private static String json(Diagnosis d, Path saved) {
		FailureFacts f = d.facts();
		JsonWriter w = JsonWriter.pretty().beginObject().name("failing_step").beginObject()
				.field("command", f.command()).field("line", d.log().failure().line()).field("errno", f.errno())
				.field("fw_error", f.status()).field("status", d.statusName());
		if (f.gpa() != null) {
			w.field("gpa", "0x" + Long.toHexString(f.gpa()));
		}
		if (f.length() != null) {
			w.field("len", "0x" + Long.toHexString(f.length()));
		}
		if (d.pageType() != null || f.pageType() != null) {
			w.field("page_type", d.pageType() != null ? d.pageType().toLowerCase(Locale.ROOT) : "" + f.pageType());
		}
		if (f.policy() != null) {
			w.field("policy", "0x" + Long.toHexString(f.policy()));
		}
		w.field("message", d.log().failure().message());
		if (!d.log().cpuid().isEmpty()) {
			w.name("cpuid").beginArray();
			for (CpuidMismatch m : d.log().cpuid()) {
				w.beginObject().field("function", "0x" + Long.toHexString(m.function()))
						.field("index", "0x" + Long.toHexString(m.index()));
				regsJson(w, "provided", m.provided());
				regsJson(w, "expected", m.expected());
				w.endObject();
			}
			w.endArray();
		}
		w.endObject().name("causes").beginArray();
		for (int i = 0; i < d.causes().size(); i++) {
			FailureCause c = d.causes().get(i);
			Attempt a = d.attempt(i);
			w.beginObject().field("id", c.id()).field("summary", c.summary()).field("check", c.check())
					.field("confirm", c.confirm()).field("fix", c.fix()).field("source", c.source()).name("reproduced")
					.value(a != null && a.reproduced());
			if (a != null && a.note() != null) {
				w.field("simulator", a.note());
			}
			w.endObject();
		}
		w.endArray().name("reproduced").value(d.reproduced());
		w.field("plan_source", d.source().name().toLowerCase(Locale.ROOT));
		if (saved != null) {
			w.field("plan", saved.toString());
		} else {
			w.name("plan").nullValue();
		}
		return w.endObject().toString();
	}

	private static void regsJson(JsonWriter w, String name, CpuidRejection.Registers r) {
		w.name(name);
		if (r == null) {
			w.nullValue();
			return;
		}
		w.beginObject().field("eax", String.format("0x%08x", r.eax())).field("ebx", String.format("0x%08x", r.ebx()))
				.field("ecx", String.format("0x%08x", r.ecx())).field("edx", String.format("0x%08x", r.edx())).endObject();
	}

	private static Options parse(List<String> args, CliContext context) throws UsageException {
		Path log = null;
		Path output = null;
		String mode = null;
		ImportInputs inputs = ImportInputs.none();
		boolean json = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--json" -> json = true;
			case "-o", "--output" -> output = context.resolve(value(args, ++i, a));
			case "--ovmf" -> inputs = inputs.withFirmware(context.resolve(value(args, ++i, a)));
			case "--kernel" -> inputs = inputs.withKernel(context.resolve(value(args, ++i, a)));
			case "--initrd" -> inputs = inputs.withInitrd(context.resolve(value(args, ++i, a)));
			case "--append" -> inputs = inputs.withCmdline(value(args, ++i, a));
			case "--mode" -> {
				mode = value(args, ++i, a);
				if (!VendorEngines.registered().modes().contains(mode)) {
					throw new UsageException("--mode expects one of " + String.join(", ", VendorEngines.registered().modes())
							+ ", got '" + mode + "'");
				}
			}
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
			throw new UsageException("expected a failure log file (QEMU stderr, libvirt error, dmesg or QEMU trace)");
		}
		if (inputs.kernel() == null && (inputs.initrd() != null || inputs.cmdline() != null)) {
			throw new UsageException("--initrd and --append need --kernel (QEMU hashes them only for direct kernel boot)");
		}
		return new Options(log, inputs, mode, output, json);
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}
}
