/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import java.util.EnumSet;
import java.util.Set;

import org.cocolaunch.sev.model.SevFeature;
import org.cocolaunch.sev.model.SevPolicyBit;
import org.cocolaunch.sev.model.SnpPolicyBit;

/**
 * Reads and writes the bit fields of the guest policies and of SEV_FEATURES (domain reference §4.2, §4.4). The model
 * keeps each value as the integer the UAPI passes; the enums name the bits, whose literal value is the bit number.
 */
public final class GuestPolicies {

	/** The SNP policy bits KVM accepts: ABI version, SMT, RSVD_MBO, DEBUG, SINGLE_SOCKET (§1.5). */
	public static final long SNP_KVM_VALID = 0xFFFFL | 1L << 16 | 1L << 17 | 1L << 19 | 1L << 20;
	public static final long SNP_SMT = 1L << SnpPolicyBit.SMT_VALUE;
	public static final long SNP_RESERVED_MBO = 1L << SnpPolicyBit.RESERVED_MBO_VALUE;
	public static final long SNP_SINGLE_SOCKET = 1L << SnpPolicyBit.SINGLE_SOCKET_VALUE;

	private GuestPolicies() {
	}

	/** The named flag bits set in a 32-bit SEV policy. */
	public static Set<SevPolicyBit> sevBits(long policy) {
		Set<SevPolicyBit> out = EnumSet.noneOf(SevPolicyBit.class);
		for (SevPolicyBit b : SevPolicyBit.VALUES) {
			if ((policy >>> b.getValue() & 1) != 0) {
				out.add(b);
			}
		}
		return out;
	}

	/** An SEV policy from flag bits and the minimum API version (bits 23:16 major, 31:24 minor). */
	public static long sevPolicy(Set<SevPolicyBit> bits, int apiMajor, int apiMinor) {
		long p = (long) (apiMajor & 0xFF) << 16 | (long) (apiMinor & 0xFF) << 24;
		for (SevPolicyBit b : bits) {
			p |= 1L << b.getValue();
		}
		return p;
	}

	/** The named flag bits set in a 64-bit SNP policy. */
	public static Set<SnpPolicyBit> snpBits(long policy) {
		Set<SnpPolicyBit> out = EnumSet.noneOf(SnpPolicyBit.class);
		for (SnpPolicyBit b : SnpPolicyBit.VALUES) {
			if ((policy >>> b.getValue() & 1) != 0) {
				out.add(b);
			}
		}
		return out;
	}

	/** An SNP policy from flag bits and the minimum ABI version (bits 7:0 minor, 15:8 major). */
	public static long snpPolicy(Set<SnpPolicyBit> bits, int abiMajor, int abiMinor) {
		long p = (abiMinor & 0xFF) | (long) (abiMajor & 0xFF) << 8;
		for (SnpPolicyBit b : bits) {
			p |= 1L << b.getValue();
		}
		return p;
	}

	/** Bits of an SNP policy that name nothing (63:26 must be zero). */
	public static long snpUnknownBits(long policy) {
		return policy & ~0x3FF_FFFFL;
	}

	/** The named SEV_FEATURES bits of a VMSA or {@code vmsa_features} value. */
	public static Set<SevFeature> features(long sevFeatures) {
		Set<SevFeature> out = EnumSet.noneOf(SevFeature.class);
		for (SevFeature f : SevFeature.VALUES) {
			if ((sevFeatures >>> f.getValue() & 1) != 0) {
				out.add(f);
			}
		}
		return out;
	}
}
