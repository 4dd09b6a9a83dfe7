/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bug-reproduction flow in the workbench, through its own entry points: <em>File &gt; Import QEMU Log...</em> on
 * the real AMDSEV #195 log with a firmware and kernel, the plan in Launch Steps, a debug session given the ID block
 * the log's cut line lacks, Resume — and the launch fails where and as the log says: SNP_LAUNCH_FINISH,
 * BAD_MEASUREMENT, with the MEASUREMENT register filled in.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportLogFlowUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void endSessions() throws Exception {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
			DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
		}
	}

	@Test
	void importTheLogDebugItAndTheLaunchFailsAsTheLogSays() throws Exception {
		Path planFile = dir.resolve("amdsev-195.cclaunch");
		UiDriver.display().asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand("org.cocolaunch.ui.commands.importLog", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		waitUntil("the import dialog opens", () -> onUi(() -> !UiDriver.shells("Import QEMU Log"::equals).isEmpty()));
		Shell dialog = onUi(() -> UiDriver.shells("Import QEMU Log"::equals).get(0));
		onUi(() -> {
			text(dialog, "importLog.log").setText(PublicLogs.file(PublicLogs.AMDSEV_195).toString());
			text(dialog, "importLog.firmware").setText(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString());
			text(dialog, "importLog.kernel").setText(TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64").toString());
			text(dialog, "importLog.plan").setText(planFile.toString());
		});
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("import-log-dialog.png"));
		onUi(() -> UiDriver.find(dialog, "importLog.ok").notifyListeners(SWT.Selection, new Event()));
		waitUntil("the plan is written", () -> Files.isRegularFile(planFile), Duration.ofSeconds(60));
		// The import's warnings (the cut ID block, the firmware's other layout) come in a dialog; close it.
		waitUntil("the warnings are shown", () -> onUi(() -> UiDriver.shells("Import QEMU Log"::equals).stream()
				.anyMatch(s -> s != dialog)));
		onUi(() -> UiDriver.shells("Import QEMU Log"::equals).forEach(Shell::close));

		LaunchPlan plan = ModelFiles.loadPlan(planFile);
		Table steps = onUi(() -> UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID));
		waitUntil("Launch Steps shows the imported plan", () -> steps.getItemCount() == plan.getSteps().size()
				&& steps.getItem(1).getText(2).contains("KVM_SEV_INIT2"));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("import-log-steps.png"));

		SnpLaunchFinish given = (SnpLaunchFinish) example("snp-qemu-idblock.cclaunch").getSteps().stream()
				.filter(s -> s.getParameters() instanceof SnpLaunchFinish).findFirst().orElseThrow().getParameters();
		Path idBlock = Files.write(dir.resolve("id-block.bin"), IdBlockCodec.encode(given.getIdBlock()));
		Path idAuth = Files.write(dir.resolve("id-auth.bin"), IdBlockCodec.encode(given.getIdAuth()));
		ILaunch launch = PlanLaunching.configurationFor(planFile.toString(), "AMDSEV #195",
				Map.of("id-block", idBlock.toString(), "id-auth", idAuth.toString()))
				.launch(ILaunchManager.DEBUG_MODE, null);
		CocoDebugTarget target = (CocoDebugTarget) launch.getDebugTargets()[0];
		waitUntil("the session stops before the first step", () -> target.isSuspended()
				&& target.session().nextStepIndex() == 0);
		IThread thread = target.getThreads()[0];
		thread.stepOver();
		waitUntil("KVM_CREATE_VM issued", () -> target.isSuspended() && target.session().nextStepIndex() == 1);
		thread.resume();
		waitUntil("the launch stops at the failing step", () -> target.isSuspended() && target.session().hasFailed(),
				Duration.ofSeconds(60));
		List<StepResult> results = target.session().trace().getResults();
		StepResult last = results.get(results.size() - 1);
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", last.getCommand());
		assertEquals(StepStatus.FAILED, last.getStatus());
		assertEquals(plan.getSteps().get(last.getStepIndex()).getExpectedOutcome().getFirmwareError(),
				last.getFirmwareErrorName(), "the failure the log recorded");
		MeasurementRegister measurement = target.session().registers().get(0);
		assertEquals("MEASUREMENT", measurement.getName());
		assertNotNull(measurement.getValue());
		waitUntil("Launch Steps shows the failure", () -> steps.getItem(last.getStepIndex()).getText(4)
				.startsWith("FAILED: BAD_MEASUREMENT"));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("import-log-debugged.png"));
		assertTrue(results.stream().filter(r -> r.getCommand().equals("KVM_SEV_SNP_LAUNCH_UPDATE"))
				.allMatch(r -> r.getStatus() == StepStatus.SUCCESS));
	}

	private static Text text(Shell shell, String id) {
		return (Text) UiDriver.find(shell, id);
	}

	private static LaunchPlan example(String name) throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/" + name);
		return ModelFiles.loadPlan(Path.of(FileLocator.toFileURL(entry).toURI()));
	}
}
