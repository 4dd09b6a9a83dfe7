/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;

/**
 * Checks a plan before it runs: the vendor-neutral rules here (page ranges aligned and whole pages, update ranges
 * disjoint, every content source backed by a declared input), then the rules of the plan's vendor engine
 * ({@link VendorEngine#validate}: command order, policy bits, parameter/page agreement). Pure and quick (one pass
 * and a sort), so editors can rerun it after every edit.
 */
public final class PlanValidator {

	private static final int PAGE = PlanEdits.PAGE_SIZE;

	private PlanValidator() {
	}

	/** Every problem of {@code plan}, plan-level ones first, then by step. */
	public static List<PlanProblem> validate(LaunchPlan plan, VendorEngines engines) {
		List<PlanProblem> problems = new ArrayList<>(common(plan));
		engines.forPlan(plan).ifPresent(engine -> problems.addAll(engine.validate(plan)));
		problems.sort(Comparator.comparingInt(PlanProblem::stepIndex));
		return problems;
	}

	/** The vendor-neutral checks alone. */
	public static List<PlanProblem> common(LaunchPlan plan) {
		List<PlanProblem> problems = new ArrayList<>();
		Set<String> roles = declaredInputs(plan, problems);
		List<Step> steps = plan.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			for (PageRange range : steps.get(i).getPages()) {
				checkRange(i, range, problems);
				checkContent(i, range.getContent(), roles, problems);
			}
		}
		checkOverlaps(steps, problems);
		return problems;
	}

	private static Set<String> declaredInputs(LaunchPlan plan, List<PlanProblem> problems) {
		Set<String> roles = new HashSet<>();
		for (LaunchInput input : plan.getInputs()) {
			roles.add(input.getRole());
			if (empty(input.getPath()) && input.getValue() == null) {
				problems.add(PlanProblem.error(-1, null, "input '" + input.getRole() + "' has neither a file nor a value"));
			}
		}
		return roles;
	}

	private static void checkRange(int step, PageRange range, List<PlanProblem> problems) {
		if (range.getGpa() % PAGE != 0) {
			problems.add(PlanProblem.error(step, "gpa", "GPA " + StepSummary.hex(range.getGpa()) + " is not 4 KiB-aligned"));
		}
		if (range.getLength() <= 0 || range.getLength() % PAGE != 0) {
			problems.add(PlanProblem.error(step, "length", "length " + StepSummary.hex(range.getLength())
					+ " is not a non-zero multiple of 4 KiB"));
		}
	}

	private static void checkContent(int step, ContentSource content, Set<String> roles, List<PlanProblem> problems) {
		if (content == null) {
			return;
		}
		switch (content.getKind()) {
		case NONE -> {
			// zero or unmeasured pages: nothing to load
		}
		case INLINE, GENERATED -> {
			if (content.getData() == null) {
				problems.add(PlanProblem.error(step, "data", content.getKind().getLiteral().toLowerCase(Locale.ROOT)
						+ " content without data"));
			}
		}
		default -> {
			String role = content.getInput() != null ? content.getInput()
					: content.getKind().getLiteral().toLowerCase(Locale.ROOT);
			if (!roles.contains(role)) {
				problems.add(PlanProblem.error(step, "input", "missing input: the pages need input '" + role
						+ "', which the plan does not declare"));
			}
		}
		}
	}

	/** A guest page can be added (encrypted, measured) once: update ranges of different steps must not overlap. */
	private static void checkOverlaps(List<Step> steps, List<PlanProblem> problems) {
		record Span(long start, long end, int step) {
		}
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).getPhase() == Phase.UPDATE) {
				for (PageRange r : steps.get(i).getPages()) {
					if (r.getLength() > 0) {
						spans.add(new Span(r.getGpa(), r.getGpa() + r.getLength(), i));
					}
				}
			}
		}
		spans.sort(Comparator.comparingLong(Span::start));
		Span reach = null; // the span reaching furthest so far
		for (Span s : spans) {
			if (reach != null && Long.compareUnsigned(s.start(), reach.end()) < 0 && s.step() != reach.step()) {
				int later = Math.max(s.step(), reach.step());
				int earlier = Math.min(s.step(), reach.step());
				problems.add(PlanProblem.error(later, "gpa", "pages " + StepSummary.hex(s.start()) + "-"
						+ StepSummary.hex(Math.min(s.end(), reach.end()) - 1) + " overlap the update of step " + earlier
						+ " (a guest page is added only once)"));
			}
			if (reach == null || Long.compareUnsigned(s.end(), reach.end()) > 0) {
				reach = s;
			}
		}
	}

	private static boolean empty(String s) {
		return s == null || s.isEmpty();
	}
}
