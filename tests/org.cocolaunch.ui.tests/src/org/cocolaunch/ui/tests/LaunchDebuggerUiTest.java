/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.breakpoints.MeasurementWatchpoint;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.internal.ui.debug.ToggleCommandBreakpointAction;
import org.cocolaunch.internal.ui.debug.ToggleStopBreakpointActions;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.cocolaunch.testing.ChainBackend;
import org.cocolaunch.testing.ChainTestEngine;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debugs a plan through the real launch framework: stops before the first step, Step Over/Into/Return, a command
 * breakpoint, Drop to Frame and Terminate, with Variables/Registers content and the Launch Steps view following.
 * Runs on the test chain engine, whose register value after every step is known independently.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(2)
class LaunchDebuggerUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void cleanUp() throws Exception {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
			DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
		}
		DebugPlugin.getDefault().getBreakpointManager()
				.removeBreakpoints(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID), true);
		// Leave the Launch Steps view as a first start shows it, for whichever test comes next.
		onUi(() -> ((LaunchStepsView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
				.showView(LaunchStepsView.ID)).showExample());
	}

	/** START(INIT_VM) MEASURE_A(UPDATE, 2 pages) MEASURE_B(UPDATE) NOTE(MEASURE) FINISH(FINALIZE). */
	private Path writePlan() throws Exception {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		plan.setName("debugger test plan");
		plan.setVmType(VmType.SW_PROTECTED);
		plan.getSteps().add(step("START", Phase.INIT_VM, 0));
		plan.getSteps().add(step("MEASURE_A", Phase.UPDATE, 2));
		plan.getSteps().add(step("MEASURE_B", Phase.UPDATE, 1));
		plan.getSteps().add(step("NOTE", Phase.MEASURE, 0));
		plan.getSteps().add(step("FINISH", Phase.FINALIZE, 0));
		Path file = dir.resolve("debug.cclaunch");
		ModelFiles.save(plan, file);
		return file;
	}

	private static Step step(String command, Phase phase, int pages) {
		Step step = ModelFactory.eINSTANCE.createStep();
		step.setName(command.toLowerCase());
		step.setCommand(command);
		step.setPhase(phase);
		if (pages > 0) {
			PageRange range = ModelFactory.eINSTANCE.createPageRange();
			range.setGpa(0x100000);
			range.setLength(0x1000L * pages);
			range.setKind(PageKind.NORMAL);
			step.getPages().add(range);
		}
		return step;
	}

	private static byte[] chain(String... measured) {
		byte[] d = new byte[32];
		for (String m : measured) {
			d = ChainBackend.extend(d, m);
		}
		return d;
	}

	private CocoDebugTarget launch(Path plan) throws Exception {
		ILaunchConfiguration config = PlanLaunching.configurationFor(plan.toString(), "debugger test", Map.of());
		ILaunch launch = config.launch(ILaunchManager.DEBUG_MODE, null);
		IDebugTarget[] targets = launch.getDebugTargets();
		assertEquals(1, targets.length);
		CocoDebugTarget target = (CocoDebugTarget) targets[0];
		waitSuspendedAt(target, 0);
		return target;
	}

	private static void waitSuspendedAt(CocoDebugTarget target, int next) {
		waitUntil("the session is suspended with step " + next + " next",
				() -> target.isSuspended() && target.session().nextStepIndex() == next);
	}

	private static IThread thread(CocoDebugTarget target) {
		return target.getThreads()[0];
	}

	private static String variableText(IStackFrame frame, String name) throws Exception {
		for (IVariable v : frame.getVariables()) {
			if (v.getName().equals(name)) {
				return v.getValue().getValueString();
			}
		}
		return null;
	}

	@Test
	void stepOverShowsFramesVariablesRegistersAndTheStepsViewFollows() throws Exception {
		CocoDebugTarget target = launch(writePlan());
		IThread thread = thread(target);
		assertEquals("Launch sequence (suspended before step 0)", thread.getName());
		IStackFrame[] frames = thread.getStackFrames();
		assertEquals(List.of("#0 START", "Phase INIT_VM (steps 0\u20130)", "debugger test plan (AMD SW_PROTECTED, 5 steps)"),
				names(frames));

		thread.stepOver();
		waitSuspendedAt(target, 1);
		thread.stepOver();
		waitSuspendedAt(target, 2);
		IStackFrame top = thread.getTopStackFrame();
		assertEquals("#2 MEASURE_B  pages 0x100000+0x1000 normal", top.getName());
		assertEquals("Phase UPDATE (steps 1\u20132)", thread.getStackFrames()[1].getName());
		assertEquals(HexFormat.of().formatHex(chain("MEASURE_A")), variableText(top, "DIGEST"));
		assertEquals("MEASURE_B", variableText(top, "step"));
		assertEquals("StepResult", variableText(top, "result of #1"));

		IRegisterGroup[] groups = top.getRegisterGroups();
		assertEquals("Measurement registers", groups[0].getName());
		IRegister digest = groups[0].getRegisters()[0];
		assertEquals("DIGEST", digest.getName());
		assertEquals(HexFormat.of().formatHex(chain("MEASURE_A")), digest.getValue().getValueString());

		// The Launch Steps view follows the selected frame and shows results.
		onUi(() -> {
			PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(IDebugUIConstants.ID_DEBUG_VIEW);
			return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(LaunchStepsView.ID);
		});
		Table table = onUi(() -> UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID));
		waitUntil("the Launch Steps view shows the session's results",
				() -> table.getItemCount() == 5 && "success".equals(table.getItem(1).getText(4))
						&& "\u25b6 next".equals(table.getItem(2).getText(4)));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("debug-session.png"));

		// Measurement Registers: value, history with step/page/before/after, and comparison with a pasted value.
		onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(MeasurementRegistersView.ID));
		Table registers = onUi(() -> UiDriver.findIn(Table.class, MeasurementRegistersView.REGISTERS_TEST_ID));
		Table history = onUi(() -> UiDriver.findIn(Table.class, MeasurementRegistersView.HISTORY_TEST_ID));
		String afterA = HexFormat.of().formatHex(chain("MEASURE_A"));
		waitUntil("the register and its history are listed", () -> registers.getItemCount() == 1 && history.getItemCount() == 1);
		assertEquals(List.of("DIGEST", "256", "1", afterA), onUi(() -> cells(registers, 0)));
		assertEquals(List.of("1", "MEASURE_A", "0x100000", HexFormat.of().formatHex(new byte[32]), afterA),
				onUi(() -> cells(history, 0)));
		Text expected = onUi(() -> UiDriver.findIn(Text.class, MeasurementRegistersView.EXPECTED_TEST_ID));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, MeasurementRegistersView.VERDICT_TEST_ID));
		onUi(() -> expected.setText("0x" + afterA.toUpperCase()));
		assertEquals("DIGEST matches the expected value", onUi(verdict::getText));
		onUi(() -> expected.setText(afterA.substring(0, 10) + "ff" + afterA.substring(12)));
		assertTrue(onUi(verdict::getText).startsWith("DIGEST: differs first at byte 5 (hex offset 10)"), onUi(verdict::getText));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("measurement-registers.png"));

		target.terminate();
		waitUntil("the target terminates", target::isTerminated);
		waitUntil("the backend is released", () -> ChainTestEngine.lastBackend.closed);
	}

	@Test
	void breakpointOnCommandStopsBeforeItAndDropToFrameRestarts() throws Exception {
		ToggleCommandBreakpointAction.toggle("FINISH");
		IBreakpoint[] breakpoints = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID);
		assertEquals(1, breakpoints.length);
		assertEquals("Command FINISH", breakpoints[0].getMarker().getAttribute(IMarker.MESSAGE));

		CocoDebugTarget target = launch(writePlan());
		IThread thread = thread(target);
		thread.resume();
		waitSuspendedAt(target, 4);
		assertEquals("Launch sequence (stopped on command FINISH)", thread.getName());
		assertArrayEquals(chain("MEASURE_A", "MEASURE_B"), target.session().registers().get(0).getValue());

		LaunchFrame planFrame = (LaunchFrame) thread.getStackFrames()[2];
		assertTrue(planFrame.canDropToFrame());
		planFrame.dropToFrame();
		waitSuspendedAt(target, 0);
		assertArrayEquals(new byte[32], target.session().registers().get(0).getValue(), "restarted from the first snapshot");

		thread.resume();
		waitSuspendedAt(target, 4);
		thread.resume();
		waitUntil("the launch finishes", () -> target.isSuspended() && target.session().isFinished());
		assertEquals("Launch sequence (launch finished)", thread.getName());
		assertFalse(thread.canResume());

		assertNotNull(ToggleCommandBreakpointAction.toggle("NOTE"));
		assertEquals(null, ToggleCommandBreakpointAction.toggle("NOTE"), "toggling again removes it");
	}

	@Test
	void pageBreakpointAndRegisterWatchpointFromTheViews() throws Exception {
		CocoDebugTarget target = launch(writePlan());
		IThread thread = thread(target);
		Step measureA = target.session().plan().getSteps().get(1);
		onUi(() -> ToggleStopBreakpointActions.onPages(UiDriver.display().getActiveShell(), () -> measureA).run());
		IBreakpoint[] breakpoints = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID);
		assertEquals("Pages in 0x100000-0x102000", breakpoints[0].getMarker().getAttribute(IMarker.MESSAGE));
		thread.resume();
		waitSuspendedAt(target, 1);
		assertEquals("Launch sequence (stopped on pages in 0x100000-0x102000)", thread.getName());
		onUi(() -> ToggleStopBreakpointActions.onPages(UiDriver.display().getActiveShell(), () -> measureA).run());
		assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID).length,
				"toggling again removes it");

		MeasurementWatchpoint.onChange("DIGEST");
		thread.resume();
		waitSuspendedAt(target, 2);
		assertEquals("Launch sequence (stopped when DIGEST changes)", thread.getName());
		assertArrayEquals(chain("MEASURE_A"), target.session().registers().get(0).getValue());
	}

	@Test
	void stepIntoSplitsAMultiPageStepAndStepReturnFinishesThePhase() throws Exception {
		CocoDebugTarget target = launch(writePlan());
		IThread thread = thread(target);
		thread.stepOver();
		waitSuspendedAt(target, 1);
		thread.stepInto();
		waitSuspendedAt(target, 2);
		List<Step> steps = target.session().plan().getSteps();
		assertEquals(6, steps.size(), "MEASURE_A was split into its 2 pages");
		assertEquals("measure_a [page 1/2]", steps.get(1).getName());
		assertEquals(0x101000L, steps.get(2).getPages().get(0).getGpa());
		assertEquals("#2 MEASURE_A  pages 0x101000+0x1000 normal", thread.getTopStackFrame().getName());

		thread.stepReturn();
		waitSuspendedAt(target, 4);
		assertEquals("NOTE", steps.get(4).getCommand(), "stopped at the first step after the UPDATE phase");
		assertArrayEquals(chain("MEASURE_A", "MEASURE_A", "MEASURE_B"), target.session().registers().get(0).getValue(),
				"each page of MEASURE_A was issued once");
	}

	/**
	 * The SNP example with a signed ID block on the real SEV simulator: a breakpoint on SNP_LAUNCH_FINISH stops there;
	 * editing the ID block's expected measurement (LD) in Variables and stepping gives BAD_MEASUREMENT (fw_error=11),
	 * as in AMDSEV issue #195; Drop to Frame restarts cleanly and the launch stops at the breakpoint again.
	 */
	@Test
	void snpIdBlockWithAWrongMeasurementFailsLikeTheHardware() throws Exception {
		ToggleCommandBreakpointAction.toggle("KVM_SEV_SNP_LAUNCH_FINISH");
		ILaunchConfiguration config = PlanLaunching.configurationFor(
				"platform:/plugin/org.cocolaunch.doc/examples/snp-qemu-idblock.cclaunch", "SNP ID block",
				Map.of("firmware", TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString()));
		CocoDebugTarget target = (CocoDebugTarget) config.launch(ILaunchManager.DEBUG_MODE, null).getDebugTargets()[0];
		waitSuspendedAt(target, 0);
		IThread thread = thread(target);
		int finish = target.session().plan().getSteps().size() - 1;
		thread.resume();
		waitSuspendedAt(target, finish);
		assertEquals("Launch sequence (stopped on command KVM_SEV_SNP_LAUNCH_FINISH)", thread.getName());
		// The VMSA is measured inside SNP_LAUNCH_FINISH, so the final value is the ID block's LD, not yet the register.
		String expected = TestData.caseField("cases-sev.tsv", "snp-01", 3);
		IVariable ld = child(child(variable(thread.getTopStackFrame(), "parameters"), "idBlock"), "ld");
		assertEquals(expected, ld.getValue().getValueString(), "the ID block vouches for the snp-01 measurement");
		assertTrue(ld.supportsValueModification());
		String wrong = (expected.startsWith("00") ? "11" : "00") + expected.substring(2);
		ld.setValue(wrong);
		thread.stepOver();
		waitUntil("SNP_LAUNCH_FINISH has returned", () -> target.isSuspended() && target.session().hasFailed());
		assertEquals("Launch sequence (step " + finish + " KVM_SEV_SNP_LAUNCH_FINISH failed: BAD_MEASUREMENT (fw_error=11, errno=5))",
				thread.getName());
		onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(LaunchStepsView.ID));
		Table table = onUi(() -> UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID));
		waitUntil("the Launch Steps view shows the failure",
				() -> "FAILED: BAD_MEASUREMENT (fw_error=11, errno=5)".equals(table.getItem(finish).getText(4)));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("debug-snp-bad-measurement.png"));

		LaunchFrame planFrame = (LaunchFrame) thread.getStackFrames()[thread.getStackFrames().length - 1];
		assertTrue(planFrame.canDropToFrame());
		planFrame.dropToFrame();
		waitSuspendedAt(target, 0);
		thread.resume();
		waitSuspendedAt(target, finish);
		assertFalse(target.session().hasFailed(), "restarted cleanly and stopped at the breakpoint again");
	}

	private static IVariable variable(IStackFrame frame, String name) throws Exception {
		for (IVariable v : frame.getVariables()) {
			if (v.getName().equals(name)) {
				return v;
			}
		}
		throw new AssertionError("no variable " + name);
	}

	private static IVariable child(IVariable parent, String name) throws Exception {
		for (IVariable v : parent.getValue().getVariables()) {
			if (v.getName().equals(name)) {
				return v;
			}
		}
		throw new AssertionError("no variable " + name + " in " + parent.getName());
	}

	private static List<String> cells(Table table, int row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < table.getColumnCount(); c++) {
			cells.add(table.getItem(row).getText(c));
		}
		return cells;
	}

	private static List<String> names(IStackFrame[] frames) throws Exception {
		List<String> names = new ArrayList<>();
		for (IStackFrame f : frames) {
			names.add(f.getName());
		}
		return names;
	}
}
