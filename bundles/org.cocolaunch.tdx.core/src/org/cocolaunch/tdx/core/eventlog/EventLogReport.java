/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.tdx.core.measure.RtmrBank;

/**
 * Everything {@code eventlog} and the Event Log view show for one log: the parsed log, its replayed RTMRs, the
 * evidence's RTMRs when given, and the comparison with a prediction when launch inputs were given.
 *
 * @param log        the parsed log
 * @param replayed   RTMR0..3 replayed from the log
 * @param evidence   RTMRs of a quote/TDREPORT, or null
 * @param prediction predicted-vs-observed comparison, or null
 */
public record EventLogReport(CcelEventLog log, List<byte[]> replayed, RtmrEvidence evidence, EventLogDiff prediction) {

	public static EventLogReport of(CcelEventLog log, RtmrEvidence evidence, List<PredictedEvent> predicted) {
		return new EventLogReport(log, RtmrReplay.replay(log), evidence,
				predicted == null ? null : EventLogDiff.compare(log, predicted));
	}

	/** Whether RTMR {@code i} replayed equals the evidence's (only with evidence). */
	public boolean matches(int i) {
		return Arrays.equals(replayed.get(i), evidence.rtmrs().get(i));
	}

	/** The first RTMR whose replay differs from the evidence, or -1 (also without evidence). */
	public int firstMismatch() {
		if (evidence == null) {
			return -1;
		}
		for (int i = 0; i < 4; i++) {
			if (!matches(i)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * RTMR0..3 as the prediction gives them, taking the logged digest for events the inputs do not determine; an
	 * RTMR with a MISSING or UNEXPECTED event is replayed as predicted (missing ones extended, unexpected ones left out).
	 */
	public List<byte[]> predictedRtmrs() {
		RtmrBank bank = new RtmrBank();
		for (EventLogDiff.Row r : prediction.rows()) {
			byte[] d = switch (r.status()) {
			case MATCH, NOT_PREDICTED -> r.observed().sha384();
			case DIFFERS, MISSING -> r.predicted().digest();
			case UNEXPECTED -> null;
			};
			if (d != null) {
				bank.extend(r.rtmr(), d);
			}
		}
		List<byte[]> out = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			out.add(bank.value(i));
		}
		return out;
	}

	/** How many observed events the predicted RTMR {@code i} takes from the log because the inputs do not fix them. */
	public long takenFromLog(int i) {
		return prediction.rows().stream().filter(r -> r.rtmr() == i && r.status() == EventLogDiff.Status.NOT_PREDICTED)
				.count();
	}
}
