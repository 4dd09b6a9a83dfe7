/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cocolaunch.model.PageRange;

/**
 * Compares two lists of page ranges page by page without expanding them (a launch can hold 10^6 pages): both
 * lists are walked together in 4 KiB steps that jump over runs where both sides agree. Strict mode (plan against
 * plan, trace against trace) also wants the same split into ranges; lenient mode (trace against plan) accepts a
 * different split as long as every page has the same address and kind.
 */
final class PageWalk {

	/** The first page where the lists differ. */
	record Difference(long gpa, String aspect, String text) {
	}

	private PageWalk() {
	}

	static Optional<Difference> compare(List<PageRange> a, List<PageRange> b, boolean strict) {
		int ia = 0;
		int ib = 0;
		long offA = 0;
		long offB = 0;
		while (ia < a.size() && ib < b.size()) {
			PageRange ra = a.get(ia);
			PageRange rb = b.get(ib);
			if (ra.getLength() <= 0 || rb.getLength() <= 0) {
				// An empty range touches no page: skip it (it cannot differ page by page).
				ia += ra.getLength() <= 0 ? 1 : 0;
				ib += rb.getLength() <= 0 ? 1 : 0;
				continue;
			}
			long gpaA = ra.getGpa() + offA;
			long gpaB = rb.getGpa() + offB;
			if (gpaA != gpaB) {
				return Optional.of(new Difference(gpaA, "gpa", "page range " + ia + ": gpa " + hex(gpaA) + " vs " + hex(gpaB)));
			}
			if (ra.getKind() != rb.getKind()) {
				return Optional.of(new Difference(gpaA, "kind", "page " + hex(gpaA) + ": kind " + ra.getKind() + " vs "
						+ rb.getKind()));
			}
			boolean aligned = offA == 0 && offB == 0;
			if (aligned && strict && ra.getLength() != rb.getLength()) {
				return Optional.of(new Difference(gpaA, "length", "page range " + ia + " at " + hex(gpaA) + ": length "
						+ hex(ra.getLength()) + " vs " + hex(rb.getLength())));
			}
			if (aligned && ra.getLength() == rb.getLength()
					&& ContentIdentity.comparable(ra.getContent(), rb.getContent())) {
				String ca = ContentIdentity.of(ra.getContent());
				String cb = ContentIdentity.of(rb.getContent());
				if (!Objects.equals(ca, cb)) {
					return Optional.of(new Difference(gpaA, "contents", "page range at " + hex(gpaA) + ": contents " + ca
							+ " vs " + cb));
				}
			}
			long step = Math.min(ra.getLength() - offA, rb.getLength() - offB);
			offA += step;
			offB += step;
			if (offA >= ra.getLength()) {
				ia++;
				offA = 0;
			}
			if (offB >= rb.getLength()) {
				ib++;
				offB = 0;
			}
		}
		if (ia < a.size()) {
			long gpa = a.get(ia).getGpa() + offA;
			return Optional.of(new Difference(gpa, "pages", "page " + hex(gpa) + ": only in A"));
		}
		if (ib < b.size()) {
			long gpa = b.get(ib).getGpa() + offB;
			return Optional.of(new Difference(gpa, "pages", "page " + hex(gpa) + ": only in B"));
		}
		return Optional.empty();
	}

	static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
