/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of the shared {@code cases-tdx.tsv}: run the command line through the TDX measure tool from the testdata
 * folder and compare the selected JSON field with the expected hex of the row.
 */
class TdxCasesTest {

	static Stream<Arguments> cases() throws IOException {
		List<String> lines = Files.readAllLines(TestData.file("cases-tdx.tsv"), StandardCharsets.UTF_8);
		assertTrue(lines.size() > 1, "cases-tdx.tsv has no rows");
		assertEquals(List.of("id", "command (run from shared/testdata)", "json_field", "expected"),
				List.of(lines.get(0).split("\t")), "unexpected header of cases-tdx.tsv");
		return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
			String[] f = l.split("\t");
			assertEquals(4, f.length, "row needs 4 tab-separated fields: " + l);
			return Arguments.of(f[0], f[1], f[2], f[3]);
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rowMatches(String id, String command, String jsonField, String expected) {
		List<String> words = ShellWords.split(command);
		assertEquals(List.of("cocolaunch", "measure"), words.subList(0, 2), id + ": command must start with 'cocolaunch measure'");
		CliRun run = CliRun.of(words.subList(2, words.size()), TestData.dir());
		assertEquals(0, run.exit(), id + " failed: " + run.err());
		assertFalse(run.out().isBlank(), id + ": no output");
		Object doc = MiniJson.parse(run.out());
		Object actual = MiniJson.select(doc, jsonField);
		assertEquals(expected.toLowerCase(), String.valueOf(actual), id + " field " + jsonField);
	}
}
