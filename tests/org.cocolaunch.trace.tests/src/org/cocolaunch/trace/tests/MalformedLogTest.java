/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.model.Step;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.trace.tests.TraceLogs.logged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken lines become warnings with their line numbers, never exceptions; a log without launch events is an error. */
class MalformedLogTest {

	@TempDir
	Path dir;

	@Test
	void uninterpretableLaunchLinesAreWarningsWithLineNumbers() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_snp_launch_start policy 0x30000 gosvw (null)
				kvm_sev_snp_launch_update src 0x7f00 gpa 0xZZ len 0x1000 (Normal page)
				kvm_sev_snp_launch_update src 0x7f00 gpa 0x800000 len 0x1000 (Bogus page)
				kvm_sev_snp_launch_update src 0x7f00 gpa
				kvm_sev_frobnicate x 1
				kvm_sev_snp_launch_update src 0x7f00 gpa 0x801000 len 0x1000 (Zero page)
				qemu-system-x86_64: sev_launch_finish: LAUNCH_FINISH ret=-5 fw_error=7 'Policy failure'
				""");
		List<Step> steps = logged(result.plan());
		assertEquals(List.of("KVM_SEV_SNP_LAUNCH_START", "KVM_SEV_SNP_LAUNCH_UPDATE"),
				steps.stream().map(Step::getCommand).toList());
		assertEquals(List.of(1, 6), result.stepLines().subList(1, 3));
		List<Integer> lines = result.warnings().stream().map(ImportWarning::line).toList();
		assertTrue(lines.containsAll(List.of(2, 3, 4, 5, 7)), result.warnings().toString());
		assertEquals(lines.stream().sorted().toList(), lines, "warnings come in line order");
		assertTrue(result.warnings().get(0).toString().startsWith("line 2: "), result.warnings().get(0).toString());
		assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 3 && w.message().contains("Bogus")));
		assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 5 && w.message().contains("kvm_sev_frobnicate")));
		assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 7 && w.message().contains("LAUNCH_FINISH")));
		for (ImportWarning w : result.warnings()) {
			assertFalse(w.message().contains("\n"), "one line: " + w);
		}
	}

	@Test
	void garbageAroundEventsIsTolerated() throws Exception {
		String noise = "\u0000\u00ff\u001b[2J" + "x".repeat(100_000);
		ImportResult result = TraceLogs.importText(noise + "\nkvm_sev_launch_finish \n" + noise + "\n");
		assertEquals(1, logged(result.plan()).size());
		assertEquals(2, result.lineOf(1));
	}

	@Test
	void emptyFileIsAOneLineErrorNamingTheFile() throws Exception {
		Path empty = Files.writeString(dir.resolve("empty.log"), "");
		TraceImportException e = assertThrows(TraceImportException.class,
				() -> QemuTraceImporter.importLog(empty, ImportInputs.none()));
		assertTrue(e.getMessage().startsWith(empty.toString() + ": no QEMU launch trace events"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void logWithoutLaunchEventsIsAnError() throws Exception {
		Path dmesg = Files.writeString(dir.resolve("dmesg.log"), """
				[    4.962020] ccp 0000:47:00.1: sev enabled
				[    7.003920] kvm_amd: SEV enabled (ASIDs 100 - 509)
				kvm_sev_change_state uninit -> launch-update
				""");
		TraceImportException e = assertThrows(TraceImportException.class,
				() -> QemuTraceImporter.importLog(dmesg, ImportInputs.none()));
		assertTrue(e.getMessage().contains(dmesg.toString()), e.getMessage());
	}

	@Test
	void binaryFileIsAnErrorNotACrash() throws Exception {
		byte[] bytes = new byte[4096];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		Path binary = Files.write(dir.resolve("OVMF.fd"), bytes);
		assertThrows(TraceImportException.class, () -> QemuTraceImporter.importLog(binary, ImportInputs.none()));
	}

	@Test
	void missingFileIsAOneLineError() {
		Path missing = dir.resolve("missing.log");
		TraceImportException e = assertThrows(TraceImportException.class,
				() -> QemuTraceImporter.importLog(missing, ImportInputs.none()));
		assertEquals(missing + ": no such file", e.getMessage());
	}

	@Test
	void unreadableInputFileIsAnError() throws Exception {
		Path log = Files.writeString(dir.resolve("q.log"), "kvm_sev_launch_finish \n", StandardCharsets.UTF_8);
		TraceImportException e = assertThrows(TraceImportException.class,
				() -> QemuTraceImporter.importLog(log, ImportInputs.none().withFirmware(dir.resolve("nope.fd"))));
		assertTrue(e.getMessage().startsWith(dir.resolve("nope.fd") + ": cannot read firmware"), e.getMessage());
	}
}
