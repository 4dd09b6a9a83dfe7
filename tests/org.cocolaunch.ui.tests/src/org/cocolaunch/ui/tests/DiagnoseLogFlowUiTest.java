/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.diagnose.DiagnoseInputsPage;
import org.cocolaunch.internal.ui.diagnose.DiagnoseLogWizard;
import org.cocolaunch.internal.ui.diagnose.DiagnoseResultsPage;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.trace.LaunchFailureLog;
import org.cocolaunch.trace.LogDiagnosis.Diagnosis;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * <em>File &gt; Diagnose Failure Log...</em> through its menu command on real posted logs: the failing step, the
 * ranked causes and their reproduction are shown; Debug saves the plan with the chosen cause applied and opens a
 * session stopped before the failing step, and one Step Over fails it with the status the log recorded. Bad pastes
 * get the CLI's one-line error in the dialog.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagnoseLogFlowUiTest {

	private static final String TITLE = "Diagnose Failure Log";

	@TempDir
	Path dir;

	@AfterEach
	void closeAndEndSessions() throws Exception {
		onUi(() -> UiDriver.shells(TITLE::equals).forEach(Shell::close));
		ExampleSessions.terminateAll();
	}

	/** AMDSEV #195 (trace lines, firmware and kernel given): SNP_LAUNCH_FINISH fails with BAD_MEASUREMENT on F6. */
	@Test
	void badMeasurementLogIsDiagnosedAndFailsOnTheNextStep() throws Exception {
		Path log = PublicLogs.file(PublicLogs.AMDSEV_195);
		WizardDialog dialog = open();
		onUi(() -> {
			text(dialog, DiagnoseInputsPage.LOG_ID).setText(log.toString());
			text(dialog, DiagnoseInputsPage.FIRMWARE_ID).setText(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString());
			text(dialog, DiagnoseInputsPage.KERNEL_ID).setText(TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64").toString());
		});
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("diagnose-log-inputs.png"));
		Diagnosis d = next(dialog);
		FailureFacts f = d.facts();
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", f.command());
		List<String> facts = onUi(() -> rows(table(dialog, DiagnoseResultsPage.FACTS_ID)));
		assertTrue(facts.contains("Command | KVM_SEV_SNP_LAUNCH_FINISH (log line " + d.log().failure().line() + ")"), facts.toString());
		assertTrue(facts.contains("errno | 5 (EIO)"), facts.toString());
		assertTrue(facts.contains("Firmware error | BAD_MEASUREMENT (0xb)"), facts.toString());
		List<String> causes = onUi(() -> rows(table(dialog, DiagnoseResultsPage.CAUSES_ID)));
		assertEquals(d.causes().size(), causes.size());
		assertTrue(causes.get(0).startsWith("1 | REPRODUCED | ") && causes.get(0).endsWith("[snp-finish-bad-measurement]"),
				causes.toString());
		for (int i = 0; i < causes.size(); i++) {
			assertEquals(d.attempt(i).reproduced(), causes.get(i).contains("| REPRODUCED |"), causes.get(i));
		}
		String details = onUi(() -> text(dialog, DiagnoseResultsPage.DETAILS_ID).getText());
		assertTrue(details.contains("Check: " + d.causes().get(0).check()), details);
		assertTrue(details.contains("Confirm on the host: " + d.causes().get(0).confirm()), details);
		assertTrue(details.contains("Fix: " + d.causes().get(0).fix()), details);
		String source = onUi(() -> ((Link) find(dialog, DiagnoseResultsPage.SOURCE_ID)).getText());
		assertTrue(source.contains("<a href=\"" + d.causes().get(0).source() + "\">"), source);
		Path plan = dir.resolve("195.cclaunch");
		onUi(() -> text(dialog, DiagnoseResultsPage.SAVE_AS_ID).setText(plan.toString()));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("diagnose-log-dialog.png"));

		CocoDebugTarget target = debug(dialog, plan);
		LaunchPlan saved = ModelFiles.loadPlan(plan);
		int failing = Diagnosis.failingStep(saved);
		waitUntil("the session stops before the failing step", () -> target.isSuspended()
				&& target.session().nextStepIndex() == failing, Duration.ofSeconds(60));
		assertTrue(target.session().trace().getResults().stream().allMatch(r -> r.getStatus() == StepStatus.SUCCESS));
		StepResult last = stepOnce(target);
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", last.getCommand());
		assertEquals(StepStatus.FAILED, last.getStatus());
		assertEquals(f.status(), last.getFirmwareError(), "the status the log recorded");
		assertEquals("BAD_MEASUREMENT", last.getFirmwareErrorName());
		assertEquals(saved.getSteps().get(failing).getExpectedOutcome().getFirmwareError(), last.getFirmwareErrorName());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("diagnose-log-debugged.png"));
	}

	/** AMDSEV #216 pasted, no files: QEMU's default SNP sequence, ENOTTY at SNP_LAUNCH_START on F6. */
	@Test
	void pastedLinesGiveTheDefaultPlanInTheWorkspaceAndFailOnTheNextStep() throws Exception {
		String posted = Files.readString(PublicLogs.file("failures/amdsev-216-snp-start-enotty.log"));
		WizardDialog dialog = open();
		onUi(() -> text(dialog, DiagnoseInputsPage.PASTE_ID).setText(posted));
		Diagnosis d = next(dialog);
		assertEquals("KVM_SEV_SNP_LAUNCH_START", d.facts().command());
		List<String> facts = onUi(() -> rows(table(dialog, DiagnoseResultsPage.FACTS_ID)));
		assertTrue(facts.contains("errno | 25 (ENOTTY)"), facts.toString());
		assertTrue(facts.contains("Firmware error | none (the kernel refused before the firmware ran)"), facts.toString());
		List<String> causes = onUi(() -> rows(table(dialog, DiagnoseResultsPage.CAUSES_ID)));
		assertTrue(causes.get(0).startsWith("1 | REPRODUCED | ") && causes.get(0).endsWith("[snp-start-not-snp-vm]"),
				causes.toString());
		Path plan = Path.of(onUi(() -> text(dialog, DiagnoseResultsPage.SAVE_AS_ID).getText()));
		assertEquals("diagnoses", plan.getParent().getFileName().toString(), "the default is in the workspace");
		assertTrue(plan.getFileName().toString().startsWith("pasted-sev-snp-launch-start"), plan.toString());
		assertFalse(Files.exists(plan), "the default never overwrites a plan");
		CocoDebugTarget target = debug(dialog, plan);
		int failing = Diagnosis.failingStep(ModelFiles.loadPlan(plan));
		waitUntil("the session stops before the failing step", () -> target.isSuspended()
				&& target.session().nextStepIndex() == failing, Duration.ofSeconds(60));
		StepResult last = stepOnce(target);
		assertEquals("KVM_SEV_SNP_LAUNCH_START", last.getCommand());
		assertEquals(StepStatus.FAILED, last.getStatus());
		assertEquals(25, last.getErrno());
		Files.deleteIfExists(plan);
	}

	/** nvtrust #91 pasted: the CPUID page's GPA, length and type, the function and index with both register sets. */
	@Test
	void cpuidReportShowsThePageAndBothValues() throws Exception {
		String posted = Files.readString(PublicLogs.file("failures/nvtrust-91-snp-cpuid.log"));
		WizardDialog dialog = open();
		onUi(() -> text(dialog, DiagnoseInputsPage.PASTE_ID).setText(posted));
		Diagnosis d = next(dialog);
		assertEquals("KVM_SEV_SNP_LAUNCH_UPDATE", d.facts().command());
		List<String> facts = onUi(() -> rows(table(dialog, DiagnoseResultsPage.FACTS_ID)));
		assertTrue(facts.contains("Firmware error | INVALID_PARAM (0x16)"), facts.toString());
		assertTrue(facts.contains("Page | gpa 0x80e000 len 0x1000 type " + d.pageType()), facts.toString());
		int cpuid = facts.indexOf(facts.stream().filter(r -> r.startsWith("CPUID 0x8000001d index 0x3 | "))
				.findFirst().orElseThrow(() -> new AssertionError(facts.toString())));
		assertTrue(facts.get(cpuid).startsWith("CPUID 0x8000001d index 0x3 | provided by QEMU:  eax=0x000bc163 ")
				&& facts.get(cpuid).endsWith(" edx=0x00000006"), facts.toString());
		assertTrue(facts.get(cpuid + 1).startsWith(" | firmware expects:  eax=0x000bc163 ")
				&& facts.get(cpuid + 1).endsWith(" edx=0x00000002"), facts.toString());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("diagnose-log-cpuid.png"));
	}

	/** Nothing, junk and a log without a failure: the page says why in one line and nothing can be debugged. */
	@Test
	void badPastesGetTheCliLineInTheDialog() throws Exception {
		WizardDialog dialog = open();
		DiagnoseLogWizard wizard = onUi(() -> (DiagnoseLogWizard) dialog.getCurrentPage().getWizard());
		assertFalse(onUi(wizard.inputsPage()::isPageComplete), "nothing given yet");
		onUi(() -> text(dialog, DiagnoseInputsPage.PASTE_ID).setText("kvm_sev_init type SEV-SNP flags 0x0\nall fine\n"));
		assertNull(next(dialog));
		String expected = "pasted log: no recognisable launch failure in 2 lines; looked for " + LaunchFailureLog.lookedFor();
		assertEquals(expected, onUi(() -> wizard.resultsPage().getErrorMessage()));
		assertFalse(onUi(wizard::canFinish));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("diagnose-log-no-failure.png"));

		onUi(() -> dialog.showPage(wizard.inputsPage()));
		byte[] junk = new byte[8192];
		new Random(7).nextBytes(junk);
		onUi(() -> text(dialog, DiagnoseInputsPage.PASTE_ID).setText(new String(junk, StandardCharsets.ISO_8859_1)
				.replace('\0', ' ')));
		assertNull(next(dialog));
		String error = onUi(() -> wizard.resultsPage().getErrorMessage());
		assertTrue(error.startsWith("pasted log: not a text log (") && !error.contains("\n"), error);
		assertFalse(onUi(wizard::canFinish));

		onUi(() -> {
			dialog.showPage(wizard.inputsPage());
			text(dialog, DiagnoseInputsPage.PASTE_ID).setText("");
		});
		assertFalse(onUi(wizard.inputsPage()::isPageComplete), "an empty paste is no log");
		onUi(() -> {
			text(dialog, DiagnoseInputsPage.PASTE_ID).setText("SNP_LAUNCH_START ret=-25 fw_error=0 ''");
			text(dialog, DiagnoseInputsPage.FIRMWARE_ID).setText(dir.resolve("missing.fd").toString());
		});
		assertEquals("Firmware: " + dir.resolve("missing.fd") + " is not a file",
				onUi(() -> wizard.inputsPage().getErrorMessage()));
		assertFalse(onUi(wizard.inputsPage()::isPageComplete));
	}

	/** Opens the dialog through its menu command, as File > Diagnose Failure Log... does. */
	private static WizardDialog open() {
		UiDriver.display().asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand("org.cocolaunch.ui.commands.diagnoseLog", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		waitUntil("the dialog opens", () -> onUi(() -> !UiDriver.shells(TITLE::equals).isEmpty()));
		return onUi(() -> (WizardDialog) UiDriver.shells(TITLE::equals).get(0).getData());
	}

	/** Presses Next and waits for the diagnosis Job; returns the diagnosis, or null when it found no failure. */
	private static Diagnosis next(WizardDialog dialog) throws Exception {
		DiagnoseLogWizard wizard = onUi(() -> (DiagnoseLogWizard) dialog.getCurrentPage().getWizard());
		onUi(() -> button(dialog.getShell(), "Next").notifyListeners(SWT.Selection, new Event()));
		waitUntil("the diagnosis job ran", () -> {
			var job = wizard.resultsPage().diagnosisJob();
			return job != null && job.getResult() != null && onUi(() -> wizard.resultsPage().diagnosis() != null
					|| wizard.resultsPage().getErrorMessage() != null);
		}, Duration.ofSeconds(120));
		return onUi(() -> wizard.resultsPage().diagnosis());
	}

	/** Presses Debug and waits for the session of {@code plan}. */
	private static CocoDebugTarget debug(WizardDialog dialog, Path plan) {
		assertTrue(onUi(() -> find(dialog, DiagnoseLogWizard.DEBUG_ID).isEnabled()));
		onUi(() -> find(dialog, DiagnoseLogWizard.DEBUG_ID).notifyListeners(SWT.Selection, new Event()));
		waitUntil("the plan is written", () -> Files.isRegularFile(plan), Duration.ofSeconds(60));
		waitUntil("the session starts", () -> session(plan) != null, Duration.ofSeconds(60));
		return session(plan);
	}

	private static CocoDebugTarget session(Path plan) {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			try {
				if (!launch.isTerminated() && launch.getLaunchConfiguration() != null
						&& plan.toString().equals(launch.getLaunchConfiguration().getAttribute(CocoDebug.ATTR_PLAN, ""))
						&& launch.getDebugTarget() instanceof CocoDebugTarget target) {
					return target;
				}
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
		return null;
	}

	/** Step Over (F6) once; returns the step's result. */
	private static StepResult stepOnce(CocoDebugTarget target) throws Exception {
		int before = target.session().trace().getResults().size();
		target.getThreads()[0].stepOver();
		waitUntil("the step is issued", () -> target.isSuspended()
				&& target.session().trace().getResults().size() == before + 1, Duration.ofSeconds(60));
		List<StepResult> results = target.session().trace().getResults();
		StepResult last = results.get(results.size() - 1);
		Step step = target.session().plan().getSteps().get(last.getStepIndex());
		assertEquals(step.getCommand(), last.getCommand());
		return last;
	}

	private static Control find(WizardDialog dialog, String id) {
		Control c = UiDriver.find(dialog.getShell(), id);
		if (c == null) {
			throw new AssertionError("no control " + id);
		}
		return c;
	}

	private static Text text(WizardDialog dialog, String id) {
		return (Text) find(dialog, id);
	}

	private static Table table(WizardDialog dialog, String id) {
		return (Table) find(dialog, id);
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < table.getColumnCount(); i++) {
				cells.add(item.getText(i));
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}

	private static Button button(Control root, String label) {
		if (root instanceof Button b && b.getText().replace("&", "").startsWith(label)) {
			return b;
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = button(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
