/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cocolaunch explain} end to end, in-process: the printed {@code measure} command lines, re-run, give the
 * target; exit codes 0 (match), 1 (none), 2 (usage) with one-line errors.
 */
class ExplainCommandTest {

	private static final Path TESTDATA = TestData.dir();

	private static String expected(String file, String id) {
		return TestData.caseField(file, id, 3);
	}

	/** The {@code cocolaunch measure ...} lines of the output, each split into the arguments after the word measure. */
	private static List<List<String>> commandLines(String out) {
		List<List<String>> lines = new ArrayList<>();
		for (String line : out.split("\n")) {
			if (line.startsWith("  cocolaunch measure ")) {
				List<String> words = ShellWords.split(line);
				lines.add(words.subList(2, words.size()));
			}
		}
		return lines;
	}

	private static void assertEachCommandGives(String out, String target) {
		List<List<String>> commands = commandLines(out);
		assertFalse(commands.isEmpty(), out);
		for (List<String> args : commands) {
			List<String> full = new ArrayList<>(List.of("measure"));
			full.addAll(args);
			CliRun m = CliRun.of(TESTDATA, full.toArray(String[]::new));
			assertEquals(0, m.exitCode(), m.err());
			String printed = m.out().strip();
			assertTrue(printed.equals(target) || printed.contains("\"mrtd\": \"" + target + "\""), args + " gave " + printed);
		}
	}

