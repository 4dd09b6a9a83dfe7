/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * The private pages a simulated TD has mapped in its secure EPT, kept as coalesced ranges so that launches of
 * 10^6 pages stay small. Addresses are page-aligned GPAs; a range is {@code [start, end)}.
 */
final class SecureEpt {

	private final TreeMap<Long, Long> ranges = new TreeMap<>();
	private long pages;

	SecureEpt copy() {
		SecureEpt c = new SecureEpt();
		c.ranges.putAll(ranges);
		c.pages = pages;
		return c;
	}

	/** The first mapped page in {@code [gpa, gpa+length)}, or -1 when none is. */
	long firstMapped(long gpa, long length) {
		long end = gpa + length;
		Map.Entry<Long, Long> before = ranges.floorEntry(gpa);
		if (before != null && before.getValue() > gpa) {
			return gpa;
		}
		Long next = ranges.ceilingKey(gpa);
		return next != null && next < end ? next : -1;
	}

	/** Maps {@code [gpa, gpa+length)}; the caller checked that none of it is mapped. */
	void map(long gpa, long length) {
		long start = gpa;
		long end = gpa + length;
		Map.Entry<Long, Long> before = ranges.floorEntry(start);
		if (before != null && before.getValue() == start) {
			start = before.getKey();
			ranges.remove(start);
		}
		Long after = ranges.get(end);
		if (after != null) {
			ranges.remove(end);
			end = after;
		}
		ranges.put(start, end);
		pages += length / TdxModuleState.PAGE_SIZE;
	}

	long pageCount() {
		return pages;
	}
}
