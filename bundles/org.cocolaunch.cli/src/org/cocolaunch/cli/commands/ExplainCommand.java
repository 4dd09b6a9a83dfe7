/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.diff.DiffResult;
import org.cocolaunch.core.diff.LaunchDiff;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.MismatchExplanation;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.eclipse.emf.ecore.EObject;

/**
 * {@code cocolaunch explain}: searches the plausible launch configurations for the ones that reproduce an expected
 * measurement (hex, or the MEASUREMENT/MRTD of an SNP report or TDX TDREPORT/quote) and prints each as a complete
 * {@code cocolaunch measure} command line; when none does, says what was ruled out and, given two launches to compare
 * ({@code --plan}/{@code --trace}), their first structural difference. Exit 0 on a match, 1 otherwise, 2 usage.
 */
public final class ExplainCommand implements CliCommand {


	@Override
	public String name() {
		return "explain";
	}

	@Override
	public String synopsis() {
		return "--expected HEX | --report FILE --ovmf F [--ovmf F2]... [--kernel K --initrd I --append A]"
				+ " [--mode " + String.join("|", VendorEngines.registered().explainModes())
				+ "] [--max-vcpus N] [--plan P|--trace T]... [--json]";
	}

	@Override
	public String summary() {
		return "find the launch configurations that reproduce a measurement, or explain why none does";
	}

