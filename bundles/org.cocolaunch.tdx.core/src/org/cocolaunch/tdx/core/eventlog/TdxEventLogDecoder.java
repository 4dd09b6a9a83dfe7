/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEventLog;
import org.cocolaunch.core.inspect.EventLogRequest;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.measure.InitrdDigest;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;

/** A CCEL log (plus evidence and launch inputs) as the vendor-neutral {@link DecodedEventLog} the views show. */
public final class TdxEventLogDecoder {

	private static final byte[] SPEC_ID = "Spec ID Event03".getBytes(StandardCharsets.US_ASCII);

	private TdxEventLogDecoder() {
	}

	/** Whether {@code head} (the first bytes of a file) starts like a TCG2 crypto-agile log. */
	public static boolean looksLikeCcel(byte[] head) {
		return head.length >= 32 + SPEC_ID.length && Arrays.equals(head, 32, 32 + SPEC_ID.length, SPEC_ID, 0,
				SPEC_ID.length);
	}

	/** The decoded log, or null when the file is not a TCG2 log. */
	public static DecodedEventLog decode(EventLogRequest q) throws EvidenceFormatException {
		try {
			byte[] head;
			// Through the bounded reader: a FIFO or a device is refused in one line, not waited on.
			try (var in = BoundedInput.open(q.log(), InputKind.LOG)) {
				head = in.readNBytes(64);
			} catch (InputFileException e) {
				throw new EvidenceFormatException(e.getMessage());
			} catch (IOException e) {
				throw new EvidenceFormatException("cannot read " + q.log() + ": " + e.getMessage());
			}
			if (!looksLikeCcel(head)) {
				return null;
			}
			CcelEventLog log = CcelEventLogParser.parse(q.log(), q.log().getFileName().toString());
			RtmrEvidence evidence = null;
			if (q.evidence() != null) {
				try {
					evidence = RtmrEvidence.detect(BoundedInput.readAll(q.evidence(), InputKind.REPORT),
							q.evidence().getFileName().toString());
				} catch (InputFileException e) {
					throw new EvidenceFormatException(e.getMessage());
				} catch (IOException e) {
					throw new EvidenceFormatException("cannot read " + q.evidence() + ": " + e.getMessage());
				} catch (TdxReportFormatException e) {
					throw new EvidenceFormatException(e.getMessage());
				}
			}
			List<PredictedEvent> predicted = null;
			if (q.firmware() != null) {
				TdvfImage fw = TdvfParser.parse(q.firmware(), q.firmware().getFileName().toString());
				byte[] kernel = q.kernel() == null ? null : read(q.kernel());
				InitrdDigest initrd = q.initrd() == null ? null : InitrdDigest.ofFile(q.initrd(), q.initrd().toString());
				long mem = q.memory() > 0 ? q.memory() : GuestRamLayout.QEMU_DEFAULT_RAM;
				predicted = EventLogPrediction.predict(new TdxLaunchInputs(fw, MeasureOrder.PER_PAGE, mem, 1, kernel,
						q.kernel() == null ? null : q.kernel().getFileName().toString(), initrd, q.append()));
			}
			return of(EventLogReport.of(log, evidence, predicted));
		} catch (TdxInputException e) {
			throw new EvidenceFormatException(e.getMessage());
		}
	}

	private static byte[] read(Path p) throws TdxInputException {
		try {
			return BoundedInput.readAll(p, InputKind.KERNEL);
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read " + e.getMessage());
		}
	}

	static String hex(byte[] b) {
		return b == null ? null : HexFormat.of().formatHex(b);
	}

	public static DecodedEventLog of(EventLogReport r) {
		List<DecodedEventLog.Register> regs = new ArrayList<>();
		List<byte[]> predicted = r.prediction() == null ? null : r.predictedRtmrs();
		for (int i = 0; i < 4; i++) {
			regs.add(new DecodedEventLog.Register("RTMR" + i, hex(r.replayed().get(i)),
					r.evidence() == null ? null : hex(r.evidence().rtmrs().get(i)), predicted == null ? null : hex(predicted.get(i))));
		}
		List<DecodedEventLog.Event> events = new ArrayList<>();
		int first = -1;
		if (r.prediction() == null) {
			for (CcelEvent e : r.log().events()) {
				events.add(new DecodedEventLog.Event(e.index(), e.rtmr() < 0 ? "" : "RTMR" + e.rtmr(), e.typeName(),
						e.description(), e.digestHex(), "", "", e.data()));
			}
		} else {
			// the header and other unmeasured records first, then the comparison rows
			for (CcelEvent e : r.log().events()) {
				if (e.rtmr() < 0) {
					events.add(new DecodedEventLog.Event(e.index(), "", e.typeName(), e.description(), e.digestHex(), "", "",
							e.data()));
				}
			}
			EventLogDiff.Row firstRow = r.prediction().firstDivergence();
			for (EventLogDiff.Row row : r.prediction().rows()) {
				if (row == firstRow) {
					first = events.size();
				}
				CcelEvent e = row.observed();
				PredictedEvent p = row.predicted();
				StringBuilder pd = new StringBuilder();
				if (p != null) {
					for (PredictedEvent.Alternative a : p.alternatives()) {
						pd.append(pd.length() == 0 ? "" : "; ").append(a.hex()).append(" (").append(a.assumption()).append(')');
					}
				}
				String status = row.status().name().toLowerCase().replace('_', ' ')
						+ (row.matched() == null ? "" : " (" + row.matched() + ")");
				events.add(new DecodedEventLog.Event(e == null ? -1 : e.index(), "RTMR" + row.rtmr(),
						EventTypes.name(e != null ? e.type() : p.type()), e != null ? e.description() : p.description(),
						e == null ? "" : e.digestHex(), pd.toString(), status, e != null ? e.data() : p.data()));
			}
		}
		List<String> verdicts = new ArrayList<>();
		boolean agrees = true;
		if (r.evidence() != null) {
			int m = r.firstMismatch();
			agrees &= m < 0;
			verdicts.add(m < 0 ? "RTMR0-3 replayed from the log match the " + r.evidence().format()
					: "RTMR" + m + " replayed from the log differs from the " + r.evidence().format());
		}
		if (r.prediction() != null) {
			EventLogDiff.Row d = r.prediction().firstDivergence();
			agrees &= d == null;
			verdicts.add(d == null ? "every predicted event matches the log" : EventLogDiff.describe(d));
		}
		if (verdicts.isEmpty()) {
			verdicts.add(r.log().events().size() + " records, " + r.log().measured().size() + " extend RTMR0-3");
		}
		return new DecodedEventLog("TDX CCEL event log (TCG2 crypto-agile, SHA-384)", regs, events, first,
				String.join("; ", verdicts), agrees);
	}
}
