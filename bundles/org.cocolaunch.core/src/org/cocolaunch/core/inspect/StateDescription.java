/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A vendor state object decoded for display: a title, its field groups and — when the state has a binary form, like
 * the 4 KiB VMSA page — the raw bytes the fields' offsets point into.
 */
public record StateDescription(String title, List<StateField> groups, byte[] raw) {

	public StateDescription {
		groups = List.copyOf(groups);
	}

	/** Every leaf and group by its path ("Group/Field/Bit"), in tree order. */
	public Map<String, StateField> byPath() {
		Map<String, StateField> map = new LinkedHashMap<>();
		collect("", groups, map);
		return map;
	}

	private static void collect(String prefix, List<StateField> fields, Map<String, StateField> into) {
		for (StateField f : fields) {
			String path = prefix + f.name();
			into.put(path, f);
			collect(path + "/", f.children(), into);
		}
	}

	/** Paths whose value differs from {@code before} (all paths when there is no earlier description). */
	public List<String> changedSince(StateDescription before) {
		List<String> changed = new ArrayList<>();
		Map<String, StateField> old = before == null ? Map.of() : before.byPath();
		byPath().forEach((path, f) -> {
			StateField was = old.get(path);
			if (before != null && (was == null || !Objects.equals(was.value(), f.value()))) {
				changed.add(path);
			}
		});
		return changed;
	}
}
