/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for the CLI's machine-readable output (no library needed for this much). Commas
 * and indentation are automatic; callers nest correctly. {@link #pretty()} indents by two spaces,
 * {@link #compact()} writes one line.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	/** Per open container: whether it already holds a member. */
	private final Deque<boolean[]> open = new ArrayDeque<>();
	private final boolean indent;
	private boolean afterName;

	private JsonWriter(boolean indent) {
		this.indent = indent;
	}

	public static JsonWriter pretty() {
		return new JsonWriter(true);
	}

	public static JsonWriter compact() {
		return new JsonWriter(false);
	}

	public JsonWriter beginObject() {
		return begin('{');
	}

	public JsonWriter endObject() {
		return end('}');
	}

	public JsonWriter beginArray() {
		return begin('[');
	}

	public JsonWriter endArray() {
		return end(']');
	}

	public JsonWriter name(String name) {
		separate();
		string(name);
		out.append(indent ? ": " : ":");
		afterName = true;
		return this;
	}

	/** A string value, or JSON null. */
	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) {
		separate();
		out.append(value);
		return this;
	}

	public JsonWriter value(boolean value) {
		separate();
		out.append(value);
		return this;
	}

	public JsonWriter nullValue() {
		separate();
		out.append("null");
		return this;
	}

	/** Shorthand for {@code name(name).value(value)}. */
	public JsonWriter field(String name, String value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, long value) {
		return name(name).value(value);
	}

	/** The finished text, ending in a newline. */
	@Override
	public String toString() {
		return out + "\n";
	}

	private JsonWriter begin(char c) {
		separate();
		out.append(c);
		open.push(new boolean[1]);
		return this;
	}

	private JsonWriter end(char c) {
		boolean any = open.pop()[0];
		if (any) {
			newline();
		}
		out.append(c);
		return this;
	}

	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (!open.isEmpty()) {
			boolean[] any = open.peek();
			if (any[0]) {
				out.append(',');
			}
			any[0] = true;
			newline();
		}
	}

	private void newline() {
		if (indent) {
			out.append('\n');
			out.append("  ".repeat(open.size()));
		}
	}

	private void string(String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
