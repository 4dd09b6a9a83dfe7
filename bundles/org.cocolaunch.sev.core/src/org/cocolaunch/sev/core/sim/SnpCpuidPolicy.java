/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The platform's CPUID policy: what the SNP firmware accepts in each entry of a CPUID page
 * ({@code SNP_LAUNCH_UPDATE} with page type CPUID, SNP firmware ABI 56860 "CPUID Reporting"). Per CPUID function and
 * sub-leaf, each output register has a rule and a mask of reserved bits that must be zero; a function of the standard
 * (0x0000_0000-0x0000_FFFF) or extended (0x8000_0000-0x8000_FFFF) range the policy does not list must read all
 * zeros; functions outside both ranges (hypervisor leaves) are not checked. The data are a table
 * ({@link #read}), so a platform with another policy is a different file.
 */
public final class SnpCpuidPolicy {

	/** Registers in the order of {@code snp_cpuid_fn}. */
	public static final String[] REGISTERS = { "eax", "ebx", "ecx", "edx" };

	/** The firmware's most entries per CPUID page. */
	public static final int MAX_ENTRIES = 64;

	/** How a register is checked. */
	public enum Rule {
		/** only the bits of {@code value} may be set (the firmware clears the others) */
		MASK,
		/** must equal {@code value} */
		EXACT,
		/** must be at most {@code value} (as unsigned) */
		MAX,
		/** any value, apart from the reserved bits */
		UNCHECKED,
		/** the register does not exist for this function: must be 0 */
		ABSENT
	}

	/**
	 * The check of one register.
	 *
	 * @param rule     how the value is checked
	 * @param value    the mask, exact value or maximum (unused for UNCHECKED and ABSENT)
	 * @param reserved bits that must be zero whatever the rule
	 */
	public record RegisterRule(Rule rule, long value, long reserved) {

		/** The value the firmware writes back for {@code provided} (equal to it when it passes). */
		public long correct(long provided) {
			long v = provided & 0xFFFF_FFFFL;
			v = switch (rule) {
			case MASK -> v & value;
			case EXACT -> value;
			case MAX -> Long.compareUnsigned(v, value) > 0 ? value : v;
			case UNCHECKED -> v;
			case ABSENT -> 0;
			};
			return v & ~reserved & 0xFFFF_FFFFL;
		}
	}

	/** The key of a CPUID function and sub-leaf. */
	public record Leaf(long function, long index) {
	}

	private final String name;
	private final Map<Leaf, RegisterRule[]> leaves;

	private SnpCpuidPolicy(String name, Map<Leaf, RegisterRule[]> leaves) {
		this.name = name;
		this.leaves = leaves;
	}

	/** The policy's name (its resource). */
	public String name() {
		return name;
	}

	/** The default: an EPYC 7003 (Milan, family 19h model 01h) platform; sources in the table's header. */
	public static SnpCpuidPolicy milan() {
		return Holder.MILAN;
	}

	private static final class Holder {
		static final SnpCpuidPolicy MILAN = ofResource("snp-cpuid-policy-milan.tsv");
	}

	/** A policy kept as a resource beside this class. */
	public static SnpCpuidPolicy ofResource(String resource) {
		try (InputStream in = SnpCpuidPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing beside " + SnpCpuidPolicy.class.getName());
			}
			return read(in, resource);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a policy table: one row per register, {@code function index register rule value reserved} (tab-separated,
	 * numbers {@code 0x} hex or decimal, rule one of {@code mask exact max unchecked absent}, {@code -} for an unused
	 * value); a register a listed function does not name is unchecked without reserved bits. {@code #} lines and blank
	 * lines are comments.
	 *
	 * @throws IllegalArgumentException naming the line when a row is malformed
	 */
	public static SnpCpuidPolicy read(InputStream in, String name) throws IOException {
		Map<Leaf, RegisterRule[]> leaves = new LinkedHashMap<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int n = 0;
			while ((line = r.readLine()) != null) {
				n++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				if (f.length < 6) {
					throw new IllegalArgumentException(name + ":" + n + ": expected 6 tab-separated columns, got " + f.length);
				}
				int reg = Arrays.asList(REGISTERS).indexOf(f[2].trim().toLowerCase(Locale.ROOT));
				if (reg < 0) {
					throw new IllegalArgumentException(name + ":" + n + ": register '" + f[2] + "' is not eax, ebx, ecx or edx");
				}
				Rule rule;
				try {
					rule = Rule.valueOf(f[3].trim().toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(name + ":" + n + ": rule '" + f[3] + "' is not one of mask, exact, max,"
							+ " unchecked, absent", e);
				}
				Leaf leaf = new Leaf(number(f[0], name, n), number(f[1], name, n));
				RegisterRule[] rules = leaves.computeIfAbsent(leaf, k -> unchecked());
				rules[reg] = new RegisterRule(rule, f[4].trim().equals("-") ? 0 : number(f[4], name, n), number(f[5], name, n));
			}
		}
		return new SnpCpuidPolicy(name, leaves);
	}

	private static RegisterRule[] unchecked() {
		RegisterRule[] rules = new RegisterRule[4];
		Arrays.fill(rules, new RegisterRule(Rule.UNCHECKED, 0, 0));
		return rules;
	}

	private static long number(String s, String name, int line) {
		String t = s.trim();
		try {
			long v = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
			if (v < 0 || v > 0xFFFF_FFFFL) {
				throw new NumberFormatException();
			}
			return v;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + ":" + line + ": '" + s + "' is not a 32-bit number", e);
		}
	}

	/** Whether the firmware checks {@code function} at all (standard or extended range). */
	public static boolean checked(long function) {
		return function >= 0 && function <= 0xFFFF || function >= 0x8000_0000L && function <= 0x8000_FFFFL;
	}

	/**
	 * The rules of a function and sub-leaf: the listed ones, else (a checked function the policy does not list) all
	 * registers ABSENT; null when the function is not checked.
	 */
	public RegisterRule[] rules(long function, long index) {
		if (!checked(function)) {
			return null;
		}
		RegisterRule[] rules = leaves.get(new Leaf(function, index));
		if (rules != null) {
			return rules.clone();
		}
		RegisterRule[] absent = new RegisterRule[4];
		Arrays.fill(absent, new RegisterRule(Rule.ABSENT, 0, 0));
		return absent;
	}

	/** The leaves the policy lists, in table order. */
	public Set<Leaf> leaves() {
		return Collections.unmodifiableSet(leaves.keySet());
	}
}
