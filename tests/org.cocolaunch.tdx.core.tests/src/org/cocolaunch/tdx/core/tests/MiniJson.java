/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JSON reader for the tests (objects → Map, arrays → List, strings, Long/Double numbers, booleans, null), kept
 * independent of the product's writer, plus the field paths the case files use: {@code a.b},
 * {@code list[3]}, {@code list[key=value]} (first element whose {@code key} equals {@code value}).
 */
final class MiniJson {

	private final String text;
	private int pos;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson p = new MiniJson(text);
		Object v = p.value();
		p.blank();
		if (p.pos != text.length()) {
			throw p.error("trailing text");
		}
		return v;
	}

	private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_]+)(?:\\[([^\\]]*)\\])?");

	/** Evaluates {@code path} against a parsed document; throws when a step does not exist. */
	static Object select(Object root, String path) {
		Object cur = root;
		for (String step : path.split("\\.")) {
			Matcher m = STEP.matcher(step);
			if (!m.matches()) {
				throw new IllegalArgumentException("bad path step " + step);
			}
			if (!(cur instanceof Map<?, ?> map) || !map.containsKey(m.group(1))) {
				throw new IllegalArgumentException("no field " + m.group(1) + " in " + cur);
			}
			cur = map.get(m.group(1));
			String sel = m.group(2);
			if (sel != null) {
				List<?> list = (List<?>) cur;
				int eq = sel.indexOf('=');
				if (eq < 0) {
					cur = list.get(Integer.parseInt(sel));
				} else {
					String key = sel.substring(0, eq);
					String want = sel.substring(eq + 1);
					cur = list.stream()
							.filter(e -> e instanceof Map<?, ?> em && want.equals(String.valueOf(em.get(key))))
							.findFirst().orElseThrow(() -> new IllegalArgumentException("no element with " + sel));
				}
			}
		}
		return cur;
	}

	private Object value() {
		blank();
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			if (text.startsWith("null", pos)) {
				pos += 4;
				return null;
			}
			if (text.startsWith("true", pos)) {
				pos += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", pos)) {
				pos += 5;
				return Boolean.FALSE;
			}
			return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> m = new LinkedHashMap<>();
		pos++;
		blank();
		if (peek() == '}') {
			pos++;
			return m;
		}
		while (true) {
			blank();
			String k = string();
			blank();
			expect(':');
			m.put(k, value());
			blank();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect('}');
			return m;
		}
	}

	private List<Object> array() {
		List<Object> l = new ArrayList<>();
		pos++;
		blank();
		if (peek() == ']') {
			pos++;
			return l;
		}
		while (true) {
			l.add(value());
			blank();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect(']');
			return l;
		}
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (true) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return sb.toString();
			}
			if (c == '\\') {
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				default -> sb.append(e);
				}
			} else {
				sb.append(c);
			}
		}
	}

	private Object number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		String n = text.substring(start, pos);
		if (n.isEmpty()) {
			throw error("unexpected character");
		}
		return n.matches("-?\\d+") ? (Object) Long.valueOf(n) : (Object) Double.valueOf(n);
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private void blank() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at offset " + pos);
	}
}
