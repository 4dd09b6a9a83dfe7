/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our guide's HTML as readable plain text, for when no browser widget can be created: headings underlined, list items
 * bulleted, preformatted blocks kept, tags dropped and entities decoded. Meant for the simple pages we write, not for
 * arbitrary HTML.
 */
public final class HtmlText {

	private static final Pattern DROPPED = Pattern.compile("(?is)<(head|script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
	private static final Pattern PRE = Pattern.compile("(?is)<pre\\b[^>]*>(.*?)</pre\\s*>");
	private static final Pattern HEADING = Pattern.compile("(?is)<h([1-3])\\b[^>]*>(.*?)</h\\1\\s*>");
	private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
	private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|ul|ol|table|dl|dt|dd|br)\\b[^>]*>");
	private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
	private static final Pattern ROW = Pattern.compile("(?i)</tr\\s*>");
	private static final Pattern TAG = Pattern.compile("<[^>]+>");
	private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

	private HtmlText() {
	}

	public static String toText(String html) {
		String s = DROPPED.matcher(html).replaceAll("");
		StringBuilder pres = new StringBuilder();
		s = replace(PRE, s, m -> "\u0000" + keep(pres, m.group(1)) + "\u0000");
		s = s.replaceAll("\\s+", " ");
		s = replace(HEADING, s, m -> {
			String title = TAG.matcher(m.group(2)).replaceAll("").trim();
			char line = m.group(1).equals("1") ? '=' : '-';
			return "\n\n" + title + "\n" + String.valueOf(line).repeat(title.length()) + "\n";
		});
		s = ITEM.matcher(s).replaceAll("\n  \u2022 ");
		s = CELL.matcher(s).replaceAll("  ");
		s = ROW.matcher(s).replaceAll("\n");
		s = BLOCK.matcher(s).replaceAll("\n");
		s = TAG.matcher(s).replaceAll("");
		s = restorePre(s, pres.toString());
		s = decode(s);
		return s.replaceAll("[ \\t]+\n", "\n").replaceAll("\n[ \\t]+(?!\u2022)", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}

	private static String keep(StringBuilder pres, String block) {
		pres.append(TAG.matcher(block).replaceAll("")).append('\u0001');
		return "";
	}

	private static String restorePre(String s, String pres) {
		String[] blocks = pres.split("\u0001", -1);
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (String part : s.split("\u0000\u0000", -1)) {
			out.append(part);
			if (next < blocks.length - 1) {
				out.append("\n").append(blocks[next++].strip()).append("\n");
			}
		}
		return out.toString();
	}

	private static String decode(String s) {
		return replace(ENTITY, s, m -> {
			String e = m.group(1);
			return switch (e) {
			case "lt" -> "<";
			case "gt" -> ">";
			case "amp" -> "&";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			case "hellip" -> "\u2026";
			case "mdash" -> "\u2014";
			case "ndash" -> "\u2013";
			default -> e.startsWith("#x") ? Character.toString(Integer.parseInt(e.substring(2), 16))
					: e.startsWith("#") ? Character.toString(Integer.parseInt(e.substring(1))) : m.group();
			};
		});
	}

	private static String replace(Pattern p, String s, Function<MatchResult, String> with) {
		return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
	}
}
