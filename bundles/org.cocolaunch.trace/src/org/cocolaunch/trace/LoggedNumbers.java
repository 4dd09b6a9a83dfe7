/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.Locale;

/**
 * Numbers as QEMU trace events print them: {@code 0x...} (PRIx64, {@code %p}), {@code (nil)} for a null pointer
 * (glibc), plain decimal ({@code %d}); and the decimal digits older QEMU printed after a literal {@code 0x} for
 * lengths (domain reference §6).
 */
final class LoggedNumbers {

	private LoggedNumbers() {
	}

	/** The value of {@code text}: hex after {@code 0x}, decimal otherwise, 0 for {@code (nil)}; null if neither. */
	static Long parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (t.equals("(nil)")) {
				return 0L;
			}
			if (t.startsWith("0x")) {
				return Long.parseUnsignedLong(t.substring(2), 16);
			}
			return Long.parseLong(t);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * Whether {@code text} is most likely the old {@code "0x%zu"} / {@code "0x%" PRIu64} bug: after {@code 0x} only
	 * decimal digits, the decimal value a multiple of 16 (region and image sizes always are) and the hex value not.
	 */
	static boolean looksLikeDecimalAfter0x(String text) {
		if (text == null) {
			return false;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (!t.startsWith("0x") || t.length() < 3 || !t.substring(2).chars().allMatch(Character::isDigit)) {
			return false;
		}
		try {
			long asHex = Long.parseUnsignedLong(t.substring(2), 16);
			long asDecimal = Long.parseLong(t.substring(2));
			return asDecimal % 16 == 0 && asHex % 16 != 0;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/**
	 * The decimal reading of {@code 0x<digits>}; callers check {@link #looksLikeDecimalAfter0x} or the shape first.
	 * Digits that do not fit 64 bits are refused with {@link OutOfRange}, which the importer reports with the line.
	 */
	static long parseDecimalAfter0x(String text) {
		String digits = text.strip().substring(2);
		try {
			return Long.parseLong(digits);
		} catch (NumberFormatException e) {
			throw new OutOfRange("'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text.strip())
					+ "' does not fit a 64-bit length");
		}
	}

	/** A logged number outside its field's width; the message names the text, the importer adds file and line. */
	static final class OutOfRange extends RuntimeException {
		private static final long serialVersionUID = 1L;

		OutOfRange(String message) {
			super(message);
		}
	}

	static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
