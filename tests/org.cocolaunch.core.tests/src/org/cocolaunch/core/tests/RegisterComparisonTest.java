/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import org.cocolaunch.core.session.RegisterComparison;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparing a register with an expected value as people paste it. */
class RegisterComparisonTest {

	@Test
	void parsesHexInItsCommonForms() {
		byte[] want = { 0x0a, (byte) 0xbc, 0x12 };
		assertArrayEquals(want, RegisterComparison.parseExpected("0abc12"));
		assertArrayEquals(want, RegisterComparison.parseExpected("0x0ABC12"));
		assertArrayEquals(want, RegisterComparison.parseExpected(" 0a:bc:12\n"));
		assertArrayEquals(want, RegisterComparison.parseExpected("0a bc 12"));
	}

	@Test
	void parsesBase64() {
		assertArrayEquals(new byte[] { 0x0a, (byte) 0xbc, 0x12 }, RegisterComparison.parseExpected("CrwS"));
	}

	@Test
	void rejectsGarbageInOneLine() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> RegisterComparison.parseExpected("not a digest!"));
		assertEquals("expected value is neither hex nor base64: 'not a digest!'", e.getMessage());
	}

	@Test
	void reportsMatchOrFirstDivergence() {
		byte[] a = { 1, 2, 3, 4 };
		assertTrue(RegisterComparison.compare(a, a.clone()).matches());
		RegisterComparison d = RegisterComparison.compare(a, new byte[] { 1, 2, 9, 4 });
		assertFalse(d.matches());
		assertEquals(2, d.firstDifference());
		assertEquals("differs first at byte 2 (hex offset 4): 03 here, 09 expected", d.message());
		assertEquals("expected 3 bytes, the register has 4", RegisterComparison.compare(a, new byte[3]).message());
		assertEquals("the register has no value yet", RegisterComparison.compare(null, a).message());
	}
}
