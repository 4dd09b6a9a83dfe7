/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a configuration search.
 *
 * @param target     the measurement searched for
 * @param register   its register name ({@code MEASUREMENT}, {@code launch digest}, {@code MRTD})
 * @param matches    every configuration that reproduced the target, each re-verified with the plain measurer
 * @param dimensions each searched dimension with the values tried (in search order); when nothing matched, every
 *                   combination of these values was ruled out
 * @param variants   number of configurations covered (shared work counts every configuration it stands for)
 * @param cancelled  whether the search stopped early (then {@code matches} may be incomplete)
 * @param nanos      wall time of the search
 * @param skipped    combinations of the dimensions that were not tried, and why (e.g. kernel hashes on with a
 *                   firmware that has no hash table); they are not ruled out
 */
public record SearchResult(byte[] target, String register, List<Variant> matches, Map<String, List<String>> dimensions,
		long variants, boolean cancelled, long nanos, List<String> skipped) {

	public SearchResult {
		target = target.clone();
		matches = List.copyOf(matches);
		skipped = List.copyOf(skipped);
		dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
	}

	public boolean matched() {
		return !matches.isEmpty();
	}

	/** Configurations covered per second of wall time. */
	public double variantsPerSecond() {
		return nanos == 0 ? 0 : variants * 1e9 / nanos;
	}
}
