/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes, messages and output shape of the CLI contract. */
class TdxMeasureToolTest {

	private static final String FW = TdvfParserTest.TDX_FW;

	private static CliRun run(String... args) {
		return CliRun.of(List.of(args), TestData.dir());
	}

	private static void assertOneLineError(CliRun r, int exit) {
		assertEquals(exit, r.exit(), r.err());
		assertEquals("", r.out());
		String err = r.err().strip();
		assertFalse(err.isEmpty());
		assertFalse(err.contains("\n"), "one line expected: " + err);
		assertFalse(err.contains("\tat "), "no stack trace expected: " + err);
	}

	@Test
	void hexPrintsTheJsonMrtd() {
		CliRun hex = run("--mode", "tdx", "--ovmf", FW);
		CliRun json = run("--mode", "tdx", "--ovmf", FW, "--output-format", "json");
		assertEquals(0, hex.exit(), hex.err());
		assertEquals(0, json.exit(), json.err());
		assertTrue(hex.out().matches("[0-9a-f]{96}\n"), hex.out());
		assertEquals(hex.out().strip(), MiniJson.select(MiniJson.parse(json.out()), "mrtd"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonWithoutKernelLeavesUnknownRegistersNull() {
		CliRun r = run("--mode", "tdx", "--ovmf", FW, "--output-format=json", "--mem", "2147483648", "--vcpus", "4");
		assertEquals(0, r.exit(), r.err());
		Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(r.out());
		assertNull(doc.get("rtmr0"));
		assertNull(doc.get("rtmr1"));
		assertNull(doc.get("rtmr2"));
		assertEquals("0".repeat(96), doc.get("rtmr3"));
		List<Map<String, Object>> events = (List<Map<String, Object>>) doc.get("events");
		assertEquals(List.of("td_hob", "cfv"), events.stream().map(e -> e.get("name")).toList());
		assertEquals(List.of(0L, 0L), events.stream().map(e -> e.get("rtmr")).toList());
	}

	@Test
	@SuppressWarnings("unchecked")
	void directBootEventsInExtendOrder() {
		CliRun r = run("--mode", "tdx", "--ovmf", FW, "--output-format", "json", "--kernel",
				"inputs/vmlinuz-6.1.0-56-cloud-amd64", "--initrd", "inputs/initrd-oracle.odd.bin", "--append", "x");
		assertEquals(0, r.exit(), r.err());
		List<Map<String, Object>> events = (List<Map<String, Object>>) MiniJson.select(MiniJson.parse(r.out()), "events");
		assertEquals(List.of("td_hob", "cfv", "kernel", "cmdline", "initrd"), events.stream().map(e -> e.get("name")).toList());
		assertEquals(List.of(0L, 0L, 1L, 2L, 2L), events.stream().map(e -> e.get("rtmr")).toList());
	}

	@Test
	void relativePathsResolveAgainstTheWorkingDirectory() {
		Path fw = TestData.file(FW);
		CliRun r = CliRun.of(List.of("--mode", "tdx", "--ovmf", fw.getFileName().toString()), fw.getParent());
		assertEquals(0, r.exit(), r.err());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--bogus", "--mode sev --ovmf F", "--page-order", "--page-order three --ovmf F",
			"--ovmf F --mem 12x", "--ovmf F --mem 4097", "--ovmf F --mem 0", "--ovmf F --vcpus 0", "--ovmf F --vcpus many",
			"--ovmf F --output-format xml", "--ovmf F --initrd I", "--ovmf F --append x", "--ovmf F --ovmf F",
			"", "--ovmf F stray" })
	void usageErrorsExitTwo(String line) {
		List<String> args = new ArrayList<>(line.isEmpty() ? List.of() : List.of(line.split(" ")));
		args.replaceAll(a -> a.equals("F") ? FW : a);
		assertOneLineError(CliRun.of(args, TestData.dir()), 2);
	}

	@Test
	void inputErrorsExitOne() {
		assertOneLineError(run("--mode", "tdx", "--ovmf", "no/such.fd"), 1);
		assertOneLineError(run("--mode", "tdx", "--ovmf", "upstream-sev-snp-measure/svsm_ovmf.fd"), 1); // CODE-only: BFV bytes not in the file
		assertOneLineError(run("--mode", "tdx", "--ovmf", "inputs/initrd-oracle.cpio.gz"), 1);
		assertOneLineError(run("--mode", "tdx", "--ovmf", "firmware"), 1);
		assertOneLineError(run("--mode", "tdx", "--ovmf", FW, "--kernel", "inputs/initrd-oracle.odd.bin"), 1);
		assertOneLineError(run("--mode", "tdx", "--ovmf", FW, "--kernel", "inputs/none"), 1);
		assertOneLineError(run("--mode", "tdx", "--ovmf", FW, "--mem", "0x400000"), 1);
	}
}
