/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;

/**
 * A vendor state object of the followed session as its engine describes it, under a label ("vCPU 0"), with the
 * paths of the fields the last step changed (prefixed with the label, as the field tree names them).
 */
public record DescribedState(String label, StateDescription description, Set<String> changed) {

	/** The description as one root node of a field tree. */
	public FieldNode root() {
		return new FieldNode(label, StateField.group(label, description.groups()));
	}

	/** Changed byte ranges ({offset, size}) of the raw bytes. */
	public List<int[]> changedRanges() {
		List<int[]> ranges = new ArrayList<>();
		var byPath = description.byPath();
		for (String path : changed) {
			StateField f = byPath.get(path.substring(label.length() + 1));
			if (f != null && f.offset() >= 0 && f.children().isEmpty()) {
				ranges.add(new int[] { f.offset(), f.size() });
			}
		}
		return ranges;
	}

	/** The vendor engine of the session's plan, or null. */
	public static VendorEngine engine(Session session) {
		return VendorEngines.registered().forPlan(session.plan()).orElse(null);
	}

	/** Each vCPU the engine can describe, with the fields the last issued step changed. */
	public static List<DescribedState> vcpus(Session session) {
		VendorEngine engine = engine(session);
		List<DescribedState> out = new ArrayList<>();
		if (engine == null) {
			return out;
		}
		List<VcpuState> now = session.vcpus();
		List<VcpuState> before = before(session);
		for (int i = 0; i < now.size(); i++) {
			StateDescription d = engine.describeState(now.get(i).getState());
			if (d == null) {
				continue;
			}
			StateDescription was = before != null && i < before.size() ? engine.describeState(before.get(i).getState())
					: null;
			String label = "vCPU " + now.get(i).getIndex();
			List<String> changed = was != null ? d.changedSince(was)
					: before != null ? List.copyOf(d.byPath().keySet()) : List.of(); // a vCPU the last step created
			out.add(new DescribedState(label, d, prefixed(label, changed)));
		}
		return out;
	}

	/** {@code now} under {@code label}, with the paths changed since {@code was} (null: nothing highlighted). */
	public static DescribedState of(String label, StateDescription now, StateDescription was) {
		return new DescribedState(label, now, prefixed(label, was == null ? List.of() : now.changedSince(was)));
	}

	private static Set<String> prefixed(String label, List<String> paths) {
		Set<String> set = new LinkedHashSet<>();
		paths.forEach(p -> set.add(label + "/" + p));
		return set;
	}

	/** The vCPU states before the last issued step (the plan's for the first step), or null before any step. */
	private static List<VcpuState> before(Session session) {
		List<StepResult> results = session.trace().getResults();
		int n = results.size();
		if (n == 0) {
			return null;
		}
		return n == 1 ? session.plan().getVcpus() : results.get(n - 2).getVcpus();
	}
}
