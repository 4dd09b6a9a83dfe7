/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.tdvf.TdvfFormatException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated copies of the real TDVF image: byte flips in the TDX metadata and the OVMF footer table, and truncations.
 * Each must either measure or fail with the engine's own input exception (one-line message), and finish quickly.
 */
class TdvfFuzzTest {

	private static final int MUTANTS = 3000;
	private static final long SLOW_NANOS = 2_000_000_000L;

	@Test
	void mutatedImagesFailCleanly() throws Exception {
		byte[] original = Files.readAllBytes(TestData.file(TdvfParserTest.TDX_FW));
		int metadata = TdvfParser.parse(original, "orig").metadataOffset();
		int metadataLength = 16 + 6 * 32;
		int footerStart = original.length - 0x20 - 0xB0; // the footer table and the bytes around it
		SplittableRandom random = new SplittableRandom(0x7D5);
		int accepted = 0;
		int rejected = 0;
		for (int i = 0; i < MUTANTS; i++) {
			byte[] image;
			String what;
			int[] undoAt = new int[0];
			byte[] undoValue = new byte[0];
			int kind = random.nextInt(10);
			if (kind == 0) {
				int keep = random.nextInt(original.length);
				image = Arrays.copyOf(original, keep);
				what = "truncated to " + keep;
			} else {
				// Mutated in place and restored below: copying 4 MiB per mutant would dominate the run time.
				image = original;
				StringBuilder sb = new StringBuilder("flips");
				int flips = 1 + random.nextInt(4);
				undoAt = new int[flips];
				undoValue = new byte[flips];
				for (int f = 0; f < flips; f++) {
					int at = kind <= 7 ? metadata - 16 + random.nextInt(metadataLength + 16)
							: footerStart + random.nextInt(original.length - footerStart);
					int mask = 1 << random.nextInt(8);
					if (random.nextInt(4) == 0) {
						mask = 1 + random.nextInt(255);
					}
					undoAt[f] = at;
					undoValue[f] = image[at];
					image[at] ^= (byte) mask;
					sb.append(String.format(" @0x%x^0x%02x", at, mask));
				}
				what = sb.toString();
			}
			long start = System.nanoTime();
			try {
				TdvfImage parsed = TdvfParser.parse(image, "mutant.fd");
				MeasureOrder order = random.nextBoolean() ? MeasureOrder.PER_PAGE : MeasureOrder.AFTER_REGION;
				TdxLaunchMeasurer.measure(new TdxLaunchInputs(parsed, order, 1L << 31, 1, null, null, null, null));
				accepted++;
			} catch (TdvfFormatException e) {
				rejected++;
				assertClean(e, what);
			} catch (TdxInputException e) {
				rejected++;
				assertClean(e, what);
			} catch (RuntimeException | Error e) {
				fail(what + ": unexpected " + e);
			}
			long took = System.nanoTime() - start;
			for (int f = undoAt.length - 1; f >= 0; f--) {
				original[undoAt[f]] = undoValue[f];
			}
			assertTrue(took < SLOW_NANOS, what + " took " + took / 1_000_000 + " ms");
		}
		assertTrue(accepted > 0 && rejected > 0, "accepted " + accepted + ", rejected " + rejected);
		System.out.println("TdvfFuzzTest: " + accepted + " mutants measured, " + rejected + " rejected cleanly");
	}

	private static void assertClean(Exception e, String what) {
		String m = e.getMessage();
		assertTrue(m != null && m.contains("mutant.fd"), what + ": message should name the file: " + m);
		assertFalse(m.contains("\n"), what + ": one-line message expected: " + m);
	}
}
