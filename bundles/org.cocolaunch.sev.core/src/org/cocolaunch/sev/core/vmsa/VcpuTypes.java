/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * vCPU signatures (CPUID Fn0000_0001_EAX) of QEMU's builtin EPYC models, which KVM puts in RDX of the initial VMSA
 * (domain reference §3.2.6; sev-snp-measure vcpu_types.py; AMD CPUID specification #25481).
 */
public final class VcpuTypes {

	private static final Map<String, Long> SIGNATURES;

	static {
		Map<String, Long> m = new LinkedHashMap<>();
		long naples = signature(23, 1, 2);
		long rome = signature(23, 49, 0);
		long milan = signature(25, 1, 1);
		long genoa = signature(25, 17, 0);
		for (String n : new String[] { "EPYC", "EPYC-v1", "EPYC-v2", "EPYC-IBPB", "EPYC-v3", "EPYC-v4" }) {
			m.put(n, naples);
		}
		for (String n : new String[] { "EPYC-Rome", "EPYC-Rome-v1", "EPYC-Rome-v2", "EPYC-Rome-v3" }) {
			m.put(n, rome);
		}
		for (String n : new String[] { "EPYC-Milan", "EPYC-Milan-v1", "EPYC-Milan-v2" }) {
			m.put(n, milan);
		}
		m.put("EPYC-Genoa", genoa);
		m.put("EPYC-Genoa-v1", genoa);
		m.put("EPYC-Turin", signature(26, 0, 0));
		SIGNATURES = Collections.unmodifiableMap(m);
	}

	private VcpuTypes() {
	}

	/**
	 * The signature for a family/model/stepping: family above 0xF goes to the extended-family field, the high model
	 * nibble to the extended-model field.
	 */
	public static long signature(long family, long model, long stepping) {
		long familyLow = family > 0xF ? 0xF : family;
		long familyHigh = family > 0xF ? (family - 0xF) & 0xFF : 0;
		return familyHigh << 20 | ((model >> 4) & 0xF) << 16 | familyLow << 8 | (model & 0xF) << 4 | (stepping & 0xF);
	}

	/** All model names in the order sev-snp-measure lists them, with their signatures. */
	public static Map<String, Long> all() {
		return SIGNATURES;
	}

	/** The signature of a named model, or {@code null} for an unknown name. */
	public static Long byName(String name) {
		return SIGNATURES.get(name);
	}
}
