/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12/19: a session started while another one waits is selected in the Debug view (its top frame), so Step Over
 * (F6), the views and the cheat sheets act on it; the older session stopping again does not take the selection back.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(11)
class SessionSelectionUiTest {

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void aNewSessionIsSelectedAndStepOverActsOnIt() throws Exception {
		CocoDebugTarget first = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		waitUntil("the first session's top frame is selected", () -> selectedTarget() == first, Duration.ofSeconds(30));

		CocoDebugTarget second = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		waitUntil("the new session's top frame is selected", () -> selectedTarget() == second, Duration.ofSeconds(30));
		LaunchStepsView steps = ExampleSessions.show(LaunchStepsView.ID);
		waitUntil("Launch Steps follows the new session", () -> steps.followedSession() == second.session());

		stepOverCommand(); // F6
		waitUntil("Step Over issued the new session's first step",
				() -> second.isSuspended() && second.session().nextStepIndex() == 1);
		assertEquals(0, first.session().nextStepIndex(), "the older session was not stepped");

		// The older session stops again (stepped from its own thread): the selection stays with the newer one.
		ExampleSessions.stepOver(first, 1);
		ExampleSessions.settle(500);
		assertSame(second, selectedTarget());
		stepOverCommand();
		waitUntil("Step Over still steps the new session",
				() -> second.isSuspended() && second.session().nextStepIndex() == 2);
		assertEquals(1, first.session().nextStepIndex());
	}

	/** The session whose frame is the window's debug context (the Debug view's selection), or null. */
	static CocoDebugTarget selectedTarget() {
		return onUi(() -> {
			ISelection context = DebugUITools.getDebugContextManager().getContextService(window()).getActiveContext();
			if (context instanceof IStructuredSelection s && s.getFirstElement() instanceof LaunchFrame frame) {
				return frame.target();
			}
			return null;
		});
	}

	private static void stepOverCommand() {
		onUi(() -> window().getService(IHandlerService.class).executeCommand("org.eclipse.debug.ui.commands.StepOver", null));
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
