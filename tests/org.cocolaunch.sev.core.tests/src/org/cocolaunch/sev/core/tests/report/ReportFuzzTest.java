/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.report;

import java.util.Arrays;
import java.util.Random;

import org.cocolaunch.sev.core.report.ReportFormatException;
import org.cocolaunch.sev.core.report.SnpAttestationReport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds thousands of mutated report binaries (v2, v3, v5) to the parser: it either decodes them or throws its own
 * one-line {@link ReportFormatException}; nothing else escapes and nothing hangs.
 */
class ReportFuzzTest {

	private static final int CASES = 5000;
	private static final long MAX_NANOS_PER_CASE = 500_000_000L;

	private static byte[] mutate(byte[] base, Random r) {
		byte[] m = base.clone();
		switch (r.nextInt(5)) {
		case 0 -> {
			for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
				m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
			}
		}
		case 1 -> { // the header words: version, algorithm, signer info
			int[] at = { 0x000, 0x034, 0x048, 0x04C };
			int o = at[r.nextInt(at.length)] + r.nextInt(4);
			m[o] = (byte) r.nextInt(256);
		}
		case 2 -> { // truncate or extend
			m = Arrays.copyOf(m, r.nextInt(2 * m.length));
		}
		case 3 -> { // scribble a run
			int at = r.nextInt(m.length);
			for (int i = at; i < Math.min(m.length, at + 1 + r.nextInt(64)); i++) {
				m[i] = (byte) r.nextInt(256);
			}
		}
		default -> { // extreme values
			int at = r.nextInt(m.length - 8);
			Arrays.fill(m, at, at + 8, (byte) (r.nextBoolean() ? 0xFF : 0));
		}
		}
		return m;
	}

	@Test
	void parserOnlyThrowsItsOwnException() {
		Random r = new Random(20261125);
		int parsed = 0;
		int rejected = 0;
		for (int i = 0; i < CASES; i++) {
			int version = new int[] { 2, 3, 5 }[r.nextInt(3)];
			byte[] m = mutate(ReportBytes.sample(version), r);
			long t0 = System.nanoTime();
			try {
				SnpAttestationReport report = SnpAttestationReport.parse(m);
				report.fields();
				parsed++;
			} catch (ReportFormatException e) {
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
				rejected++;
			} catch (RuntimeException e) {
				fail("case " + i + ": " + e, e);
			}
			assertTrue(System.nanoTime() - t0 < MAX_NANOS_PER_CASE, "case " + i + " took too long");
		}
		assertTrue(parsed > 100 && rejected > 100, "parsed " + parsed + ", rejected " + rejected);
	}
}
