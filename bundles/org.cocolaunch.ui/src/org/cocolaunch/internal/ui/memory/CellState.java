/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.memory;

import java.util.List;

import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.MemoryRange;
import org.cocolaunch.core.inspect.PageState;

/**
 * The state a map cell of several pages shows: the most notable state among its pages, so a single VMSA, secrets or
 * CPUID page stays visible when zoomed out. Looks at most {@link #MAX_RANGES} ranges per cell to bound paint time.
 */
final class CellState {

	static final int MAX_RANGES = 64;

	/** Most notable first. */
	private static final List<PageState> PRIORITY = List.of(PageState.VMSA, PageState.SECRETS, PageState.CPUID,
			PageState.UNMEASURED, PageState.AUG, PageState.MEASURED, PageState.ZERO, PageState.SHARED,
			PageState.NOT_ADDED, PageState.PRIVATE_RAM);

	private CellState() {
	}

	/** The state to paint for [gpa, gpa+length), or null when nothing there is mapped. */
	static PageState of(GuestMemoryMap map, long gpa, long length) {
		List<MemoryRange> ranges = map.ranges();
		PageState best = null;
		int seen = 0;
		for (int i = map.indexFrom(gpa); i < ranges.size() && seen < MAX_RANGES; i++, seen++) {
			MemoryRange r = ranges.get(i);
			if (r.gpa() >= gpa + length) {
				break;
			}
			if (best == null || PRIORITY.indexOf(r.state()) < PRIORITY.indexOf(best)) {
				best = r.state();
			}
		}
		return best;
	}
}
