/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.cli;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, numbers and booleans, compact output. Callers are
 * trusted to nest correctly; commas are inserted automatically.
 */
final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	private boolean needComma;

	JsonWriter beginObject() {
		comma();
		out.append('{');
		needComma = false;
		return this;
	}

	JsonWriter endObject() {
		out.append('}');
		needComma = true;
		return this;
	}

	JsonWriter beginArray(String name) {
		name(name);
		out.append('[');
		needComma = false;
		return this;
	}

	JsonWriter endArray() {
		out.append(']');
		needComma = true;
		return this;
	}

	JsonWriter field(String name, String value) {
		name(name);
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		needComma = true;
		return this;
	}

	JsonWriter field(String name, long value) {
		name(name);
		out.append(value);
		needComma = true;
		return this;
	}

	JsonWriter stringValue(String value) {
		comma();
		string(value);
		needComma = true;
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private void name(String name) {
		comma();
		string(name);
		out.append(':');
		needComma = false;
	}

	private void comma() {
		if (needComma) {
			out.append(',');
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
