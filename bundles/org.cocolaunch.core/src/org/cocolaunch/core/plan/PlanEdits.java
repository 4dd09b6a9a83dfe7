/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Edits a plan records when the user changes the launch while stepping. */
public final class PlanEdits {

	/** The page size every launch command works in (4 KiB on both vendors). */
	public static final int PAGE_SIZE = 4096;

	private PlanEdits() {
	}

	/**
	 * One step per 4 KiB page of {@code step}, in order: each copy keeps the command and parameters and covers one
	 * page, with its content source narrowed to that page. Vendor backends adjust the parameter struct (see
	 * {@code Backend.pageSteps}); a step with at most one page comes back alone.
	 */
	public static List<Step> pageSteps(Step step) {
		long pageCount = 0;
		for (PageRange range : step.getPages()) {
			pageCount += (range.getLength() + PAGE_SIZE - 1) / PAGE_SIZE;
		}
		if (pageCount <= 1) {
			return List.of(step);
		}
		List<Step> pages = new ArrayList<>();
		int k = 0;
		for (PageRange range : step.getPages()) {
			for (long offset = 0; offset < range.getLength(); offset += PAGE_SIZE) {
				Step copy = EcoreUtil.copy(step);
				copy.getPages().clear();
				copy.getPages().add(narrow(range, offset, Math.min(PAGE_SIZE, range.getLength() - offset)));
				copy.setName((step.getName() == null ? step.getCommand() : step.getName()) + " [page " + (++k) + "/"
						+ pageCount + "]");
				pages.add(copy);
			}
		}
		return pages;
	}

	/** Replaces step {@code index} by {@code steps} (the plan records the edit). */
	public static void replace(LaunchPlan plan, int index, List<Step> steps) {
		if (steps.size() == 1 && steps.get(0) == plan.getSteps().get(index)) {
			return;
		}
		plan.getSteps().remove(index);
		plan.getSteps().addAll(index, steps);
	}

	/** Removes step {@code index}. */
	public static void delete(LaunchPlan plan, int index) {
		plan.getSteps().remove(index);
	}

	/** Moves step {@code index} one place up ({@code -1}) or down ({@code +1}); returns its new index. */
	public static int move(LaunchPlan plan, int index, int delta) {
		int to = index + delta;
		if (to < 0 || to >= plan.getSteps().size()) {
			throw new IllegalArgumentException("step " + index + " cannot move to " + to);
		}
		plan.getSteps().move(to, index);
		return to;
	}

	/** Inserts a copy of step {@code index} right after it (to issue a command twice, or edit a variant). */
	public static Step duplicate(LaunchPlan plan, int index) {
		Step copy = EcoreUtil.copy(plan.getSteps().get(index));
		plan.getSteps().add(index + 1, copy);
		return copy;
	}

	private static PageRange narrow(PageRange range, long offset, long length) {
		PageRange page = EcoreUtil.copy(range);
		page.setGpa(range.getGpa() + offset);
		page.setLength(length);
		ContentSource content = page.getContent();
		if (content != null) {
			switch (content.getKind()) {
			case INLINE, GENERATED -> {
				byte[] data = content.getData();
				if (data != null) {
					int from = (int) Math.min(offset, data.length);
					int to = (int) Math.min(offset + length, data.length);
					content.setData(Arrays.copyOfRange(data, from, to));
				}
			}
			case NONE -> {
				// no contents to narrow
			}
			default -> {
				content.setOffset(content.getOffset() + offset);
				content.setLength(length);
			}
			}
			content.setDigest(null); // a digest of the whole range no longer describes one page
		}
		return page;
	}
}