	@Test
	void snpMatchPrintsReRunnableCommands() {
		String target = expected("cases-sev.tsv", "snp-10");
		CliRun r = CliRun.of(TESTDATA, "explain", "--expected", target, "--ovmf", "firmware/OVMF.amdsev.sid-2026.08.fd",
				"--kernel", "inputs/vmlinuz-6.1.0-56-cloud-amd64", "--initrd", "inputs/initrd-oracle.cpio.gz", "--append",
				"console=ttyS0 root=/dev/vda1 ro", "--max-vcpus", "6");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().startsWith("1 configuration reproduces MEASUREMENT " + target), r.out());
		assertTrue(r.out().contains("'console=ttyS0 root=/dev/vda1 ro'"), r.out());
		assertEachCommandGives(r.out(), target);
	}

	@Test
	void ec2MatchWithoutVcpuType() {
		String target = expected("cases-sev.tsv", "snp-16");
		CliRun r = CliRun.of(TESTDATA, "explain", "--expected", target, "--ovmf", "firmware/OVMF.amdsev.sid-2026.08.fd",
				"--max-vcpus", "2");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().contains("--vmm-type ec2"), r.out());
		assertEachCommandGives(r.out(), target);
	}

	@Test
	void sevEsMatch() {
		String target = expected("cases-sev.tsv", "seves-02");
		CliRun r = CliRun.of(TESTDATA, "explain", "--mode", "seves", "--expected", target, "--ovmf",
				"firmware/OVMF.amdsev.sid-2026.08.fd", "--kernel", "inputs/vmlinuz-6.1.0-56-cloud-amd64", "--initrd",
				"inputs/initrd-oracle.cpio.gz", "--append", "console=ttyS0", "--max-vcpus", "8");
		assertEquals(0, r.exitCode(), r.err());
		assertEachCommandGives(r.out(), target);
	}

	@Test
	void reportFileGivesTheTarget(@TempDir Path dir) throws Exception {
		String target = expected("cases-sev.tsv", "snp-20");
		ByteBuffer report = ByteBuffer.allocate(0x4A0).order(ByteOrder.LITTLE_ENDIAN);
		report.putInt(0x000, 2).putInt(0x034, 1).put(0x090, HexFormat.of().parseHex(target));
		Path file = dir.resolve("report.bin");
		Files.write(file, report.array());
		CliRun r = CliRun.of(TESTDATA, "explain", "--report", file.toString(), "--ovmf",
				"firmware/OVMF.amdsev.sid-2026.08.fd", "--max-vcpus", "3", "--json");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().contains("\"vmm-type\": \"gce\""), r.out());
		assertTrue(r.out().contains("\"target\": \"" + target + "\""), r.out());
	}

	@Test
	void tdxMatchesBothPageOrders() {
		for (String id : List.of("mrtd-01", "mrtd-02")) {
			String target = expected("cases-tdx.tsv", id);
			CliRun r = CliRun.of(TESTDATA, "explain", "--mode", "tdx", "--expected", target, "--ovmf",
					"firmware/OVMF.inteltdx.ms.sid-2026.08.fd");
			assertEquals(0, r.exitCode(), r.err());
			assertTrue(r.out().contains("memory=not determined by MRTD"), r.out());
			for (List<String> args : commandLines(r.out())) {
				List<String> full = new ArrayList<>(List.of("measure"));
				full.addAll(args);
				CliRun m = CliRun.of(TESTDATA, full.toArray(String[]::new));
				assertEquals(target, m.out().strip(), id);
			}
		}
	}

	@Test
	void noMatchExplainsAndExitsOne() {
		CliRun r = CliRun.of(TESTDATA, "explain", "--expected", "00".repeat(48), "--ovmf",
				"firmware/OVMF.amdsev.sid-2026.08.fd", "--max-vcpus", "2");
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().startsWith("no configuration reproduces MEASUREMENT"), r.out());
		assertTrue(r.out().contains("  vmm-type: 3 values (QEMU, ec2, gce)"), r.out());
		assertFalse(r.out().contains("difference"), r.out());
		assertTrue(r.err().isEmpty(), r.err());
	}

	@Test
	void secondLaunchGivesTheFirstStructuralDifference() throws Exception {
		Path qemu = example("snp-qemu.cclaunch");
		Path ec2 = example("snp-ec2.cclaunch");
		CliRun r = CliRun.of(TESTDATA, "explain", "--expected", "00".repeat(48), "--ovmf",
				"firmware/OVMF.amdsev.sid-2026.08.fd", "--max-vcpus", "1", "--plan", qemu.toString(), "--plan",
				ec2.toString());
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().contains("\nfirst structural difference between the launches compared: step "), r.out());
		r = CliRun.of(TESTDATA, "explain", "--expected", "00".repeat(48), "--ovmf",
				"firmware/OVMF.amdsev.sid-2026.08.fd", "--max-vcpus", "1", "--plan", qemu.toString(), "--plan",
				qemu.toString(), "--json");
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().contains("the two launches compared are structurally identical"), r.out());
		assertTrue(r.out().contains("\"first_difference\": \"identical\""), r.out());
	}

	private static Path example(String name) throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/" + name);
		return Path.of(FileLocator.toFileURL(entry).toURI());
	}

	@Test
	void registeredEnginesSearchThroughTheVendorNeutralInterface() throws Exception {
		record Case(String mode, String file, String id, String firmware) {
		}
		for (Case c : List.of(new Case("snp", "cases-sev.tsv", "snp-16", "firmware/OVMF.amdsev.sid-2026.08.fd"),
				new Case("tdx", "cases-tdx.tsv", "mrtd-02", "firmware/OVMF.inteltdx.ms.sid-2026.08.fd"))) {
			ExplainRequest request = new ExplainRequest(c.mode(),
					HexFormat.of().parseHex(expected(c.file(), c.id())), List.of(TESTDATA.resolve(c.firmware())), null,
					null, null, 2);
			List<SearchResult> results = new ArrayList<>();
			for (VendorEngine e : VendorEngines.registered().all()) {
				SearchResult r = e.explain(request, null);
				if (r != null) {
					results.add(r);
				}
			}
			assertEquals(1, results.size(), c.mode() + ": exactly one engine answers");
			assertEquals(1, results.get(0).matches().size(), c.mode() + ": " + results.get(0).matches());
		}
	}

	@Test
	void usageErrorsExitTwoWithOneLine() {
		for (String[] args : new String[][] { { "explain", "--ovmf", "x.fd" },
				{ "explain", "--expected", "00", "--report", "r.bin", "--ovmf", "x.fd" },
				{ "explain", "--expected", "00" }, { "explain", "--expected", "zz", "--ovmf", "x.fd" },
				{ "explain", "--expected", "00", "--ovmf", "x.fd", "--max-vcpus", "0" },
				{ "explain", "--expected", "00", "--ovmf", "x.fd", "--mode", "svsm" },
				{ "explain", "--expected", "00", "--ovmf", "x.fd", "--plan", "a.cclaunch" },
				{ "explain", "--expected", "00", "--ovmf", "x.fd", "--bogus" } }) {
			CliRun r = CliRun.of(TESTDATA, args);
			assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
			assertTrue(r.oneLineError(), r.err());
		}
	}

	@Test
	void badInputsExitOneWithOneLine() {
		CliRun r = CliRun.of(TESTDATA, "explain", "--expected", "00".repeat(48), "--ovmf", "missing.fd");
		assertEquals(1, r.exitCode());
		assertTrue(r.oneLineError(), r.err());
		r = CliRun.of(TESTDATA, "explain", "--expected", "00".repeat(32), "--ovmf", "firmware/OVMF.amdsev.sid-2026.08.fd");
		assertEquals(1, r.exitCode());
		assertTrue(r.oneLineError(), r.err());
	}
}
