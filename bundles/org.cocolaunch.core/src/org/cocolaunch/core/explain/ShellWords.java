/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX shell quoting of single words, and its inverse for the quoted lines this package prints (so that a printed
 * command line can be re-run in a shell or split again in a test).
 */
public final class ShellWords {

	private ShellWords() {
	}

	/** The word as is when it is safe in a shell, else in single quotes. */
	public static String quote(String word) {
		if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0)) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	/** Splits a line of words, honouring single quotes and backslash escapes outside quotes. */
	public static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder cur = null;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '\'') {
					quoted = false;
				} else {
					cur.append(c);
				}
			} else if (c == '\'') {
				cur = cur == null ? new StringBuilder() : cur;
				quoted = true;
			} else if (c == '\\' && i + 1 < line.length()) {
				cur = cur == null ? new StringBuilder() : cur;
				cur.append(line.charAt(++i));
			} else if (Character.isWhitespace(c)) {
				if (cur != null) {
					words.add(cur.toString());
					cur = null;
				}
			} else {
				cur = cur == null ? new StringBuilder() : cur;
				cur.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("unterminated quote in: " + line);
		}
		if (cur != null) {
			words.add(cur.toString());
		}
		return words;
	}
}
