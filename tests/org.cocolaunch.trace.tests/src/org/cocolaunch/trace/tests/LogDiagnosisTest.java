/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.trace.LaunchFailureLog;
import org.cocolaunch.trace.LogDiagnosis;
import org.cocolaunch.trace.LogDiagnosis.Diagnosis;
import org.cocolaunch.trace.LogDiagnosis.PlanSource;
import org.cocolaunch.trace.TraceImportException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diagnosis API the CLI and the workbench share: pasted text diagnoses as its file does, bad pastes are refused
 * in the CLI's one line, the plan for a chosen cause is the changed one and ends with the failing step, and a
 * cancelled monitor stops the work.
 */
class LogDiagnosisTest {

	private static final String ENOTTY = "failures/amdsev-216-snp-start-enotty.log";

	@TempDir
	Path dir;

	@Test
	void pastedTextDiagnosesAsItsFileDoes() throws Exception {
		Path file = PublicLogs.file(ENOTTY);
		Diagnosis fromFile = LogDiagnosis.diagnose(file, ImportInputs.none(), null, dir, VendorEngines.registered());
		Diagnosis pasted = LogDiagnosis.diagnoseText(Files.readString(file), "pasted log", ImportInputs.none(), null,
				dir, VendorEngines.registered(), null);
		assertEquals(fromFile.facts(), pasted.facts());
		assertEquals("KVM_SEV_SNP_LAUNCH_START", pasted.facts().command());
		assertEquals(25, pasted.facts().errno());
		assertEquals(fromFile.causes(), pasted.causes());
		assertEquals(fromFile.reproduced(), pasted.reproduced());
		assertTrue(pasted.reproduced());
		assertEquals(PlanSource.DEFAULT, pasted.source());
		assertEquals(fromFile.statusText(), pasted.statusText());
		assertEquals("none (the kernel refused before the firmware ran)", pasted.statusText());
	}

	@Test
	void pastedTraceLinesGiveThePlan() throws Exception {
		Diagnosis pasted = LogDiagnosis.diagnoseText(Files.readString(PublicLogs.file(PublicLogs.AMDSEV_195)),
				"pasted log", ImportInputs.none(), null, dir, VendorEngines.registered(), null);
		assertEquals(PlanSource.TRACE, pasted.source(), pasted.planNote());
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", pasted.facts().command());
		assertEquals("BAD_MEASUREMENT (0xb)", pasted.statusText());
		Step last = pasted.plan().getSteps().get(Diagnosis.failingStep(pasted.plan()));
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", last.getCommand());
		assertEquals(StepStatus.FAILED, last.getExpectedOutcome().getStatus());
	}

	@Test
	void planForACauseIsItsChangedPlanEndingWithTheFailingStep() throws Exception {
		Diagnosis d = LogDiagnosis.diagnose(PublicLogs.file(ENOTTY), ImportInputs.none(), null, dir,
				VendorEngines.registered());
		int rank = d.attempts().indexOf(d.firstReproduced());
		assertTrue(rank >= 0);
		LaunchPlan changed = d.planFor(rank);
		assertSame(d.firstReproduced().plan(), changed);
		assertNotSame(d.plan(), changed, "the cause's change is applied to a copy");
		assertSame(changed, d.planToSave());
		Step failing = changed.getSteps().get(Diagnosis.failingStep(changed));
		assertEquals("KVM_SEV_SNP_LAUNCH_START", failing.getCommand());
		assertEquals(StepStatus.FAILED, failing.getExpectedOutcome().getStatus());
		assertEquals(25, failing.getExpectedOutcome().getErrno());
		// a cause the simulator cannot take debugs the plan as the log left it
		for (int i = 0; i < d.causes().size(); i++) {
			FailureCause c = d.causes().get(i);
			if (!c.reproducible()) {
				assertSame(d.plan(), d.planFor(i));
			}
		}
		assertNull(d.attempt(d.causes().size()));
	}

	@Test
	void cpuidReportGivesThePageAndBothRegisterSetsAsText() throws Exception {
		Diagnosis d = LogDiagnosis.diagnose(PublicLogs.file("failures/nvtrust-91-snp-cpuid.log"), ImportInputs.none(),
				null, dir, VendorEngines.registered());
		assertEquals("CPUID", d.pageType().toUpperCase(Locale.ROOT));
		assertEquals("gpa 0x80e000 len 0x1000 type " + d.pageType(), d.pageText());
		LaunchFailureLog.CpuidMismatch m = d.log().cpuid().get(0);
		// as the posted lines print them: provided edx 0x6, the firmware's edx 0x2
		assertTrue(LaunchFailureLog.CpuidMismatch.registers(m.provided()).endsWith(" edx=0x00000006"),
				LaunchFailureLog.CpuidMismatch.registers(m.provided()));
		assertTrue(LaunchFailureLog.CpuidMismatch.registers(m.expected()).endsWith(" edx=0x00000002"),
				LaunchFailureLog.CpuidMismatch.registers(m.expected()));
		assertEquals("?", LaunchFailureLog.CpuidMismatch.registers(null));
		Diagnosis noPage = LogDiagnosis.diagnose(PublicLogs.file(ENOTTY), ImportInputs.none(), null, dir,
				VendorEngines.registered());
		assertNull(noPage.pageText());
	}

	@Test
	void pastedJunkIsRefusedInOneLine() {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		String text = new String(junk, StandardCharsets.ISO_8859_1);
		TraceImportException e = assertThrows(TraceImportException.class, () -> LogDiagnosis.diagnoseText(text,
				"pasted log", ImportInputs.none(), null, dir, VendorEngines.registered(), null));
		assertTrue(e.getMessage().startsWith("pasted log: not a text log ("), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void noFailureMessageIsTheCliLine() throws Exception {
		Diagnosis d = LogDiagnosis.diagnoseText("kvm_sev_init type SEV-SNP flags 0x0\nall fine\n", "pasted log",
				ImportInputs.none(), null, dir, VendorEngines.registered(), null);
		assertNull(d.facts());
		assertEquals("pasted log: no recognisable launch failure in 2 lines; looked for " + LaunchFailureLog.lookedFor(),
				d.noFailureMessage("pasted log"));
		Diagnosis empty = LogDiagnosis.diagnoseText("", "pasted log", ImportInputs.none(), null, dir,
				VendorEngines.registered(), null);
		assertNull(empty.facts());
		assertTrue(empty.noFailureMessage("pasted log").startsWith("pasted log: no recognisable launch failure in 0 lines"));
	}

	@Test
	void cancelledMonitorStops() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> LogDiagnosis.diagnose(PublicLogs.file(ENOTTY),
				ImportInputs.none(), null, dir, VendorEngines.registered(), cancelled));
	}

	@Test
	void liveMonitorIsDoneWithTheWork() throws Exception {
		NullProgressMonitor live = new NullProgressMonitor();
		assertNotNull(LogDiagnosis.diagnose(PublicLogs.file(ENOTTY), ImportInputs.none(), null, dir,
				VendorEngines.registered(), live).facts());
	}
}
