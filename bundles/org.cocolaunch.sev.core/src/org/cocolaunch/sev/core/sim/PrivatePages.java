/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * The guest frames that SNP_LAUNCH_UPDATE already made private (RMP-assigned to the guest), as disjoint
 * {@code [start, end)} frame ranges: compact for launches of a million pages and cheap to copy for snapshots.
 */
public final class PrivatePages {

	private final TreeMap<Long, Long> ranges = new TreeMap<>();

	public PrivatePages() {
	}

	private PrivatePages(PrivatePages other) {
		ranges.putAll(other.ranges);
	}

	/** Whether any frame in {@code [gfn, gfn + count)} is private. */
	public boolean anyAssigned(long gfn, long count) {
		long end = gfn + count;
		Map.Entry<Long, Long> before = ranges.floorEntry(gfn);
		if (before != null && before.getValue() > gfn) {
			return true;
		}
		Long next = ranges.ceilingKey(gfn);
		return next != null && next < end;
	}

	/** Marks {@code [gfn, gfn + count)} private, merging with neighbours. */
	public void assign(long gfn, long count) {
		long start = gfn;
		long end = gfn + count;
		Map.Entry<Long, Long> before = ranges.floorEntry(start);
		if (before != null && before.getValue() >= start) {
			start = before.getKey();
			end = Math.max(end, before.getValue());
			ranges.remove(before.getKey());
		}
		Long next = ranges.ceilingKey(start);
		while (next != null && next <= end) {
			end = Math.max(end, ranges.remove(next));
			next = ranges.ceilingKey(start);
		}
		ranges.put(start, end);
	}

	/** Number of private frames. */
	public long count() {
		long n = 0;
		for (Map.Entry<Long, Long> e : ranges.entrySet()) {
			n += e.getValue() - e.getKey();
		}
		return n;
	}

	public PrivatePages copy() {
		return new PrivatePages(this);
	}
}
