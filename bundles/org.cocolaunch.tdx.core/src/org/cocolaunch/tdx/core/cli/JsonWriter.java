/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal JSON text builder (RFC 8259) with two-space indentation. Callers are trusted to nest correctly; strings
 * are escaped.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	/** Per open container: whether it already holds a member. */
	private final Deque<boolean[]> open = new ArrayDeque<>();
	private boolean afterName;

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
		out.append(": ");
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
		out.append('\n');
		out.append("  ".repeat(open.size()));
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
