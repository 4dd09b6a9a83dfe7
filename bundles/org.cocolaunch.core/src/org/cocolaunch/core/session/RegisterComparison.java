/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A measurement register compared with an expected value (from a report, an ID block, a quote or pasted): a match,
 * or the first byte where they diverge. Expected values are accepted as hex (with or without 0x, spaces, colons)
 * or base64, as engineers copy them from tools and logs.
 */
public record RegisterComparison(boolean matches, int firstDifference, String message) {

	public static RegisterComparison compare(byte[] actual, byte[] expected) {
		if (actual == null) {
			return new RegisterComparison(false, 0, "the register has no value yet");
		}
		if (actual.length != expected.length) {
			return new RegisterComparison(false, Math.min(actual.length, expected.length),
					"expected " + expected.length + " bytes, the register has " + actual.length);
		}
		for (int i = 0; i < actual.length; i++) {
			if (actual[i] != expected[i]) {
				return new RegisterComparison(false, i, String.format(Locale.ROOT,
						"differs first at byte %d (hex offset %d): %02x here, %02x expected", i, 2 * i, actual[i] & 0xff,
						expected[i] & 0xff));
			}
		}
		return new RegisterComparison(true, -1, "matches");
	}

	/** Parses hex or base64; throws IllegalArgumentException with a one-line message when it is neither. */
	public static byte[] parseExpected(String text) {
		String t = text.strip();
		String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
		hex = hex.replace(" ", "").replace(":", "").replace("\n", "");
		if (!hex.isEmpty() && hex.length() % 2 == 0 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
			return HexFormat.of().parseHex(hex);
		}
		try {
			return Base64.getDecoder().decode(t.replace("\n", ""));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("expected value is neither hex nor base64: '" + abbreviate(t) + "'");
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 40 ? s : s.substring(0, 37) + "...";
	}
}
