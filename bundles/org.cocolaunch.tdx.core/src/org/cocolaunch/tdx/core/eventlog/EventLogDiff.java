/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Predicted events beside observed ones. Per RTMR the two sequences are lined up by event identity
 * ({@link EventKeys}: type plus name, never the digest) with a longest common subsequence, then merged in log order.
 */
public final class EventLogDiff {

	public enum Status {
		/** Predicted and observed digests are equal. */
		MATCH,
		/** Both present, digests differ. */
		DIFFERS,
		/** Observed; the inputs do not determine it (ACPI tables, boot variables, RTMR3's runtime events, …). */
		NOT_PREDICTED,
		/** Observed, but the prediction has no such event (another boot path, an extra component). */
		UNEXPECTED,
		/** Predicted, but absent from the log. */
		MISSING;

		public boolean diverges() {
			return this == DIFFERS || this == UNEXPECTED || this == MISSING;
		}
	}

	/**
	 * One line of the comparison.
	 *
	 * @param observed  the logged event, or null (MISSING)
	 * @param predicted the predicted event, or null (UNEXPECTED, NOT_PREDICTED without a counterpart)
	 * @param matched   the assumption of the predicted digest that equals the observed one, or null
	 */
	public record Row(int rtmr, Status status, CcelEvent observed, PredictedEvent predicted, String matched) {
	}

	private final List<Row> rows;

	private EventLogDiff(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	public List<Row> rows() {
		return rows;
	}

	/** The first row that diverges, in log order, or null when none does. */
	public Row firstDivergence() {
		return rows.stream().filter(r -> r.status().diverges()).findFirst().orElse(null);
	}

	public static EventLogDiff compare(CcelEventLog log, List<PredictedEvent> predicted) {
		List<List<CcelEvent>> obs = new ArrayList<>();
		List<List<PredictedEvent>> pre = new ArrayList<>();
		for (int r = 0; r < 4; r++) {
			final int rr = r;
			obs.add(log.measured().stream().filter(e -> e.rtmr() == rr).toList());
			pre.add(predicted.stream().filter(e -> e.rtmr() == rr).toList());
		}
		// per RTMR: for each observed event, the predicted events missing just before it, and its partner
		List<List<Row>> perRtmr = new ArrayList<>();
		for (int r = 0; r < 4; r++) {
			perRtmr.add(align(r, obs.get(r), pre.get(r)));
		}
		// merge in log order: each RTMR's rows stay in order, observed rows follow the log
		List<Row> out = new ArrayList<>();
		int[] next = new int[4];
		for (CcelEvent e : log.measured()) {
			List<Row> rs = perRtmr.get(e.rtmr());
			while (next[e.rtmr()] < rs.size()) {
				Row row = rs.get(next[e.rtmr()]++);
				out.add(row);
				if (row.observed() == e) {
					break;
				}
			}
		}
		for (int r = 0; r < 4; r++) {
			List<Row> rs = perRtmr.get(r);
			while (next[r] < rs.size()) {
				out.add(rs.get(next[r]++));
			}
		}
		return new EventLogDiff(out);
	}

	private static List<Row> align(int rtmr, List<CcelEvent> o, List<PredictedEvent> p) {
		int n = o.size();
		int m = p.size();
		String[] ok = new String[n];
		String[] pk = new String[m];
		for (int i = 0; i < n; i++) {
			ok[i] = EventKeys.key(o.get(i).type(), o.get(i).data());
		}
		for (int j = 0; j < m; j++) {
			pk[j] = p.get(j).key();
		}
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = ok[i].equals(pk[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Row> rows = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && ok[i].equals(pk[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
				rows.add(pair(rtmr, o.get(i), p.get(j)));
				i++;
				j++;
			} else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
				CcelEvent e = o.get(i++);
				// RTMR3 belongs to the running OS and its applications (runtime measurements), never to the launch
				boolean tolerated = EventLogPrediction.NOT_PREDICTED_TYPES.contains(e.type()) || rtmr == 3;
				rows.add(new Row(rtmr, tolerated ? Status.NOT_PREDICTED : Status.UNEXPECTED, e, null, null));
			} else {
				rows.add(new Row(rtmr, Status.MISSING, null, p.get(j++), null));
			}
		}
		return rows;
	}

	private static Row pair(int rtmr, CcelEvent o, PredictedEvent p) {
		if (!p.determined()) {
			return new Row(rtmr, Status.NOT_PREDICTED, o, p, null);
		}
		for (PredictedEvent.Alternative a : p.alternatives()) {
			if (Arrays.equals(a.digest(), o.sha384())) {
				return new Row(rtmr, Status.MATCH, o, p, a.assumption());
			}
		}
		return new Row(rtmr, Status.DIFFERS, o, p, null);
	}

	/** The first divergence in one line: where, both digests, the decoded data. */
	public static String describe(Row d) {
		CcelEvent e = d.observed();
		PredictedEvent p = d.predicted();
		StringBuilder s = new StringBuilder("first divergence: ");
		switch (d.status()) {
		case DIFFERS -> {
			s.append(String.format("event #%d (RTMR%d %s: %s): logged %s, predicted", e.index(), d.rtmr(), e.typeName(),
					e.description(), HexFormat.of().formatHex(e.sha384())));
			for (PredictedEvent.Alternative a : p.alternatives()) {
				s.append(' ').append(a.hex()).append(" (").append(a.assumption()).append(')');
			}
		}
		case UNEXPECTED -> s.append(String.format("event #%d (RTMR%d %s: %s, digest %s) is not in the prediction", e.index(),
				d.rtmr(), e.typeName(), e.description(), HexFormat.of().formatHex(e.sha384())));
		case MISSING -> s.append(String.format("predicted RTMR%d %s (%s, digest %s) is not in the log", d.rtmr(),
				EventTypes.name(p.type()), p.description(),
				p.determined() ? HexFormat.of().formatHex(p.digest()) : "undetermined"));
		default -> s.append(d.status());
		}
		return s.toString();
	}
}
