/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;

/**
 * The guest-physical layout of a plan at a point of its launch: the plan's memory regions, overlaid in step order by
 * the pages each step adds — in their added state when the step was issued successfully, "not yet added" otherwise.
 * Adjacent pages in the same state from the same source are merged into one {@link MemoryRange}, so a launch of
 * 10^6 pages in a few big steps is a handful of ranges; lookups by address are binary searches.
 */
public final class GuestMemoryMap {

	private final MemoryRange[] ranges;
	private final long[] starts;
	/** Read-only view of {@link #ranges} (no copy: views index it per painted cell). */
	private final List<MemoryRange> view;

	private GuestMemoryMap(List<MemoryRange> sorted) {
		this.ranges = sorted.toArray(MemoryRange[]::new);
		this.starts = Arrays.stream(ranges).mapToLong(MemoryRange::gpa).toArray();
		this.view = Collections.unmodifiableList(Arrays.asList(ranges));
	}

	/**
	 * @param issued whether step {@code i} was issued successfully (its pages are in their added state)
	 */
	public static GuestMemoryMap of(LaunchPlan plan, IntPredicate issued) {
		TreeMap<Long, MemoryRange> layers = new TreeMap<>();
		for (GuestMemoryRegion region : plan.getMemoryRegions()) {
			PageState state = region.isPrivateMemory() ? PageState.PRIVATE_RAM : PageState.SHARED;
			paint(layers, new MemoryRange(region.getGpa(), region.getLength(), state, -1, -1, "region " + region.getName()));
		}
		List<Step> steps = plan.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			for (PageRange pages : step.getPages()) {
				PageState state = issued.test(i) ? PageState.added(pages.getKind()) : PageState.NOT_ADDED;
				paint(layers, new MemoryRange(pages.getGpa(), pages.getLength(), state, i, i, source(step, pages)));
			}
		}
		return new GuestMemoryMap(merge(layers.values()));
	}

	private static String source(Step step, PageRange pages) {
		ContentSource c = pages.getContent();
		String content = c == null ? pages.getKind().getLiteral().toLowerCase()
				: c.getInput() != null ? c.getKind().getLiteral().toLowerCase() + " '" + c.getInput() + "'"
						: c.getKind().getLiteral().toLowerCase();
		return step.getCommand() + ", " + content;
	}

	/** Overwrites [r.gpa, r.end) with r, cutting the ranges it overlaps. */
	private static void paint(TreeMap<Long, MemoryRange> layers, MemoryRange r) {
		if (r.length() <= 0) {
			return;
		}
		Map.Entry<Long, MemoryRange> before = layers.lowerEntry(r.gpa());
		if (before != null && before.getValue().end() > r.gpa()) {
			MemoryRange b = before.getValue();
			layers.put(b.gpa(), cut(b, b.gpa(), r.gpa()));
			if (b.end() > r.end()) {
				layers.put(r.end(), cut(b, r.end(), b.end()));
			}
		}
		for (Long key = layers.ceilingKey(r.gpa()); key != null && key < r.end(); key = layers.ceilingKey(r.gpa())) {
			MemoryRange covered = layers.remove(key);
			if (covered.end() > r.end()) {
				layers.put(r.end(), cut(covered, r.end(), covered.end()));
			}
		}
		layers.put(r.gpa(), r);
	}

	private static MemoryRange cut(MemoryRange r, long from, long to) {
		return new MemoryRange(from, to - from, r.state(), r.firstStep(), r.lastStep(), r.source());
	}

	private static List<MemoryRange> merge(Iterable<MemoryRange> sorted) {
		List<MemoryRange> out = new ArrayList<>();
		for (MemoryRange r : sorted) {
			MemoryRange last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && last.end() == r.gpa() && last.state() == r.state() && last.source().equals(r.source())
					&& (r.firstStep() < 0) == (last.firstStep() < 0)) {
				out.set(out.size() - 1, new MemoryRange(last.gpa(), last.length() + r.length(), r.state(),
						Math.min(last.firstStep(), r.firstStep()), Math.max(last.lastStep(), r.lastStep()), r.source()));
			} else {
				out.add(r);
			}
		}
		return out;
	}

	/** The ranges in address order (no overlaps; gaps are addresses no region or step names). */
	public List<MemoryRange> ranges() {
		return view;
	}

	public boolean isEmpty() {
		return ranges.length == 0;
	}

	/** Lowest mapped address (0 when empty). */
	public long lowest() {
		return ranges.length == 0 ? 0 : ranges[0].gpa();
	}

	/** One past the highest mapped address (0 when empty). */
	public long highest() {
		return ranges.length == 0 ? 0 : ranges[ranges.length - 1].end();
	}

	/** The range holding {@code gpa}, or null in a gap. */
	public MemoryRange at(long gpa) {
		int i = Arrays.binarySearch(starts, gpa);
		int index = i >= 0 ? i : -i - 2;
		return index >= 0 && ranges[index].contains(gpa) ? ranges[index] : null;
	}

	/** The first range that ends after {@code gpa} (its index), for painting a window; ranges().size() if none. */
	public int indexFrom(long gpa) {
		int i = Arrays.binarySearch(starts, gpa);
		int index = i >= 0 ? i : Math.max(0, -i - 2);
		while (index < ranges.length && ranges[index].end() <= gpa) {
			index++;
		}
		return index;
	}
}
