/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import static org.cocolaunch.trace.tests.TraceLogs.logged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs as an attacker or an accident makes them (issue 13): streamed, bounded, numbers refused by value. */
class HostileLogTest {

	@TempDir
	Path dir;

	private ImportResult importFile(String name, byte[] content) throws Exception {
		Path log = Files.write(dir.resolve(name), content);
		return QemuTraceImporter.importLog(log, ImportInputs.none());
	}

	@Test
	void aReturnValueBeyondAnyIntIsAOneLineErrorWithTheLine() throws Exception {
		Path log = Files.writeString(dir.resolve("ret.log"), """
				kvm_sev_launch_start policy 0x1 session 0x0 pdh 0x0
				qemu-system-x86_64: sev_launch_finish: LAUNCH_FINISH ret=-99999999999999999999 fw_error=7 'x'
				""");
		TraceImportException e = assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(log, ImportInputs.none()));
		assertEquals(log + ":2: ret=-99999999999999999999 is out of range for an ioctl's int return value"
				+ " (-2147483648..2147483647)", e.getMessage());
		Files.writeString(log, "kvm_sev_launch_start policy 0x1\nsev_guest_init: failed to initialize ret=-5 fw_error=99999999999\n");
		e = assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(log, ImportInputs.none()));
		assertTrue(e.getMessage().startsWith(log + ":2: fw_error=99999999999 is out of range for a 32-bit firmware status"),
				e.getMessage());
	}

	@Test
	void aDecimalLengthBeyondSixtyFourBitsIsRefusedNotThrown() throws Exception {
		// two lengths that read as decimal after 0x (the old QEMU bug) make the importer read all of them so
		String text = "kvm_sev_launch_start policy 0x1\n"
				+ "kvm_sev_launch_update_data addr 0x7f0000000000 len 0x4096\n"
				+ "kvm_sev_launch_update_data addr 0x7f0000001000 len 0x99999999999999999999999990\n";
		Path log = Files.writeString(dir.resolve("len.log"), text);
		TraceImportException e = assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(log, ImportInputs.none()));
		assertTrue(e.getMessage().startsWith(log + ":3: '0x9999"), e.getMessage());
		assertTrue(e.getMessage().endsWith("does not fit a 64-bit length"), e.getMessage());
	}

	@Test
	void aNulByteInAnEventLineStillImportsAndSaves() throws Exception {
		// console garbage with NULs, and a NUL in what becomes a step's description (XML 1.0 cannot hold NUL)
		byte[] log = "\u0000\u0000\u0001 console\nkvm_sev_launch_start policy 0x1 session 0x0 pdh 0x0\nkvm_sev_launch_finish \u0000\n"
				.getBytes(StandardCharsets.UTF_8);
		ImportResult result = importFile("nul.log", log);
		List<Step> steps = logged(result.plan());
		assertEquals(2, steps.size());
		Path saved = dir.resolve("nul.cclaunch");
		ModelFiles.save(result.plan(), saved);
		LaunchPlan back = ModelFiles.loadPlan(saved);
		assertEquals(result.plan().getSteps().size(), back.getSteps().size(), "the saved plan reads back");
	}

	@Test
	void crLfAndCrLineEndsNumberLinesAsStringLinesDoes() throws Exception {
		ImportResult result = importFile("crlf.log",
				"# header\r\nnoise\rkvm_sev_launch_start policy 0x1\r\n\r\nkvm_sev_launch_finish \n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(0, 3, 5), result.stepLines());
	}

	@Test
	void specialFilesAreRefusedWithoutBlocking() throws Exception {
		Path fifo = dir.resolve("q.log");
		Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0);
		TraceImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(fifo, ImportInputs.none())));
		assertEquals(fifo + ": is a FIFO, expected a regular file", e.getMessage());
		e = assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(Path.of("/dev/zero"), ImportInputs.none()));
		assertEquals("/dev/zero: is a character device, expected a regular file", e.getMessage());
		e = assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(dir, ImportInputs.none()));
		assertEquals(dir + ": is a directory, expected a regular file", e.getMessage());
	}

	/**
	 * Noise around two events, one line of 20 MB among it: the events are found, the long line keeps only its start
	 * (with a warning). Memory use with a 500 MB log under a 512 MiB heap is checked through the product by
	 * {@code tests/hostile}.
	 */
	@Test
	void longLinesAreCutAndTheEventsAroundThemFound() throws Exception {
		Path log = dir.resolve("big.log");
		String noise = "2026-01-01 12:00:00.000+0000: 1234: debug : virNetClient unrelated line with some text in it\n";
		try (BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			w.write("kvm_sev_launch_start policy 0x1 session 0x0 pdh 0x0\n");
			for (int i = 0; i < 100_000; i++) {
				w.write(noise);
			}
			String chunk = "y".repeat(1 << 20);
			for (int i = 0; i < 20; i++) {
				w.write(chunk);
			}
			w.write("\nkvm_sev_launch_finish \n");
		}
		ImportResult result = QemuTraceImporter.importLog(log, ImportInputs.none());
		assertEquals(2, logged(result.plan()).size());
		assertEquals(List.of(0, 1, 100_003), result.stepLines());
		assertEquals(1, result.warnings().size(), result.warnings().toString());
		assertEquals(100_002, result.warnings().get(0).line());
		assertTrue(result.warnings().get(0).message().startsWith("line longer than 1048576 characters"), result.warnings().toString());
	}
}
