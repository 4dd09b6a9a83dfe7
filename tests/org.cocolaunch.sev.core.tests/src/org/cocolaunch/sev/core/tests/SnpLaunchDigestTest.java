/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.cocolaunch.sev.core.measure.PageTrace;
import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.measure.SnpLaunchDigest;
import org.cocolaunch.sev.core.measure.SnpPageMeasurer;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PAGE_INFO chain (primitive vectors of domain reference §7, given there by first and last 4 bytes). */
class SnpLaunchDigestTest {

	private static void assertDigest(String head, String tail, byte[] d) {
		String hex = HexFormat.of().formatHex(d);
		assertTrue(hex.startsWith(head) && hex.endsWith(tail), hex);
	}

	@Test
	void normalZeroPageAtGpa0() throws Exception {
		SnpLaunchDigest ld = new SnpLaunchDigest();
		ld.update(SnpPageType.NORMAL, 0, MessageDigest.getInstance("SHA-384").digest(new byte[4096]), 0);
		assertDigest("9d13634b", "c6f53a20", ld.digest());
	}

	@Test
	void zeroPageAt8MiB() {
		SnpLaunchDigest ld = new SnpLaunchDigest();
		ld.update(SnpPageType.ZERO, 0x800000);
		assertDigest("4472405c", "095cebaa", ld.digest());
	}

	@Test
	void allZeroVmsa() {
		try (SnpPageMeasurer m = new SnpPageMeasurer(null, 1, false)) {
			m.accept(PageUpdate.vmsa(new byte[4096]));
			assertDigest("f4577da9", "67199259", m.digest());
		}
	}

	@Test
	void parallelHashingKeepsOrderAndTrace() {
		Random r = new Random(42);
		byte[] data = new byte[4096 * 1500];
		r.nextBytes(data);
		List<PageUpdate> plan = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			plan.add(i % 7 == 3 ? PageUpdate.withoutContents(i * 4096L, SnpPageType.ZERO) : PageUpdate.normal(i * 4096L, data, i * 4096));
		}
		try (SnpPageMeasurer one = new SnpPageMeasurer(null, 1, true); SnpPageMeasurer two = new SnpPageMeasurer(null, 2, true)) {
			one.acceptAll(plan);
			two.acceptAll(plan);
			assertArrayEquals(one.digest(), two.digest());
			List<PageTrace> t = two.trace();
			assertEquals(1500, t.size());
			assertArrayEquals(two.digest(), t.get(1499).digestAfter());
			assertArrayEquals(new byte[48], t.get(3).contentsDigest());
		}
	}
}
