/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.debug.ui.launch.PlanInputFiles;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.internal.doc.ui.AddCommandBreakpointHandler;
import org.cocolaunch.internal.doc.ui.RunToStepHandler;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.graphics.Image;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every training cheat sheet followed the way a trainee follows it: in the real Cheat Sheets view, from "Click to
 * Begin" to the end, pressing each step's "Click to perform" (or doing the step's manual part, then "Click when
 * complete"). The firmware is given once for the AMD examples (in the SNP example's launch configuration, as after the
 * one question a first launch asks) and once for TDX; every other AMD example must find it without asking. Each walk
 * ends with a screenshot of the sheet beside the debugger.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(14)
class CheatSheetWalkthroughUiTest {

	private static final String BEGIN = "Click to Begin";
	private static final String PERFORM = "Click to perform";
	private static final String COMPLETE = "Click when complete";
	private static final String RESTART = "Click to Restart";

	/** Manual parts of steps (what the trainee does before the step's first link, or its n-th: "title#n"). */
	private final Map<String, Runnable> manual = new LinkedHashMap<>();
	/** Checks after a step's links were all pressed, by step title. */
	private final Map<String, Runnable> checks = new LinkedHashMap<>();

	@BeforeEach
	void freshTrainee() throws Exception {
		ExampleSessions.terminateAll();
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID))) {
			c.delete();
		}
		for (String command : List.of("KVM_SEV_SNP_LAUNCH_FINISH", "KVM_TDX_FINALIZE_VM")) {
			var b = AddCommandBreakpointHandler.find(command);
			if (b != null) {
				DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(b, true);
			}
		}
		// The answers to the one firmware question per vendor.
		PlanLaunching.configurationFor(ExampleSessions.plan(ExampleSessions.SNP).toString(), "snp example",
				Map.of("firmware", TestData.file(ExampleSessions.SNP_FIRMWARE).toString()));
		PlanLaunching.configurationFor(ExampleSessions.plan(ExampleSessions.TDX).toString(), "tdx example",
				Map.of("firmware", TestData.file(ExampleSessions.TDX_FIRMWARE).toString()));
	}

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
		for (String command : List.of("KVM_SEV_SNP_LAUNCH_FINISH", "KVM_TDX_FINALIZE_VM")) {
			var b = AddCommandBreakpointHandler.find(command);
			if (b != null) {
				DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(b, true);
			}
		}
	}

	@Test
	void legacySevTraining() throws Exception {
		assertNoQuestionFor("sev-qemu.cclaunch");
		checks.put("Debug it, stopped before the first step", () -> waitForSession("sev-qemu.cclaunch", 0));
		checks.put("Measure the firmware", () -> assertNext("sev-qemu.cclaunch", 4));
		checks.put("Finish and compare with measure", () -> {
			waitUntil("the SEV launch finished", () -> session("sev-qemu.cclaunch").session().isFinished());
			waitForVerdict("LAUNCH_DIGEST matches the expected value");
		});
		walk("org.cocolaunch.doc.cheatsheets.sev", "cheatsheet-sev.png");
	}

	@Test
	void sevEsTraining() throws Exception {
		assertNoQuestionFor("sev-es-qemu.cclaunch");
		checks.put("Measure the VMSA", () -> assertNext("sev-es-qemu.cclaunch", 5));
		checks.put("Get the launch measurement", () -> assertNext("sev-es-qemu.cclaunch", 6));
		checks.put("Finish and compare with measure", () -> {
			waitUntil("the SEV-ES launch finished", () -> session("sev-es-qemu.cclaunch").session().isFinished());
			waitForVerdict("LAUNCH_DIGEST matches the expected value");
		});
		walk("org.cocolaunch.doc.cheatsheets.seves", "cheatsheet-seves.png");
	}

	@Test
	void snpTraining() throws Exception {
		assertNoQuestionFor("snp-qemu-idblock.cclaunch");
		checks.put("Step over and watch MEASUREMENT", () -> assertNext("snp-qemu.cclaunch", 4));
		checks.put("Watch the VMSA", () -> {
			waitUntil("the SNP launch finished", () -> session("snp-qemu.cclaunch").session().isFinished());
			waitForVerdict("MEASUREMENT matches the expected value");
		});
		checks.put("Set a breakpoint on SNP_LAUNCH_FINISH", () -> {
			Table steps = onUi(() -> UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID));
			waitUntil("Launch Steps marks KVM_SEV_SNP_LAUNCH_FINISH (row 11) with the breakpoint icon",
					() -> steps.getItemCount() == 12 && steps.getItem(11).getImage(0) == breakpointIcon());
			assertNotSame(breakpointIcon(), onUi(() -> steps.getItem(10).getImage(0)), "no breakpoint before step 10");
		});
		checks.put("Debug the ID block example and resume to the breakpoint", () -> {
			waitUntil("the ID block session stops on its breakpoint", () -> {
				CocoDebugTarget t = session("snp-qemu-idblock.cclaunch");
				return t != null && t.isSuspended()
						&& "Launch sequence (stopped on command KVM_SEV_SNP_LAUNCH_FINISH)".equals(t.getThreads()[0].getName());
			}, Duration.ofSeconds(60));
			waitUntil("the Debug view selected the ID block session",
					() -> SessionSelectionUiTest.selectedTarget() == session("snp-qemu-idblock.cclaunch"));
		});
		manual.put("Break the ID block's expected measurement", () -> {
			CocoDebugTarget t = session("snp-qemu-idblock.cclaunch");
			Step finish = t.session().plan().getSteps().get(t.session().nextStepIndex());
			assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", finish.getCommand());
			EObject idBlock = (EObject) get(finish.getParameters(), "idBlock");
			byte[] ld = ((byte[]) get(idBlock, "ld")).clone();
			ld[0] = 0;
			idBlock.eSet(idBlock.eClass().getEStructuralFeature("ld"), ld); // Variables > Change Value...
			int before = t.session().trace().getResults().size();
			try {
				t.getThreads()[0].stepOver();
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			waitUntil("the firmware refused the launch", () -> t.isSuspended() && t.session().trace().getResults().size() > before);
			var result = t.session().trace().getResults().get(before);
			assertEquals(StepStatus.FAILED, result.getStatus());
			assertEquals("BAD_MEASUREMENT", result.getFirmwareErrorName());
		});
		manual.put("Restart with Drop to Frame", () -> {
			CocoDebugTarget t = session("snp-qemu-idblock.cclaunch");
			dropToPlanFrame(t);
			waitUntil("restarted before step 0", () -> t.isSuspended() && t.session().nextStepIndex() == 0);
		});
		checks.put("Restart with Drop to Frame", () -> {
			Table steps = onUi(() -> UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID));
			waitUntil("Launch Steps shows the ID block plan with the breakpoint icon on KVM_SEV_SNP_LAUNCH_FINISH",
					() -> steps.getItemCount() == 12 && "KVM_SEV_SNP_LAUNCH_FINISH".equals(steps.getItem(11).getText(2))
							&& steps.getItem(11).getImage(0) == breakpointIcon());
		});
		walk("org.cocolaunch.doc.cheatsheets.snp", "cheatsheet-snp.png");
	}

	@Test
	void tdxTraining() throws Exception {
		checks.put("Create the TD and look at TD State", () -> assertNext("tdx-qemu.cclaunch", 3));
		manual.put("Watch MRTD page by page", () -> {
			CocoDebugTarget t = session("tdx-qemu.cclaunch");
			try {
				int steps = t.session().plan().getSteps().size();
				t.getThreads()[0].stepInto(); // F5: the first page of the BFV
				waitUntil("one page issued", () -> t.isSuspended() && t.session().plan().getSteps().size() > steps
						&& t.session().nextStepIndex() == 4);
				ExampleSessions.settle(1500);
				UiDriver.screenshot(UiDriver.screenshotDir().resolve("debug-tdx.png"),
						onUi(() -> window().getShell().getBounds()));
				t.getThreads()[0].stepReturn(); // F7: the rest of the UPDATE phase
				waitUntil("the UPDATE phase finished", () -> t.isSuspended()
						&& "KVM_TDX_FINALIZE_VM".equals(t.session().plan().getSteps().get(t.session().nextStepIndex()).getCommand()),
						Duration.ofSeconds(60));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		// The breakpoint step's second link says: Drop To Frame on the plan frame first (Debug view context menu).
		manual.put("Set a breakpoint on KVM_TDX_FINALIZE_VM#2", () -> {
			CocoDebugTarget t = session("tdx-qemu.cclaunch");
			dropToPlanFrame(t);
			waitUntil("restarted before step 0", () -> t.isSuspended() && t.session().nextStepIndex() == 0);
		});
		checks.put("Set a breakpoint on KVM_TDX_FINALIZE_VM", () -> waitUntil("stopped on the breakpoint", () -> {
			CocoDebugTarget t = session("tdx-qemu.cclaunch");
			return t.isSuspended() && "Launch sequence (stopped on command KVM_TDX_FINALIZE_VM)".equals(t.getThreads()[0].getName());
		}, Duration.ofSeconds(60)));
		checks.put("Finalize: TDH.MR.FINALIZE", () -> {
			waitUntil("the TDX launch finished", () -> session("tdx-qemu.cclaunch").session().isFinished());
			waitForVerdict("MRTD matches the expected value");
		});
		walk("org.cocolaunch.doc.cheatsheets.tdx", "cheatsheet-tdx.png");
	}

	// --- the walk ----------------------------------------------------------------------------------------------

	/** Opens the sheet and presses its links in order until it is complete; then takes the screenshot. */
	private void walk(String sheetId, String screenshot) {
		onUi(() -> new OpenCheatSheetAction(sheetId).run());
		onUi(() -> window().getActivePage().showView(IDebugUIConstants.ID_DEBUG_VIEW, null,
				org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE));
		List<String> done = new ArrayList<>();
		Map<String, Integer> pressed = new LinkedHashMap<>();
		String previousTitle = null;
		for (int i = 0; i < 60; i++) {
			ExampleSessions.settle(200);
			ImageHyperlink link = onUi(CheatSheetWalkthroughUiTest::nextLink);
			if (link == null) {
				break;
			}
			String tip = onUi(link::getToolTipText);
			String title = onUi(() -> itemTitle(link));
			if (previousTitle != null && !previousTitle.equals(title)) {
				finished(previousTitle, done);
			}
			previousTitle = title;
			int n = pressed.merge(title, 1, Integer::sum);
			// What the step's text asks the trainee to do by hand comes before its first link ("title"), or before
			// its n-th link ("title#n").
			Runnable m = manual.containsKey(title + "#" + n) ? manual.get(title + "#" + n) : n == 1 ? manual.get(title) : null;
			if (m != null) {
				m.run();
			}
			onUi(() -> {
				Event enter = new Event();
				enter.character = SWT.CR;
				enter.keyCode = SWT.CR;
				link.notifyListeners(SWT.KeyDown, enter);
			});
			waitForWork();
		}
		if (previousTitle != null) {
			finished(previousTitle, done);
		}
		waitUntil("the cheat sheet is complete (its Restart link shows)", () -> findLink(window().getShell(), RESTART) != null);
		for (String title : checks.keySet()) {
			assertTrue(done.contains(title), "the walk went through '" + title + "': " + done);
		}
		ExampleSessions.settle(1500);
		Rectangle bounds = onUi(() -> window().getShell().getBounds());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve(screenshot), bounds);
	}

	private void finished(String title, List<String> done) {
		done.add(title);
		Runnable check = checks.get(title);
		if (check != null) {
			check.run();
		}
	}

	/** The first visible Begin, perform or complete link of the Cheat Sheets view, or null at the end. */
	private static ImageHyperlink nextLink() {
		for (String tip : List.of(BEGIN, PERFORM, COMPLETE)) {
			ImageHyperlink link = findLink(window().getShell(), tip);
			if (link != null) {
				return link;
			}
		}
		return null;
	}

	private static ImageHyperlink findLink(Control c, String tip) {
		if (!c.isVisible()) {
			return null;
		}
		if (c instanceof ImageHyperlink link && tip.equals(link.getToolTipText()) && link.isEnabled()) {
			return link;
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				ImageHyperlink found = findLink(child, tip);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The title of the cheat sheet item a link belongs to ("intro" for the introduction). */
	private static String itemTitle(Control c) {
		for (Control p = c; p != null; p = p.getParent()) {
			if (p instanceof ExpandableComposite e && e.getText() != null && !e.getText().isEmpty()) {
				return e.getText();
			}
		}
		return "intro";
	}

	/** Waits until the commands a link started are done: no stepping/preparing job, every live session suspended. */
	private static void waitForWork() {
		waitUntil("the step's commands are done", () -> Arrays.stream(Job.getJobManager().find(null))
				.noneMatch(j -> j.getName().startsWith("Stepping ") || j.getName().startsWith("Preparing to debug")
						|| j.getName().startsWith("Launching"))
				&& Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getDebugTargets())
						.allMatch(t -> t.isTerminated() || t.isSuspended()), Duration.ofSeconds(90));
	}

	// --- helpers ------------------------------------------------------------------------------------------------

	/** The example's plan finds its firmware without asking: given once for another AMD example. */
	private static void assertNoQuestionFor(String example) throws Exception {
		var file = ExampleSessions.plan(example);
		LaunchPlan plan = ModelFiles.loadPlan(file);
		PlanInputFiles inputs = PlanInputFiles.of(plan, file.toString(), file.getParent());
		assertTrue(inputs.missing().isEmpty(), example + " would ask for " + inputs.missing());
		assertEquals(TestData.file(ExampleSessions.SNP_FIRMWARE).toString(), inputs.known().get("firmware"));
	}

	private static CocoDebugTarget session(String example) {
		try {
			return RunToStepHandler.sessionOf(example);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static void waitForSession(String example, int next) {
		waitUntil("a session of " + example + " waits before step " + next, () -> {
			CocoDebugTarget t = session(example);
			return t != null && t.isSuspended() && t.session().nextStepIndex() == next;
		}, Duration.ofSeconds(60));
	}

	private static void assertNext(String example, int next) {
		waitForSession(example, next);
		assertNotNull(session(example));
	}

	private static void waitForVerdict(String text) {
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, MeasurementRegistersView.VERDICT_TEST_ID));
		waitUntil("Measurement Registers says: " + text, () -> verdict.getText().equals(text), Duration.ofSeconds(30));
	}

	private static void dropToPlanFrame(CocoDebugTarget t) {
		try {
			var frames = t.getThreads()[0].getStackFrames();
			LaunchFrame plan = (LaunchFrame) frames[frames.length - 1];
			assertEquals(LaunchFrame.Kind.PLAN, plan.kind());
			plan.dropToFrame();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static Image breakpointIcon() {
		return onUi(() -> DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_BREAKPOINT));
	}

	private static Object get(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		assertNotNull(f, o.eClass().getName() + " has no " + feature);
		return o.eGet(f);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
