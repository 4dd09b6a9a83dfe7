/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;

/**
 * The plaintext of one 4 KiB guest page as the plan puts it there: the bytes of the input (firmware, kernel, ...) or
 * the generated/inline data of the last step that adds the page. Reads only that page's slice, so a page of a 1 GiB
 * update costs 4 KiB, not the whole range.
 *
 * @param gpa the page's guest-physical address (4 KiB aligned)
 * @param bytes the page's 4096 bytes, or null when the plan gives the page no contents (zero, unmeasured pages)
 * @param origin one line saying where the bytes come from, or why there are none
 */
public record PagePlaintext(long gpa, byte[] bytes, String origin) {

	public static final int PAGE = 4096;

	/**
	 * The page holding {@code address} in the plan, read from {@code inputs}.
	 *
	 * @throws BackendException when an input the page comes from cannot be read (message names the file and role)
	 */
	public static PagePlaintext at(LaunchPlan plan, PlanInputs inputs, long address) throws BackendException {
		long page = address & ~(long) (PAGE - 1);
		List<Step> steps = plan.getSteps();
		for (int i = steps.size() - 1; i >= 0; i--) {
			for (PageRange range : steps.get(i).getPages()) {
				if (page >= range.getGpa() && page < range.getGpa() + range.getLength()) {
					return read(page, i, steps.get(i), range, inputs);
				}
			}
		}
		return new PagePlaintext(page, null, "no step of the plan adds this page");
	}

	private static PagePlaintext read(long page, int index, Step step, PageRange range, PlanInputs inputs)
			throws BackendException {
		String where = "step " + index + " " + step.getCommand() + ", " + range.getKind().getLiteral().toLowerCase(Locale.ROOT)
				+ " page";
		ContentSource source = range.getContent();
		long within = page - range.getGpa();
		if (source == null || source.getKind() == ContentSourceKind.NONE) {
			return new PagePlaintext(page, null, where + ": the plan gives no contents (the firmware fills or skips it)");
		}
		byte[] all;
		long start;
		long end;
		String what;
		if (source.getKind() == ContentSourceKind.INLINE || source.getKind() == ContentSourceKind.GENERATED) {
			all = source.getData();
			start = within;
			what = source.getKind().getLiteral().toLowerCase(Locale.ROOT) + " data at offset 0x" + Long.toHexString(within);
			if (all == null) {
				return new PagePlaintext(page, null, where + ": its " + source.getKind().getLiteral().toLowerCase(Locale.ROOT)
						+ " data is not stored in the plan");
			}
			end = all.length;
		} else {
			String role = source.getInput() != null ? source.getInput()
					: source.getKind().getLiteral().toLowerCase(Locale.ROOT);
			long size = inputs.size(role);
			start = source.getOffset() + within;
			end = source.getLength() == 0 ? size : Math.min(size, source.getOffset() + source.getLength());
			what = "input '" + role + "' at offset 0x" + Long.toHexString(start);
			// Only this page's slice is read: a page of a 1 GiB input costs 4 KiB.
			all = start < end ? inputs.slice(role, start, Math.min(PAGE, end - start)) : new byte[0];
			end -= start;
			start = 0;
		}
		// Bytes past the end of the source read as zero, as the range is zero-padded when it is added.
		byte[] bytes = new byte[PAGE];
		if (start < end) {
			System.arraycopy(all, (int) start, bytes, 0, (int) Math.min(PAGE, end - start));
		}
		return new PagePlaintext(page, bytes, where + ": " + what);
	}
}
