/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.util.EnumSet;
import java.util.Set;

import org.cocolaunch.sev.core.plan.GuestPolicies;
import org.cocolaunch.sev.model.SevFeature;
import org.cocolaunch.sev.model.SevPolicyBit;
import org.cocolaunch.sev.model.SnpPolicyBit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Policy and SEV_FEATURES bits with the values of domain reference §3.2.8, §4.2 and §4.4. */
class GuestPoliciesTest {

	@Test
	void qemuDefaults() {
		assertEquals(Set.of(SevPolicyBit.NODBG), GuestPolicies.sevBits(0x1));
		assertEquals(Set.of(SnpPolicyBit.SMT, SnpPolicyBit.RESERVED_MBO), GuestPolicies.snpBits(0x30000));
		assertEquals(0x30000L, GuestPolicies.snpPolicy(EnumSet.of(SnpPolicyBit.SMT, SnpPolicyBit.RESERVED_MBO), 0, 0));
		assertEquals(0x5L, GuestPolicies.sevPolicy(EnumSet.of(SevPolicyBit.NODBG, SevPolicyBit.ES), 0, 0));
	}

	@Test
	void versionFields() {
		assertEquals(0x0317_0000L | 1, GuestPolicies.sevPolicy(EnumSet.of(SevPolicyBit.NODBG), 0x17, 0x03));
		assertEquals(0x3_0105L, GuestPolicies.snpPolicy(EnumSet.of(SnpPolicyBit.SMT, SnpPolicyBit.RESERVED_MBO), 1, 5));
		assertEquals(1L << 26, GuestPolicies.snpUnknownBits(0x30000L | 1L << 26));
	}

	@Test
	void sevFeatures() {
		assertEquals(Set.of(SevFeature.SNP_ACTIVE, SevFeature.DEBUG_SWAP), GuestPolicies.features(0x21));
		assertEquals(Set.of(SevFeature.SECURE_TSC), GuestPolicies.features(1 << 9));
	}
}
