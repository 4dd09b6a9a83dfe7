/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.explain.ExplainInputsPage;
import org.cocolaunch.internal.ui.explain.ExplainMeasurementWizard;
import org.cocolaunch.internal.ui.explain.ExplainResultsPage;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Explain Measurement wizard searches in a background Job, finds the EC2 configuration of row snp-16 and lists
 * its measure command; a chosen match of row snp-01 opens a debug session whose final MEASUREMENT is the target,
 * shown by the Measurement Registers view.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(9)
class ExplainWizardUiTest {

	private static final String FIRMWARE = "firmware/OVMF.amdsev.sid-2026.08.fd";

	@AfterEach
	void endSessions() throws Exception {
		ExampleSessions.terminateAll();
	}

	private static WizardDialog open(ExplainMeasurementWizard wizard) {
		return onUi(() -> {
			WizardDialog d = new WizardDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
	}

	/** Enters target and firmware, shows the results page and waits for the search Job; returns that Job. */
	private static Job search(WizardDialog dialog, ExplainMeasurementWizard wizard, String target) throws Exception {
		String firmware = TestData.file(FIRMWARE).toString();
		assertFalse(onUi(wizard.inputsPage()::isPageComplete), "nothing entered yet");
		onUi(() -> {
			((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.EXPECTED_ID)).setText(target);
			((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.FIRMWARE_ID)).setText(firmware);
		});
		assertTrue(onUi(wizard.inputsPage()::isPageComplete));
		onUi(() -> dialog.showPage(wizard.resultsPage()));
		Job job = onUi(wizard.resultsPage()::searchJob);
		assertNotNull(job, "showing the page starts the search Job");
		assertTrue(job.belongsTo(ExplainResultsPage.JOB_FAMILY));
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		assertNotNull(wizard.resultsPage().searchThread());
		assertNotSame(UiDriver.display().getThread(), wizard.resultsPage().searchThread(),
				"the search does not run on the UI thread");
		UiDriver.waitUntil("the page shows the Job's result",
				() -> !onUi(wizard.resultsPage()::headline).startsWith("Searching"));
		return job;
	}

	@Test
	void listsTheMatchingConfigurationAsACommandLine() throws Exception {
		String target = TestData.caseField("cases-sev.tsv", "snp-16", 3);
		ExplainMeasurementWizard wizard = new ExplainMeasurementWizard();
		WizardDialog dialog = open(wizard);
		try {
			search(dialog, wizard, target);
			assertTrue(onUi(wizard.resultsPage()::headline).startsWith("1 configuration(s) reproduce MEASUREMENT"),
					onUi(wizard.resultsPage()::headline));
			List<String> lines = onUi(wizard.resultsPage()::lines);
			assertEquals(1, lines.size(), lines.toString());
			assertTrue(lines.get(0).startsWith("cocolaunch measure --mode snp --ovmf "), lines.get(0));
			assertTrue(lines.get(0).contains("--vcpus 1 --vmm-type ec2 --guest-features 0x1"), lines.get(0));
		} finally {
			onUi(() -> dialog.close());
		}
	}

	@Test
	void cancelStopsTheSearchJob() throws Exception {
		String firmware = TestData.file(FIRMWARE).toString();
		ExplainMeasurementWizard wizard = new ExplainMeasurementWizard();
		WizardDialog dialog = open(wizard);
		try {
			onUi(() -> {
				// nothing matches 48 zero bytes, and the firmware forty times over keeps the search busy for a while
				((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.EXPECTED_ID)).setText("00".repeat(48));
				((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.FIRMWARE_ID))
						.setText(String.join("\n", java.util.Collections.nCopies(40, firmware)));
				dialog.showPage(wizard.resultsPage());
			});
			Job job = onUi(wizard.resultsPage()::searchJob);
			assertNotNull(job);
			onUi(() -> UiDriver.find(dialog.getShell(), ExplainResultsPage.CANCEL_ID).notifyListeners(SWT.Selection,
					new Event()));
			assertTrue(job.join(60_000, null), "the cancelled search ends");
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
			UiDriver.waitUntil("the page says the search was cancelled",
					() -> wizard.resultsPage().headline().startsWith("search cancelled after"));
		} finally {
			onUi(() -> dialog.close());
		}
	}

	@Test
	void debuggingAChosenMatchRunsToTheTargetMeasurement() throws Exception {
		String target = TestData.caseField("cases-sev.tsv", "snp-01", 3);
		// An older session waits before its first step (issue 12: the registers view kept comparing against it).
		CocoDebugTarget older = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		ExplainMeasurementWizard wizard = new ExplainMeasurementWizard();
		WizardDialog dialog = open(wizard);
		ILaunchConfiguration config;
		try {
			search(dialog, wizard, target);
			assertTrue(onUi(wizard.resultsPage()::headline).contains("reproduce MEASUREMENT"),
					onUi(wizard.resultsPage()::headline));
			assertFalse(wizard.resultsPage().matches().isEmpty());
			onUi(() -> wizard.resultsPage().debugMatch(0));
			config = onUi(wizard.resultsPage()::debugConfiguration);
			assertNotNull(config, onUi(wizard.resultsPage()::debugStatus));
			assertTrue(onUi(wizard.resultsPage()::debugStatus).startsWith("Debugging"),
					onUi(wizard.resultsPage()::debugStatus));
		} finally {
			onUi(() -> dialog.close());
		}

		CocoDebugTarget[] session = new CocoDebugTarget[1];
		UiDriver.waitUntil("the match's session starts", () -> {
			for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
				if (config.equals(l.getLaunchConfiguration()) && l.getDebugTargets().length == 1) {
					session[0] = (CocoDebugTarget) l.getDebugTargets()[0];
					return true;
				}
			}
			return false;
		}, Duration.ofSeconds(60));
		CocoDebugTarget t = session[0];
		UiDriver.waitUntil("the session runs to the end of the launch",
				() -> t.isSuspended() && t.session().isFinished(), Duration.ofSeconds(60));
		MeasurementRegister measurement = t.session().registers().stream()
				.filter(r -> r.getName().equals("MEASUREMENT")).findFirst().orElseThrow();
		assertEquals(target, HexFormat.of().formatHex(measurement.getValue()));

		Table registers = onUi(() -> UiDriver.findIn(Table.class, MeasurementRegistersView.REGISTERS_TEST_ID));
		UiDriver.waitUntil("the Measurement Registers view shows the final MEASUREMENT",
				() -> onUi(() -> registers.getItemCount() >= 1 && "MEASUREMENT".equals(registers.getItem(0).getText(0))
						&& target.equals(registers.getItem(0).getText(3))));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, MeasurementRegistersView.VERDICT_TEST_ID));
		UiDriver.waitUntil("the view compares it with the target",
				() -> onUi(verdict::getText).equals("MEASUREMENT matches the expected value"));
		assertSame(t, SessionSelectionUiTest.selectedTarget(), "the Debug view selected the match's session");
		assertEquals(0, older.session().nextStepIndex(), "the older session was left alone");
		older.terminate();

		// End the session and let the Debug view catch up before the launch is removed.
		t.terminate();
		UiDriver.waitUntil("the session terminates", t::isTerminated);
		long until = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < until) {
			onUi(() -> {
				while (UiDriver.display().readAndDispatch()) {
					// drain
				}
			});
			Thread.sleep(50);
		}
	}
}
