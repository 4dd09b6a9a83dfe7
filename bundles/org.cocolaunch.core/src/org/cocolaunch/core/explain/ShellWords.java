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

	/**
	 * Splits a command line into words as a POSIX shell does for plain quoting: blanks separate words, single quotes
	 * keep everything literally, double quotes keep everything but backslash escapes of {@code " \ $ `}, an unquoted
	 * backslash quotes the next character. No expansions.
	 */
	public static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				int end = line.indexOf('\'', i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated single quote in: " + line);
				}
				word.append(line, i + 1, end);
				i = end;
				inWord = true;
			} else if (c == '"') {
				i++;
				while (i < line.length() && line.charAt(i) != '"') {
					char d = line.charAt(i);
					if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
						d = line.charAt(++i);
					}
					word.append(d);
					i++;
				}
				if (i >= line.length()) {
					throw new IllegalArgumentException("unterminated double quote in: " + line);
				}
				inWord = true;
			} else if (c == '\\' && i + 1 < line.length()) {
				word.append(line.charAt(++i));
				inWord = true;
			} else if (c == ' ' || c == '\t') {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}
}
