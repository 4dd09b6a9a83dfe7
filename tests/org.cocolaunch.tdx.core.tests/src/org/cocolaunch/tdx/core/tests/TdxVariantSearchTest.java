/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.explain.MismatchExplanation;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.explain.TdxSearchSpace;
import org.cocolaunch.tdx.core.explain.TdxVariantSearch;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TDX configuration search finds both page orders of the known MRTDs and reports what MRTD leaves open. */
class TdxVariantSearchTest {

	private static final Path TDVF = TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd");
	private static final HexFormat HEX = HexFormat.of();

	@Test
	void bothPageOrdersOfTheCaseRowsFound() throws Exception {
		for (String[] row : new String[][] { { "mrtd-01", "single" }, { "mrtd-02", "two-pass" } }) {
			byte[] target = HEX.parseHex(TestData.caseField("cases-tdx.tsv", row[0], 3));
			SearchResult r = TdxVariantSearch.search(TdxSearchSpace.defaults(List.of(TDVF)), target, null);
			assertEquals(1, r.matches().size(), row[0] + ": " + r.matches());
			Variant v = r.matches().get(0);
			assertEquals(row[1], v.settings().get("page-order"));
			assertEquals(List.of("MRTD"), v.determines());
			assertTrue(v.settings().get("memory").startsWith("not determined by MRTD (verified: 128 MiB"),
					v.settings().toString());
			assertEquals(List.of("--mode", "tdx", "--ovmf", TDVF.toString(), "--page-order", row[1]), v.measureArgs());
			// the plain measurer, with the variant's settings, gives the target
			byte[] mrtd = TdxLaunchMeasurer.measure(new TdxLaunchInputs(TdvfParser.parse(TDVF, "tdvf"),
					TdxPageOrders.ofCliName(row[1]).orElseThrow(), 1L << 30, 1, null, null, null, null)).mrtd();
			assertArrayEquals(target, mrtd);
			assertEquals(2L * 14, r.variants());
		}
	}

	@Test
	void nothingMatchesRulesOutEveryDimension() throws Exception {
		SearchResult r = TdxVariantSearch.search(TdxSearchSpace.defaults(List.of(TDVF)), new byte[48], null);
		assertFalse(r.matched());
		List<String> lines = MismatchExplanation.lines(r, null);
		assertTrue(lines.contains("  page-order: 2 values (single, two-pass)"), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  memory: 14 values (128 MiB")), lines.toString());
	}

	@Test
	void wrongLengthIsRejected() {
		assertThrows(TdxInputException.class,
				() -> TdxVariantSearch.search(TdxSearchSpace.defaults(List.of(TDVF)), new byte[32], null));
	}
}
