/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.cli.measure.TdxMeasureOptions;
import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.tdx.core.measure.InitrdDigest;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The MRTD rows of {@code cases-tdx.tsv} with each SHA-384 engine named explicitly, so both engines are held to the
 * expected values whichever one this JVM selected for the other tests (CLI, simulator, plans).
 */
class MrtdEngineCasesTest {

	static Stream<Arguments> rows() {
		List<CaseRow> mrtd = CaseRow.all().stream().filter(r -> r.field().equals("mrtd")).toList();
		assertFalse(mrtd.isEmpty(), "cases-tdx.tsv has no MRTD rows");
		return mrtd.stream().flatMap(r -> Stream.of(Arguments.of(r, "jdk"), Arguments.of(r, "openssl")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("rows")
	void mrtdRowMatchesWithEngine(CaseRow row, String engineName) throws Exception {
		Sha384Engine engine;
		if (engineName.equals("jdk")) {
			engine = Sha384Engines.jdk();
		} else {
			Sha384Engines.Choice c = Sha384Engines.choose("auto", Sha384Engines.DEFAULT_LIBRARY);
			assumeTrue(c.fallbackReason() == null, () -> "native SHA-384 unavailable: " + c.fallbackReason());
			engine = c.engine();
		}
		TdxMeasureOptions o = row.options();
		byte[] kernel = o.kernel() == null ? null : Files.readAllBytes(TestData.dir().resolve(o.kernel()));
		InitrdDigest initrd = o.initrd() == null ? null
				: InitrdDigest.of(Files.readAllBytes(TestData.dir().resolve(o.initrd())));
		TdxLaunchInputs config = new TdxLaunchInputs(TdvfParser.parse(TestData.dir().resolve(o.ovmf()), o.ovmf()),
				o.order(), o.ramSize(), o.vcpus(), kernel, o.kernel(), initrd, o.commandLine());
		assertEquals(row.expected(), HexFormat.of().formatHex(TdxLaunchMeasurer.plan(config).mrtd(engine)),
				row.id() + " with " + engine.name());
	}
}
