/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.core.report.TdxQuote;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * TDREPORT and DCAP quote parsing on synthetic blobs laid out from the published offsets (domain reference §5.3,
 * §5.4): each field is filled with a distinct byte and read back.
 */
class ReportParsersTest {

	private static byte[] filled(int len, int value) {
		byte[] b = new byte[len];
		Arrays.fill(b, (byte) value);
		return b;
	}

	static byte[] report() {
		byte[] r = new byte[1024];
		r[0] = (byte) 0x81;
		System.arraycopy(filled(64, 0x11), 0, r, 0x80, 64); // REPORTDATA
		System.arraycopy(filled(48, 0x22), 0, r, 0x210, 48); // MRTD
		for (int i = 0; i < 4; i++) {
			System.arraycopy(filled(48, 0x30 + i), 0, r, 0x2D0 + 48 * i, 48); // RTMR0..3
		}
		return r;
	}

	/** A quote of {@code version} (4, or 5 with body type 2 or 3) with MRTD 0x44…, RTMR2 0x52…, 10 signature bytes. */
	static byte[] quote(int version, int bodyType) {
		int bodySize = bodyType == 3 ? 648 : 584;
		int bodyAt = version == 5 ? 54 : 48;
		ByteBuffer b = ByteBuffer.allocate(bodyAt + bodySize + 4 + 10).order(ByteOrder.LITTLE_ENDIAN);
		b.putShort(0, (short) version).putShort(2, (short) 2).putInt(4, 0x81);
		if (version == 5) {
			b.putShort(48, (short) bodyType).putInt(50, bodySize);
		}
		byte[] a = b.array();
		System.arraycopy(filled(48, 0x44), 0, a, bodyAt + 0x88, 48);
		System.arraycopy(filled(48, 0x52), 0, a, bodyAt + 0x148 + 96, 48);
		System.arraycopy(filled(64, 0x66), 0, a, bodyAt + 0x208, 64);
		if (bodySize == 648) {
			System.arraycopy(filled(48, 0x77), 0, a, bodyAt + 0x258, 48);
		}
		b.putInt(bodyAt + bodySize, 10);
		return a;
	}

	@Test
	void reportFields() throws Exception {
		TdReport r = TdReport.parse(report(), "r");
		assertArrayEquals(filled(64, 0x11), r.reportData());
		assertArrayEquals(filled(48, 0x22), r.mrtd());
		assertArrayEquals(filled(48, 0x32), r.rtmr(2));
		assertArrayEquals(filled(48, 0x33), r.rtmr(3));
		assertThrows(TdxReportFormatException.class, () -> TdReport.parse(new byte[1023], "short"));
		byte[] wrongType = report();
		wrongType[0] = 0;
		assertThrows(TdxReportFormatException.class, () -> TdReport.parse(wrongType, "type"));
	}

	@Test
	void quoteV4AndV5Fields() throws Exception {
		for (int[] v : new int[][] { { 4, 2 }, { 5, 2 }, { 5, 3 } }) {
			TdxQuote q = TdxQuote.parse(quote(v[0], v[1]), "q");
			assertEquals(v[0], q.version());
			assertArrayEquals(filled(48, 0x44), q.mrtd());
			assertArrayEquals(filled(48, 0x52), q.rtmr(2));
			assertArrayEquals(filled(64, 0x66), q.reportData());
			assertEquals(10, q.signatureData().length);
			assertEquals(v[1] == 3, q.tdx15Body());
			assertArrayEquals(v[1] == 3 ? filled(48, 0x77) : new byte[0], q.mrServiceTd());
		}
	}

	@Test
	void mutatedQuotesAndReportsFailCleanly() {
		SplittableRandom random = new SplittableRandom(5);
		byte[][] seeds = { quote(4, 2), quote(5, 2), quote(5, 3), report() };
		for (int i = 0; i < 4000; i++) {
			byte[] seed = seeds[i % seeds.length];
			byte[] m = random.nextInt(3) == 0 ? Arrays.copyOf(seed, random.nextInt(seed.length + 8)) : seed.clone();
			for (int f = random.nextInt(4); f > 0 && m.length > 0; f--) {
				int at = random.nextInt(Math.min(m.length, 64)); // headers and lengths live in the first bytes
				m[at] ^= (byte) (1 + random.nextInt(255));
			}
			if (m.length > 0 && random.nextInt(4) == 0) {
				m[m.length - 1] ^= 1;
			}
			for (boolean asQuote : new boolean[] { true, false }) {
				long t0 = System.nanoTime();
				try {
					if (asQuote) {
						TdxQuote.parse(m, "fuzz.bin");
					} else {
						TdReport.parse(m, "fuzz.bin");
					}
				} catch (TdxReportFormatException e) {
					assertTrue(e.getMessage().startsWith("fuzz.bin: "), e.getMessage());
					assertFalse(e.getMessage().contains("\n"));
				} catch (RuntimeException e) {
					fail("mutant " + i + ": unexpected " + e);
				}
				assertTrue(System.nanoTime() - t0 < 100_000_000L, "mutant " + i + " too slow");
			}
		}
	}
}
