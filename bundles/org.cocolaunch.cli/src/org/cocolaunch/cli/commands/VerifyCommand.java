/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;

/**
 * {@code cocolaunch verify EVIDENCE [--cert VCEK|VLEK] [--chain ASK_ARK.pem] [--json]}: checks offline that an SNP
 * attestation report or a TDX quote is genuine, through the vendor engines' {@link org.cocolaunch.core.vendor.VendorEngine#verifyEvidence}.
 * Prints every check; exit 0 when signature and chain hold and nothing failed, else 1 with the first failed check in
 * one line on stderr.
 */
public final class VerifyCommand implements CliCommand {

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String synopsis() {
		return "EVIDENCE [--cert VCEK|VLEK] [--chain ASK_ARK.pem] [--json]";
	}

	@Override
	public String summary() {
		return "verify an SNP report or TDX quote offline: signature, certificate chain to the pinned vendor root, TCB";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		Path evidence = null;
		Path cert = null;
		Path chain = null;
		boolean json = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--cert" -> cert = context.resolve(value(args, ++i, a));
			case "--chain" -> chain = context.resolve(value(args, ++i, a));
			case "--json" -> json = true;
			default -> {
				if (a.startsWith("-")) {
					throw new UsageException("unknown option " + a);
				}
				if (evidence != null) {
					throw new UsageException("one EVIDENCE file only (got " + evidence.getFileName() + " and " + a + ")");
				}
				evidence = context.resolve(a);
			}
			}
		}
		if (evidence == null) {
			throw new UsageException("give the report or quote file to verify");
		}
		byte[] data = read(evidence, "evidence", InputKind.REPORT);
		String name = evidence.getFileName().toString();
		EvidenceVerification result;
		try {
			X509Certificate leaf = cert == null ? null : Certificates.parseOne(read(cert, "--cert", InputKind.CERTIFICATE), "--cert " + cert.getFileName());
			List<X509Certificate> given = chain == null ? List.of()
					: Certificates.parseAll(read(chain, "--chain", InputKind.CERTIFICATE), "--chain " + chain.getFileName());
			result = VendorEngines.registered().verify(new VerifyRequest(data, name, leaf, given, null));
		} catch (EvidenceFormatException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		if (result == null) {
			throw new CliFailure(name + ": not an SEV-SNP attestation report (1184 bytes) or a TDX quote (v4/v5)");
		}
		context.out().print(json ? json(name, result) : text(name, result));
		String failure = result.failureLine();
		if (failure != null) {
			throw new CliFailure(name + " does not verify: " + failure);
		}
		return 0;
	}

	private static String text(String name, EvidenceVerification v) {
		StringBuilder s = new StringBuilder();
		s.append(name).append(": ").append(v.kind()).append('\n');
		for (EvidenceCheck c : v.checks()) {
			s.append(String.format("  %-11s %-12s %-26s %s%n", c.outcome().word().toUpperCase(Locale.ROOT),
					c.group(), c.name(), c.reason()));
		}
		for (StateField f : v.identity()) {
			s.append("  ").append(f.name()).append(": ").append(f.value()).append('\n');
		}
		for (String w : v.warnings()) {
			s.append("  warning: ").append(w).append('\n');
		}
		s.append(v.verified() ? "verified: signature and chain hold\n" : "NOT verified\n");
		return s.toString();
	}

	private static String json(String name, EvidenceVerification v) {
		JsonWriter w = JsonWriter.pretty().beginObject();
		w.field("file", name).field("kind", v.kind());
		w.name("verified").value(v.verified());
		w.field("signature", groupWord(v, EvidenceCheck.SIGNATURE)).field("chain", groupWord(v, EvidenceCheck.CHAIN));
		w.name("checks").beginArray();
		for (EvidenceCheck c : v.checks()) {
			w.beginObject().field("group", c.group()).field("name", c.name()).field("result", c.outcome().word())
					.field("reason", c.reason()).endObject();
		}
		w.endArray();
		w.name("identity").beginObject();
		for (StateField f : v.identity()) {
			w.field(f.name(), f.value());
		}
		w.endObject();
		w.name("warnings").beginArray();
		for (String s : v.warnings()) {
			w.value(s);
		}
		w.endArray().endObject();
		return w + "\n";
	}

	/** "pass" when every check of the group passed, "fail" when one failed, else "not checked". */
	private static String groupWord(EvidenceVerification v, String group) {
		if (v.holds(group)) {
			return "pass";
		}
		return v.checks().stream().anyMatch(c -> c.group().equals(group) && c.failed()) ? "fail" : "not checked";
	}

	/** Through the bounded reader: a FIFO, a device or an oversized file is refused in one line, never waited on. */
	private static byte[] read(Path file, String what, InputKind kind) throws CliFailure {
		try {
			return BoundedInput.readAll(file, kind);
		} catch (InputFileException e) {
			throw new CliFailure("cannot read " + what + " " + e.getMessage(), e);
		}
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a file");
		}
		return args.get(i);
	}
}
