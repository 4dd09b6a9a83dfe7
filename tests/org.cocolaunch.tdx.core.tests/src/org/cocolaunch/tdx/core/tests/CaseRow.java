/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.cli.measure.TdxMeasureOptions;
import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One row of the shared {@code cases-tdx.tsv}: id, measure command line, selected JSON field, expected hex. */
record CaseRow(String id, String command, String field, String expected) {

	static List<CaseRow> all() {
		List<String> lines;
		try {
			lines = Files.readAllLines(TestData.file("cases-tdx.tsv"), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertTrue(lines.size() > 1, "cases-tdx.tsv has no rows");
		return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
			String[] f = l.split("\t");
			assertEquals(4, f.length, "row needs 4 tab-separated fields: " + l);
			return new CaseRow(f[0], f[1], f[2], f[3].toLowerCase());
		}).toList();
	}

	/** The row with {@code id}. */
	static CaseRow byId(String id) {
		return all().stream().filter(r -> r.id.equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("cases-tdx.tsv has no row " + id));
	}

	/** The row's measure options. */
	TdxMeasureOptions options() {
		List<String> words = ShellWords.split(command);
		assertEquals(List.of("cocolaunch", "measure"), words.subList(0, 2), id + ": command must start with 'cocolaunch measure'");
		try {
			return TdxMeasureOptions.parse(words.subList(2, words.size()));
		} catch (UsageException e) {
			throw new AssertionError(id + ": " + e.getMessage(), e);
		}
	}

	/** The plan specification of the row, with input paths as written in the row (relative to the testdata folder). */
	TdxPlanSpec spec() {
		TdxMeasureOptions o = options();
		Path dir = TestData.dir();
		TdxPlanSpec spec = new TdxPlanSpec().firmware(dir.resolve(o.ovmf()), o.ovmf()).memory(o.ramSize())
				.vcpus(o.vcpus()).pageOrder(o.order()).commandLine(o.commandLine());
		if (o.kernel() != null) {
			spec.kernel(dir.resolve(o.kernel()), o.kernel());
		}
		if (o.initrd() != null) {
			spec.initrd(dir.resolve(o.initrd()), o.initrd());
		}
		return spec;
	}

	@Override
	public String toString() {
		return id;
	}
}
