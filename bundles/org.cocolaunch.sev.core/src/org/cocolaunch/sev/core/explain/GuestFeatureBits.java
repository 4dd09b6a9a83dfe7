/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented SEV_FEATURES bits of the VMSA (AMD APM vol. 2 table 15-34, SEV_FEATURES field; SNP ABI §8.17),
 * and the combinations the configuration search tries. Hosts set some of them without the guest owner asking (Linux
 * 6.6+ KVM sets DebugSwap when the CPU supports it), which is a common cause of unexpected measurements.
 */
public final class GuestFeatureBits {

	/** SNPActive: always set for SNP guests. */
	public static final long SNP_ACTIVE = 0x1;

	private static final Map<Long, String> NAMES = new LinkedHashMap<>();

	static {
		NAMES.put(0x1L, "SNPActive");
		NAMES.put(0x2L, "vTOM");
		NAMES.put(0x4L, "ReflectVC");
		NAMES.put(0x8L, "RestrictedInjection");
		NAMES.put(0x10L, "AlternateInjection");
		NAMES.put(0x20L, "DebugSwap");
		NAMES.put(0x40L, "PreventHostIBS");
		NAMES.put(0x80L, "BTBIsolation");
		NAMES.put(0x100L, "VmplSSS");
		NAMES.put(0x200L, "SecureTSC");
		NAMES.put(0x400L, "VmgexitParameter");
		NAMES.put(0x800L, "PmcVirtualization");
		NAMES.put(0x1000L, "IbsVirtualization");
		NAMES.put(0x4000L, "VmsaRegProt");
		NAMES.put(0x8000L, "SmtProtection");
	}

	private GuestFeatureBits() {
	}

	/** Every documented bit. */
	public static long knownMask() {
		long m = 0;
		for (long b : NAMES.keySet()) {
			m |= b;
		}
		return m;
	}

	/** Every value with SNPActive set and any subset of the other bits of {@code mask}; SNPActive alone first. */
	public static List<Long> combinations(long mask) {
		long[] bits = bitsOf(mask & ~SNP_ACTIVE);
		List<Long> values = new ArrayList<>(1 << bits.length);
		for (int subset = 0; subset < 1 << bits.length; subset++) {
			long v = SNP_ACTIVE;
			for (int i = 0; i < bits.length; i++) {
				if ((subset & 1 << i) != 0) {
					v |= bits[i];
				}
			}
			values.add(v);
		}
		return values;
	}

	/** Names of the set bits, e.g. {@code SNPActive+DebugSwap}; unknown bits in hex. */
	public static String describe(long features) {
		List<String> names = new ArrayList<>();
		for (long b : bitsOf(features)) {
			names.add(NAMES.getOrDefault(b, "0x" + Long.toHexString(b)));
		}
		return names.isEmpty() ? "none" : String.join("+", names);
	}

	private static long[] bitsOf(long mask) {
		long[] bits = new long[Long.bitCount(mask)];
		int n = 0;
		for (int i = 0; i < 64; i++) {
			if ((mask & 1L << i) != 0) {
				bits[n++] = 1L << i;
			}
		}
		return bits;
	}
}
