/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.diff.DiffResult;

/**
 * What can be said when a search found no configuration: which inputs were ruled out (every value of every
 * dimension, in every combination), and — only when a second launch was given to compare — the first structural
 * difference found by {@link org.cocolaunch.core.diff.LaunchDiff}. It states nothing that was not checked: a ruled-out
 * dimension means "no tried value of it, combined with every tried value of the others, gives the target", never
 * "this is the cause".
 */
public final class MismatchExplanation {

	private MismatchExplanation() {
	}

	/**
	 * @param diff the comparison of the two launches the user gave, or {@code null} when none was given
	 */
	public static List<String> lines(SearchResult result, DiffResult diff) {
		List<String> lines = new ArrayList<>();
		String target = HexFormat.of().formatHex(result.target());
		if (result.cancelled()) {
			lines.add("search cancelled after " + result.variants() + " configurations; nothing is ruled out");
		} else {
			lines.add("no configuration reproduces " + result.register() + " " + target);
			lines.add("ruled out " + result.variants() + " configurations, every combination of:");
			for (Map.Entry<String, List<String>> d : result.dimensions().entrySet()) {
				lines.add("  " + d.getKey() + ": " + d.getValue().size() + " value" + (d.getValue().size() == 1 ? "" : "s")
						+ " (" + summary(d.getValue()) + ")");
			}
			for (String skip : result.skipped()) {
				lines.add("not tried, so not ruled out: " + skip);
			}
			lines.add("so either the launch used an input or setting outside this space (another firmware build,"
					+ " kernel, initrd or command line, or a value not listed), or the expected value does not come"
					+ " from such a launch");
		}
		if (diff != null) {
			lines.add(diff.isIdentical() ? "the two launches compared are structurally identical"
					: "first structural difference between the launches compared: " + diff.description());
		}
		return lines;
	}

	private static String summary(List<String> values) {
		if (values.size() <= 6) {
			return String.join(", ", values);
		}
		return String.join(", ", values.subList(0, 3)) + ", …, " + values.get(values.size() - 1);
	}
}
