/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;

/**
 * The memory slots a plan needs on real KVM: its guest memory regions plus every page range its steps load (the
 * firmware sits above RAM, below 4 GiB), page-aligned, merged where they touch or overlap, in address order.
 */
public final class SlotLayout {

	public static final long PAGE_SIZE = 4096;

	/** One slot: guest physical address and size, both page-aligned. */
	public record Range(long gpa, long size) {
		public long end() {
			return gpa + size;
		}
	}

	private SlotLayout() {
	}

	public static List<Range> of(LaunchPlan plan) {
		List<Range> raw = new ArrayList<>();
		for (GuestMemoryRegion r : plan.getMemoryRegions()) {
			add(raw, r.getGpa(), r.getLength());
		}
		for (Step s : plan.getSteps()) {
			for (PageRange p : s.getPages()) {
				add(raw, p.getGpa(), p.getLength());
			}
		}
		raw.sort(Comparator.comparingLong(Range::gpa));
		List<Range> merged = new ArrayList<>();
		for (Range r : raw) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && r.gpa() <= last.end()) {
				merged.set(merged.size() - 1, new Range(last.gpa(), Math.max(last.end(), r.end()) - last.gpa()));
			} else {
				merged.add(r);
			}
		}
		return merged;
	}

	private static void add(List<Range> list, long gpa, long length) {
		if (length <= 0) {
			return;
		}
		long start = gpa & -PAGE_SIZE;
		long end = (gpa + length + PAGE_SIZE - 1) & -PAGE_SIZE;
		list.add(new Range(start, end - start));
	}
}
