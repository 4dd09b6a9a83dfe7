/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.eventlog.CcelEvent;
import org.cocolaunch.tdx.core.eventlog.CcelEventLog;
import org.cocolaunch.tdx.core.eventlog.CcelEventLogParser;
import org.cocolaunch.tdx.core.eventlog.EventLogDiff;
import org.cocolaunch.tdx.core.eventlog.EventLogPrediction;
import org.cocolaunch.tdx.core.eventlog.EventLogReport;
import org.cocolaunch.tdx.core.eventlog.EventTypes;
import org.cocolaunch.tdx.core.eventlog.PredictedEvent;
import org.cocolaunch.tdx.core.eventlog.RtmrEvidence;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.measure.InitrdDigest;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * {@code eventlog LOG [--quote Q | --report R] [--ovmf F [--kernel K --initrd I --append A --mem M]] [--json]}:
 * parses a CCEL log, replays RTMR0..3, compares them with a quote or TDREPORT, and puts the events predicted from the
 * launch inputs beside the logged ones. Exit 0 when everything compared agrees, 1 when an RTMR or an event differs or
 * an input is unusable, 2 for command-line mistakes.
 */
public final class TdxEventLogTool {

	public static final String USAGE = "usage: eventlog LOG [--quote FILE | --report FILE] [--ovmf FILE [--kernel FILE"
			+ " [--initrd FILE] [--append CMDLINE]] [--mem BYTES]] [--json]";

	private static final Set<String> VALUED = Set.of("--quote", "--report", "--ovmf", "--kernel", "--initrd", "--append",
			"--mem");
	private static final long MAX_EVIDENCE = 1 << 20;
	private static final long MAX_BLOB = Integer.MAX_VALUE - 64;

	private TdxEventLogTool() {
	}

