/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every row of shared/testdata/cases-sev.tsv, run through the measure tool from the testdata folder. */
class SevCasesTest {

	static List<Arguments> cases() throws IOException {
		List<String> lines = Files.readAllLines(TestData.dir().resolve("cases-sev.tsv"), StandardCharsets.UTF_8);
		List<Arguments> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", -1);
			rows.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f[3]));
		}
		return rows;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rowMatchesReferenceTool(String id, String command, int exit, String expected) {
		List<String> words = ShellWords.split(command);
		assertEquals(List.of("cocolaunch", "measure"), words.subList(0, 2), id + ": not a measure command");
		ToolRun run = ToolRun.of(words.subList(2, words.size()));
		assertEquals(exit, run.exitCode(), id + " exit code; stderr: " + run.stderr());
		assertEquals(expected + "\n", run.stdout(), id + " stdout");
	}

	@Test
	void caseFileHasRows() throws IOException {
		assertTrue(cases().size() >= 15, "cases-sev.tsv should list at least 15 cases");
	}

	@Test
	void shellSplittingHandlesQuotes() {
		assertEquals(List.of("a", "b c", "d\"e", "f g"), ShellWords.split("a 'b c' \"d\\\"e\" f\\ g"));
	}
}
