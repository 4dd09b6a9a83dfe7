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
	 * Replaces step {@code index} by one step per 4 KiB page, in the same order (Step Into). Each copy keeps the
	 * command and parameters and covers one page, with its content source narrowed to that page. A launch command
	 * over many pages has the same effect as the same command issued page by page, which is what KVM does anyway.
	 *
	 * @return the number of steps now standing where the step stood (1 when it had at most one page)
	 */
	public static int splitIntoPages(LaunchPlan plan, int index) {
		Step step = plan.getSteps().get(index);
		long pageCount = 0;
		for (PageRange range : step.getPages()) {
			pageCount += (range.getLength() + PAGE_SIZE - 1) / PAGE_SIZE;
		}
		if (pageCount <= 1) {
			return 1;
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
		plan.getSteps().remove(index);
		plan.getSteps().addAll(index, pages);
		return pages.size();
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
