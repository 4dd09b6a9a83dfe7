/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.plan;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model field's value as text in forms, the Properties and Variables views, and back: numbers in hex where the domain reads
 * them in hex (addresses, lengths, policies, masks; {@link StepSummary#showsInHex}), byte arrays as hex, enums by
 * literal. Parsing accepts decimal or {@code 0x} hex for any number and fails with a one-line message.
 */
public final class AttributeText {

	private AttributeText() {
	}

	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> format(attribute, v)).collect(Collectors.joining(", "));
		}
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		boolean hex = StepSummary.showsInHex(attribute.getName(), attribute.getEAttributeType().getInstanceClass());
		if (value instanceof Long l && hex) {
			return StepSummary.hex(l);
		}
		if (value instanceof Integer i && hex) {
			return StepSummary.hex(i & 0xFFFF_FFFFL);
		}
		return String.valueOf(value);
	}

	/** The value {@code text} stands for; IllegalArgumentException with a one-line message when it does not fit. */
	public static Object parse(EAttribute attribute, String text) {
		String t = text.strip();
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (type instanceof EEnum e) {
			EEnumLiteral literal = e.getEEnumLiteralByLiteral(t);
			if (literal == null) {
				throw new IllegalArgumentException("'" + t + "' is none of " + e.getELiterals().stream()
						.map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
			}
			return literal.getInstance();
		}
		if (c == long.class || c == Long.class) {
			return parseNumber(t, 64);
		}
		if (c == int.class || c == Integer.class) {
			return (int) parseNumber(t, 32);
		}
		if (c == short.class || c == Short.class) {
			return (short) parseNumber(t, 16);
		}
		if (c == byte[].class) {
			return parseBytes(t);
		}
		if (c == boolean.class || c == Boolean.class) {
			String b = t.toLowerCase(Locale.ROOT);
			if (!b.equals("true") && !b.equals("false")) {
				throw new IllegalArgumentException("'" + t + "' is neither true nor false");
			}
			return Boolean.valueOf(b);
		}
		if (c == String.class) {
			return text;
		}
		try {
			return EcoreUtil.createFromString(type, t);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("'" + t + "' is not a " + type.getName());
		}
	}

	/** A number of {@code bits} bits: decimal (negative allowed) or 0x hex up to all ones. */
	private static long parseNumber(String t, int bits) {
		boolean hex = t.startsWith("0x") || t.startsWith("0X");
		String digits = (hex ? t.substring(2) : t).replace("_", "");
		long value;
		try {
			value = hex ? Long.parseUnsignedLong(digits, 16) : Long.parseLong(digits);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + t + "' is not a number (decimal, or hex with 0x)");
		}
		if (bits < 64) {
			long max = hex ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
			long min = hex ? 0 : -(1L << (bits - 1));
			if (value > max || value < min) {
				throw new IllegalArgumentException("'" + t + "' does not fit in " + bits + " bits");
			}
		}
		return value;
	}

	private static byte[] parseBytes(String t) {
		String hex = (t.startsWith("0x") ? t.substring(2) : t).replaceAll("\\s", "");
		try {
			return HexFormat.of().parseHex(hex);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + (t.length() > 24 ? t.substring(0, 24) + "\u2026" : t)
					+ "' is not hex bytes (two hex digits per byte)");
		}
	}
}
