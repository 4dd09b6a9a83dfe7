/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code name value name value ...} arguments of a launch trace event, in log order. The SNP update event's
 * trailing {@code (Normal page)} becomes the field {@code type}. A name without a value (a line cut short) is
 * recorded in {@link #dangling()} rather than guessed.
 */
final class EventArguments {

	private static final Pattern PAGE_SUFFIX = Pattern.compile("\\((\\S+) page\\)\\s*$");

	private final Map<String, String> fields;
	private final String dangling;

	private EventArguments(Map<String, String> fields, String dangling) {
		this.fields = Collections.unmodifiableMap(fields);
		this.dangling = dangling;
	}

	static EventArguments parse(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		String rest = text.strip();
		String pageType = null;
		Matcher suffix = PAGE_SUFFIX.matcher(rest);
		if (suffix.find()) {
			pageType = suffix.group(1);
			rest = rest.substring(0, suffix.start()).strip();
		}
		String[] tokens = rest.isEmpty() ? new String[0] : rest.split("\\s+");
		int i = 0;
		for (; i + 1 < tokens.length; i += 2) {
			fields.putIfAbsent(tokens[i], tokens[i + 1]);
		}
		if (pageType != null) {
			fields.putIfAbsent("type", pageType);
		}
		return new EventArguments(fields, i < tokens.length ? tokens[i] : null);
	}

	/** Field names to their logged values, in log order. */
	Map<String, String> fields() {
		return fields;
	}

	String get(String name) {
		return fields.get(name);
	}

	boolean has(String name) {
		return fields.containsKey(name);
	}

	/** A trailing name without a value, or null. */
	String dangling() {
		return dangling;
	}
}
