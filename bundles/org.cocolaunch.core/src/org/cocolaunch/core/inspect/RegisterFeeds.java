/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.Step;

/**
 * How many guest pages of each kind fed each measurement register: for every change in a register's history, the
 * pages of the step that made it, counted by the state they were added in. Pages that are added but not measured
 * (unmeasured, PAGE.AUG, shared) never feed a register and are not counted; a change made by a step without pages
 * (an RTMR event, the VMSA of an SEV-ES vCPU without a page range, a finalize) counts as a page-less change.
 */
public final class RegisterFeeds {

	/**
	 * @param register the register's name
	 * @param pages pages per state, in {@link PageState} order; only states with pages
	 * @param pagelessChanges changes made by steps that add no pages
	 */
	public record Feed(String register, Map<PageState, Long> pages, int pagelessChanges) {

		public long totalPages() {
			return pages.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private RegisterFeeds() {
	}

	public static List<Feed> of(LaunchPlan plan, List<MeasurementRegister> registers) {
		List<Step> steps = plan.getSteps();
		List<Feed> feeds = new ArrayList<>(registers.size());
		for (MeasurementRegister register : registers) {
			Map<PageState, Long> pages = new EnumMap<>(PageState.class);
			int pageless = 0;
			for (RegisterUpdate update : register.getHistory()) {
				int index = update.getStepIndex();
				long counted = 0;
				if (index >= 0 && index < steps.size()) {
					for (PageRange range : steps.get(index).getPages()) {
						if (feedsMeasurement(range.getKind())) {
							long count = (range.getLength() + PagePlaintext.PAGE - 1) / PagePlaintext.PAGE;
							pages.merge(PageState.added(range.getKind()), count, Long::sum);
							counted += count;
						}
					}
				}
				if (counted == 0) {
					pageless++;
				}
			}
			feeds.add(new Feed(register.getName(), Collections.unmodifiableMap(pages), pageless));
		}
		return feeds;
	}

	private static boolean feedsMeasurement(PageKind kind) {
		return kind != PageKind.UNMEASURED && kind != PageKind.AUG && kind != PageKind.SHARED;
	}
}