	public static int run(List<String> args, Path workingDir, PrintStream out, PrintStream err) {
		Map<String, String> o = new HashMap<>();
		String logPath = null;
		boolean json = false;
		try {
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				String value = null;
				String name = a;
				int eq = a.indexOf('=');
				if (a.startsWith("--") && eq > 0) {
					name = a.substring(0, eq);
					value = a.substring(eq + 1);
				}
				if (name.equals("--json") && value == null) {
					json = true;
				} else if (VALUED.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException("option " + name + " needs a value");
						}
						value = args.get(++i);
					}
					if (o.put(name, value) != null) {
						throw new UsageException("option " + name + " given twice");
					}
				} else if (a.startsWith("-")) {
					throw new UsageException("unknown option " + name);
				} else if (logPath == null) {
					logPath = a;
				} else {
					throw new UsageException("unexpected argument '" + a + "'");
				}
			}
			if (logPath == null) {
				throw new UsageException("the event log file is required");
			}
			if (o.containsKey("--quote") && o.containsKey("--report")) {
				throw new UsageException("--quote and --report exclude each other");
			}
			if (!o.containsKey("--ovmf")) {
				for (String k : List.of("--kernel", "--initrd", "--append", "--mem")) {
					if (o.containsKey(k)) {
						throw new UsageException(k + " needs --ovmf (the launch inputs to predict the log from)");
					}
				}
			}
			if (!o.containsKey("--kernel") && (o.containsKey("--initrd") || o.containsKey("--append"))) {
				throw new UsageException((o.containsKey("--initrd") ? "--initrd" : "--append") + " needs --kernel (as in QEMU)");
			}
		} catch (UsageException e) {
			err.println("eventlog: " + e.getMessage() + "; " + USAGE);
			return 2;
		}
		long mem;
		try {
			mem = o.containsKey("--mem") ? TdxMeasureOptions.parseMem(o.get("--mem")) : GuestRamLayout.QEMU_DEFAULT_RAM;
		} catch (UsageException e) {
			err.println("eventlog: " + e.getMessage() + "; " + USAGE);
			return 2;
		}
		try {
			CcelEventLog log = CcelEventLogParser.parse(workingDir.resolve(logPath), logPath);
			RtmrEvidence evidence = null;
			if (o.containsKey("--quote") || o.containsKey("--report")) {
				boolean report = o.containsKey("--report");
				String f = report ? o.get("--report") : o.get("--quote");
				try {
					evidence = RtmrEvidence.read(read(workingDir, f, report ? "TDREPORT" : "quote", MAX_EVIDENCE), f, report);
				} catch (TdxReportFormatException e) {
					throw new TdxInputException(e.getMessage());
				}
			}
			List<PredictedEvent> predicted = null;
			if (o.containsKey("--ovmf")) {
				TdvfImage fw = TdvfParser.parse(workingDir.resolve(o.get("--ovmf")), o.get("--ovmf"));
				fw.notMeantForTdx().ifPresent(w -> err.println("eventlog: warning: " + o.get("--ovmf") + ": " + w));
				byte[] kernel = o.containsKey("--kernel") ? read(workingDir, o.get("--kernel"), "kernel", MAX_BLOB) : null;
				InitrdDigest initrd = o.containsKey("--initrd")
						? InitrdDigest.of(read(workingDir, o.get("--initrd"), "initrd", MAX_BLOB))
						: null;
				predicted = EventLogPrediction.predict(new TdxLaunchInputs(fw, MeasureOrder.PER_PAGE, mem, 1, kernel,
						o.get("--kernel"), initrd, o.get("--append")));
			}
			EventLogReport r = EventLogReport.of(log, evidence, predicted);
			out.print(json ? json(r) : text(r));
			out.flush();
			boolean bad = r.firstMismatch() >= 0 || (r.prediction() != null && r.prediction().firstDivergence() != null);
			return bad ? 1 : 0;
		} catch (TdxInputException e) {
			err.println("eventlog: " + oneLine(e.getMessage()));
			return 1;
		} catch (RuntimeException | OutOfMemoryError e) {
			err.println("eventlog: internal error: " + oneLine(String.valueOf(e)));
			return 1;
		}
	}

	private static byte[] read(Path dir, String path, String what, long limit) throws TdxInputException {
		Path p = dir.resolve(path);
		try {
			if (Files.size(p) > limit) {
				throw new TdxInputException(what + " " + path + " is larger than any " + what + " (" + Files.size(p) + " bytes)");
			}
			return Files.readAllBytes(p);
		} catch (NoSuchFileException e) {
			throw new TdxInputException("cannot read " + what + " " + path + ": no such file");
		} catch (IOException e) {
			throw new TdxInputException("cannot read " + what + " " + path + ": " + oneLine(String.valueOf(e.getMessage())));
		}
	}

	private static String hex(byte[] b) {
		return b == null ? null : HexFormat.of().formatHex(b);
	}

	private static String shortHex(byte[] b) {
		return b == null ? "-" : hex(b).substring(0, 16) + "…";
	}

	static String text(EventLogReport r) {
		StringBuilder s = new StringBuilder();
		CcelEventLog log = r.log();
		s.append(String.format("event log %s: %d records, %d extend RTMRs, %d bytes of records%n", log.name(),
				log.events().size(), log.measured().size(), log.usedBytes()));
		if (r.prediction() == null) {
			s.append(String.format("%4s %-5s %-34s %-18s %s%n", "#", "RTMR", "type", "digest", "description"));
			for (CcelEvent e : log.events()) {
				s.append(String.format("%4d %-5s %-34s %-18s %s%n", e.index(), e.rtmr() < 0 ? "-" : "RTMR" + e.rtmr(),
						e.typeName(), shortHex(e.sha384()), e.description()));
			}
		} else {
			s.append(String.format("%4s %-5s %-13s %-34s %-18s %-18s %s%n", "#", "RTMR", "status", "type", "observed",
					"predicted", "description"));
			for (EventLogDiff.Row row : r.prediction().rows()) {
				CcelEvent e = row.observed();
				PredictedEvent p = row.predicted();
				s.append(String.format("%4s %-5s %-13s %-34s %-18s %-18s %s%n", e == null ? "-" : Integer.toString(e.index()),
						"RTMR" + row.rtmr(), row.status(), e != null ? e.typeName() : EventTypes.name(p.type()),
						e == null ? "-" : shortHex(e.sha384()), p == null || !p.determined() ? "-" : shortHex(p.digest()),
						(e != null ? e.description() : p.description()) + (row.matched() == null ? "" : " [" + row.matched() + "]")));
			}
		}
		for (int i = 0; i < 4; i++) {
			s.append(String.format("RTMR%d %s%n", i, hex(r.replayed().get(i))));
		}
		if (r.evidence() != null) {
			for (int i = 0; i < 4; i++) {
				s.append(String.format("RTMR%d %s %s %s%n", i, r.evidence().format(), hex(r.evidence().rtmrs().get(i)),
						r.matches(i) ? "match" : "DIFFERS"));
			}
			int m = r.firstMismatch();
			s.append(m < 0 ? "all four RTMRs replayed from the log match the " + r.evidence().format() + "\n"
					: String.format("RTMR%d differs: the log replays to %s, the %s has %s%n", m, hex(r.replayed().get(m)),
							r.evidence().format(), hex(r.evidence().rtmrs().get(m))));
		}
		if (r.prediction() != null) {
			List<byte[]> pr = r.predictedRtmrs();
			for (int i = 0; i < 4; i++) {
				long taken = r.takenFromLog(i);
				s.append(String.format("RTMR%d predicted %s%s%n", i, hex(pr.get(i)),
						taken == 0 ? "" : " (" + taken + " event(s) the inputs do not determine taken from the log)"));
			}
			EventLogDiff.Row d = r.prediction().firstDivergence();
			s.append(d == null ? "every predicted event matches the log\n" : EventLogDiff.describe(d) + "\n");
		}
		return s.toString();
	}

	static String json(EventLogReport r) {
		JsonWriter w = JsonWriter.pretty().beginObject();
		w.name("log").value(r.log().name());
		for (int i = 0; i < 4; i++) {
			w.name("rtmr" + i).value(hex(r.replayed().get(i)));
		}
		w.name("events").beginArray();
		for (CcelEvent e : r.log().events()) {
			w.beginObject().name("index").value(e.index());
			if (e.rtmr() < 0) {
				w.name("rtmr").nullValue();
			} else {
				w.name("rtmr").value(e.rtmr());
			}
			w.name("mr_index").value(e.mrIndex()).name("type").value(e.typeName());
			if (e.sha384() == null) {
				w.name("digest").nullValue();
			} else {
				w.name("digest").value(e.digestHex());
			}
			w.name("description").value(e.description()).endObject();
		}
		w.endArray();
		if (r.evidence() != null) {
			w.name("evidence").value(r.evidence().format());
			w.name("quote_rtmrs").beginObject();
			for (int i = 0; i < 4; i++) {
				w.name("rtmr" + i).value(hex(r.evidence().rtmrs().get(i)));
			}
			w.endObject().name("match").beginObject();
			for (int i = 0; i < 4; i++) {
				w.name("rtmr" + i).value(r.matches(i));
			}
			w.endObject();
			int m = r.firstMismatch();
			if (m < 0) {
				w.name("first_mismatch").nullValue();
			} else {
				w.name("first_mismatch").value("rtmr" + m);
			}
		}
		if (r.prediction() != null) {
			w.name("prediction").beginObject().name("rows").beginArray();
			for (EventLogDiff.Row row : r.prediction().rows()) {
				w.beginObject();
				if (row.observed() == null) {
					w.name("index").nullValue();
				} else {
					w.name("index").value(row.observed().index());
				}
				w.name("rtmr").value(row.rtmr()).name("status").value(row.status().name().toLowerCase());
				int type = row.observed() != null ? row.observed().type() : row.predicted().type();
				w.name("type").value(EventTypes.name(type));
				w.name("description").value(row.observed() != null ? row.observed().description() : row.predicted().description());
				if (row.observed() == null) {
					w.name("observed_digest").nullValue();
				} else {
					w.name("observed_digest").value(row.observed().digestHex());
				}
				w.name("predicted_digests").beginArray();
				if (row.predicted() != null) {
					for (PredictedEvent.Alternative a : row.predicted().alternatives()) {
						w.beginObject().name("assumption").value(a.assumption()).name("digest").value(a.hex()).endObject();
					}
				}
				w.endArray();
				if (row.matched() == null) {
					w.name("matched").nullValue();
				} else {
					w.name("matched").value(row.matched());
				}
				w.endObject();
			}
			w.endArray();
			List<byte[]> pr = r.predictedRtmrs();
			for (int i = 0; i < 4; i++) {
				w.name("rtmr" + i).value(hex(pr.get(i)));
			}
			EventLogDiff.Row d = r.prediction().firstDivergence();
			if (d == null) {
				w.name("first_divergence").nullValue();
			} else {
				w.name("first_divergence").value(EventLogDiff.describe(d));
			}
			w.endObject();
		}
		return w.endObject().toString();
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
	}
}
