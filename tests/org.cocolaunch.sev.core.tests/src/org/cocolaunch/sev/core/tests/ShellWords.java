/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line like a POSIX shell would: single quotes, double quotes and backslash escapes. */
final class ShellWords {

	private ShellWords() {
	}

	static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				int end = line.indexOf('\'', i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated ' in " + line);
				}
				cur.append(line, i + 1, end);
				i = end;
				inWord = true;
			} else if (c == '"') {
				i++;
				while (i < line.length() && line.charAt(i) != '"') {
					char d = line.charAt(i);
					if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
						d = line.charAt(++i);
					}
					cur.append(d);
					i++;
				}
				if (i >= line.length()) {
					throw new IllegalArgumentException("unterminated \" in " + line);
				}
				inWord = true;
			} else if (c == '\\' && i + 1 < line.length()) {
				cur.append(line.charAt(++i));
				inWord = true;
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(cur.toString());
					cur.setLength(0);
					inWord = false;
				}
			} else {
				cur.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(cur.toString());
		}
		return words;
	}
}