	private record Options(String expected, Path report, List<Path> ovmf, Path kernel, Path initrd, String append,
			String mode, int maxVcpus, List<Path> compare, boolean json) {
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		VendorEngines engines = VendorEngines.registered();
		Options o = parse(args, context, engines);
		DecodedEvidence evidence = o.report() != null ? evidence(o.report(), engines) : null;
		String mode = o.mode() != null ? o.mode() : evidence != null ? modeOf(evidence) : "snp";
		byte[] target = evidence != null ? evidence.measurement() : hex(o.expected());
		if (o.report() != null) {
			warnIfNotGenuine(o.report(), context);
		}
		if (mode.equals("tdx") && (o.kernel() != null || o.append() != null || o.initrd() != null)) {
			throw new UsageException("--kernel/--initrd/--append do not affect MRTD; leave them out with --mode tdx");
		}
		if (o.kernel() == null && (o.initrd() != null || o.append() != null)) {
			throw new UsageException("--initrd and --append need --kernel");
		}
		ExplainRequest request = new ExplainRequest(mode, target, o.ovmf(), o.kernel(), o.initrd(), o.append(),
				o.maxVcpus());
		SearchResult result = null;
		try {
			for (VendorEngine engine : engines.all()) {
				result = engine.explain(request, null);
				if (result != null) {
					break;
				}
			}
		} catch (ExplainException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		if (result == null) {
			throw new UsageException("explain does not search " + mode + " launches (it searches "
					+ String.join(", ", engines.explainModes()) + ")");
		}
		DiffResult diff = result.matched() || o.compare().isEmpty() ? null : diff(o.compare());
		context.out().print(o.json() ? json(result, diff) : text(result, diff));
		context.out().flush();
		return result.matched() ? 0 : 1;
	}

	private static String text(SearchResult r, DiffResult diff) {
		StringBuilder b = new StringBuilder();
		if (r.matched()) {
			b.append(r.matches().size()).append(r.matches().size() == 1 ? " configuration reproduces " : " configurations reproduce ")
					.append(r.register()).append(' ').append(HexFormat.of().formatHex(r.target()))
					.append(String.format(" (searched %d configurations in %.2f s)%n", r.variants(), r.nanos() / 1e9));
			int i = 1;
			for (Variant v : r.matches()) {
				b.append("match ").append(i++).append(':');
				v.settings().forEach((k, val) -> b.append(' ').append(k).append('=').append(val).append(';'));
				b.setLength(b.length() - 1);
				b.append(System.lineSeparator()).append("  ").append(v.commandLine()).append(System.lineSeparator());
				for (String n : v.notes()) {
					b.append("  note: ").append(n).append(System.lineSeparator());
				}
			}
		} else {
			for (String line : MismatchExplanation.lines(r, diff)) {
				b.append(line).append(System.lineSeparator());
			}
		}
		return b.toString();
	}

	private static String json(SearchResult r, DiffResult diff) {
		JsonWriter w = JsonWriter.pretty().beginObject();
		w.field("register", r.register()).field("target", HexFormat.of().formatHex(r.target()));
		w.field("configurations_searched", r.variants());
		w.name("cancelled").value(r.cancelled());
		w.name("matches").beginArray();
		for (Variant v : r.matches()) {
			w.beginObject().name("settings").beginObject();
			v.settings().forEach(w::field);
			w.endObject().field("command", v.commandLine()).name("arguments").beginArray();
			v.measureArgs().forEach(w::value);
			w.endArray().name("determines").beginArray();
			v.determines().forEach(w::value);
			w.endArray().name("notes").beginArray();
			v.notes().forEach(w::value);
			w.endArray().endObject();
		}
		w.endArray().name("ruled_out").beginObject();
		if (!r.matched() && !r.cancelled()) {
			for (Map.Entry<String, List<String>> d : r.dimensions().entrySet()) {
				w.field(d.getKey(), d.getValue().size());
			}
		}
		w.endObject();
		if (!r.matched()) {
			w.name("explanation").beginArray();
			MismatchExplanation.lines(r, diff).forEach(w::value);
			w.endArray();
		}
		w.name("first_difference");
		if (diff == null) {
			w.nullValue();
		} else {
			w.value(diff.description());
		}
		return w.endObject().toString();
	}

	private static DiffResult diff(List<Path> files) throws CliFailure {
		EObject a = load(files.get(0));
		EObject b = load(files.get(1));
		if (a instanceof LaunchPlan pa && b instanceof LaunchPlan pb) {
			return LaunchDiff.plans(pa, pb);
		} else if (a instanceof LaunchTrace ta && b instanceof LaunchTrace tb) {
			return LaunchDiff.traces(ta, tb);
		} else if (a instanceof LaunchTrace ta && b instanceof LaunchPlan pb) {
			return LaunchDiff.traceAndPlan(ta, pb);
		}
		return LaunchDiff.traceAndPlan((LaunchTrace) b, (LaunchPlan) a);
	}

	private static EObject load(Path file) throws CliFailure {
		try {
			return file.getFileName().toString().endsWith("." + ModelFiles.TRACE_EXTENSION) ? ModelFiles.loadTrace(file)
					: ModelFiles.loadPlan(file);
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
	}

	/** The report or quote decoded by the vendor engine whose format it is. */
	private static DecodedEvidence evidence(Path report, VendorEngines engines) throws CliFailure, UsageException {
		byte[] data;
		try {
			data = BoundedInput.readAll(report, InputKind.REPORT);
		} catch (InputFileException e) {
			throw new CliFailure("cannot read report " + e.getMessage(), e);
		}
		try {
			for (VendorEngine engine : engines.all()) {
				DecodedEvidence decoded = engine.decodeEvidence(data, report.toString());
				if (decoded != null && decoded.measurement() != null) {
					return decoded;
				}
			}
		} catch (EvidenceFormatException e) {
			throw new CliFailure(report + ": " + e.getMessage(), e);
		}
		throw new CliFailure(report + ": not an SNP attestation report or ID block, TDREPORT or TD quote");
	}

	/** The mode whose search reproduces the evidence's register: SNP MEASUREMENT or TDX MRTD. */
	private static String modeOf(DecodedEvidence evidence) throws UsageException {
		return switch (evidence.registerName()) {
		case "MEASUREMENT" -> "snp";
		case "MRTD" -> "tdx";
		default -> throw new UsageException("--report carries " + evidence.registerName() + ", which no search"
				+ " reproduces from inputs; give the value with --expected and --mode");
		};
	}

	private static byte[] hex(String s) throws UsageException {
		String h = s.startsWith("0x") ? s.substring(2) : s;
		try {
			return HexFormat.of().parseHex(h);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--expected expects a hex string, got '" + s + "'");
		}
	}

	private static Options parse(List<String> args, CliContext context, VendorEngines engines) throws UsageException {
		String expected = null;
		Path report = null;
		List<Path> ovmf = new ArrayList<>();
		Path kernel = null;
		Path initrd = null;
		String append = null;
		String mode = null;
		int maxVcpus = ExplainRequest.DEFAULT_MAX_VCPUS;
		List<Path> compare = new ArrayList<>();
		boolean json = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--expected" -> expected = value(args, ++i, a);
			case "--report" -> report = context.resolve(value(args, ++i, a)).toAbsolutePath();
			case "--ovmf" -> ovmf.add(context.resolve(value(args, ++i, a)).toAbsolutePath());
			case "--kernel" -> kernel = context.resolve(value(args, ++i, a)).toAbsolutePath();
			case "--initrd" -> initrd = context.resolve(value(args, ++i, a)).toAbsolutePath();
			case "--append" -> append = value(args, ++i, a);
			case "--mode" -> {
				mode = value(args, ++i, a);
				if (!engines.explainModes().contains(mode)) {
					throw new UsageException("--mode expects one of " + String.join("|", engines.explainModes())
							+ ", got '" + mode + "'");
				}
			}
			case "--max-vcpus" -> {
				String v = value(args, ++i, a);
				try {
					maxVcpus = Integer.parseInt(v);
				} catch (NumberFormatException e) {
					maxVcpus = -1;
				}
				if (maxVcpus < 1 || maxVcpus > 512) {
					throw new UsageException("--max-vcpus expects a number from 1 to 512, got '" + v + "'");
				}
			}
			case "--plan", "--trace" -> compare.add(context.resolve(value(args, ++i, a)).toAbsolutePath());
			case "--json" -> json = true;
			default -> throw new UsageException("unknown argument " + a);
			}
		}
		if ((expected == null) == (report == null)) {
			throw new UsageException("give exactly one of --expected HEX and --report FILE");
		}
		if (ovmf.isEmpty()) {
			throw new UsageException("give at least one --ovmf firmware candidate");
		}
		if (compare.size() == 1 || compare.size() > 2) {
			throw new UsageException("--plan/--trace compare two launches: give two of them, got " + compare.size());
		}
		return new Options(expected, report, List.copyOf(ovmf), kernel, initrd, append, mode, maxVcpus,
				List.copyOf(compare), json);
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	/**
	 * A report or quote whose signature or certificate chain fails offline ({@code verify}) gets one warning line on
	 * stderr; the search runs all the same. Evidence that needs more certificates to be checked (an SNP report
	 * without its VCEK) gives no warning.
	 */
	private static void warnIfNotGenuine(Path report, CliContext context) {
		try {
			org.cocolaunch.core.verify.EvidenceVerification v = org.cocolaunch.core.vendor.VendorEngines.registered()
					.verify(org.cocolaunch.core.verify.VerifyRequest.of(BoundedInput.readAll(report, InputKind.REPORT),
							report.getFileName().toString()));
			if (v != null && v.firstFailure().isPresent()) {
				context.err().println("cocolaunch explain: warning: " + report.getFileName() + " does not verify: " + v.failureLine());
			}
		} catch (InputFileException | EvidenceFormatException e) {
			// the measurement was read already; what cannot be verified is not the search's concern
		}
	}
}
