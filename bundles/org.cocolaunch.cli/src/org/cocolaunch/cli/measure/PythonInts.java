/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Integer parsing with the rules of Python's {@code int(s)} and {@code int(s, 0)}, which sev-snp-measure uses for
 * its numeric options: surrounding whitespace, a sign, and single underscores between digits are allowed;
 * {@code int(s, 0)} also takes 0x/0o/0b prefixes and refuses leading zeros on decimal numbers.
 */
final class PythonInts {

	private PythonInts() {
	}

	/** {@code int(s)}, or {@code null} if Python would raise ValueError. */
	static BigInteger decimal(String s) {
		String t = s.strip();
		boolean negative = false;
		if (t.startsWith("+") || t.startsWith("-")) {
			negative = t.startsWith("-");
			t = t.substring(1);
		}
		BigInteger v = digits(t, 10);
		return v == null ? null : negative ? v.negate() : v;
	}

	/** {@code int(s, 0)}, or {@code null} if Python would raise ValueError. */
	static BigInteger auto(String s) {
		String t = s.strip();
		boolean negative = false;
		if (t.startsWith("+") || t.startsWith("-")) {
			negative = t.startsWith("-");
			t = t.substring(1);
		}
		String lower = t.toLowerCase(Locale.ROOT);
		BigInteger v;
		if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
			int radix = lower.charAt(1) == 'x' ? 16 : lower.charAt(1) == 'o' ? 8 : 2;
			String rest = t.substring(2);
			v = digits(rest.startsWith("_") ? rest.substring(1) : rest, radix);
		} else if (t.length() > 1 && t.charAt(0) == '0') {
			// Only zero may have leading zeros: "00" and "0_0" are fine, "010" is not.
			v = t.replace("_", "").chars().allMatch(c -> c == '0') ? digits(t, 10) : null;
		} else {
			v = digits(t, 10);
		}
		return v == null ? null : negative ? v.negate() : v;
	}

	private static BigInteger digits(String t, int radix) {
		if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
			return null;
		}
		String d = t.replace("_", "");
		for (int i = 0; i < d.length(); i++) {
			if (Character.digit(d.charAt(i), radix) < 0 || d.charAt(i) > 0x7F) {
				return null;
			}
		}
		return new BigInteger(d, radix);
	}
}
