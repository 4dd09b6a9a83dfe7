/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.app.CocoWorkbenchAdvisor;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.internal.ui.handlers.FileDialogs;
import org.cocolaunch.ui.editors.PlanEditor;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor area takes room only while the plan editor is open; file dialogs and Edit Plan start from the plan
 * being debugged; exiting with a live session asks first, and Cancel keeps the workbench and the session.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(16)
class WorkbenchLifecycleUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void cleanUp() throws Exception {
		System.setProperty(CocoWorkbenchAdvisor.CONFIRM_EXIT_PROPERTY, "false");
		ExampleSessions.terminateAll();
	}

	@Test
	void editorAreaCollapsesWhenTheLastEditorCloses() throws Exception {
		Path plan = dir.resolve("plan.cclaunch");
		Files.copy(ExampleSessions.plan(ExampleSessions.SNP), plan);
		IWorkbenchPage page = onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
		assertFalse(onUi(page::isEditorAreaVisible), "no editor, no editor area");
		IEditorPart editor = onUi(() -> page.openEditor(new PlanEditorInput(plan), PlanEditor.ID));
		assertTrue(onUi(page::isEditorAreaVisible));
		onUi(() -> page.closeEditor(editor, false));
		waitUntil("the editor area is hidden again", () -> !page.isEditorAreaVisible());
	}

	@Test
	void fileDialogsStartFromTheDebuggedPlan() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		waitUntil("the session is selected", () -> SessionSelectionUiTest.selectedTarget() == target);
		Path current = onUi(() -> FileDialogs.currentPlan(PlatformUI.getWorkbench().getWorkbenchWindows()[0]));
		assertEquals(ExampleSessions.plan(ExampleSessions.TDX), current);
	}

	@Test
	void exitWithALiveSessionAsksAndCancelKeepsIt() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		System.setProperty(CocoWorkbenchAdvisor.CONFIRM_EXIT_PROPERTY, "true");
		UiDriver.display().asyncExec(() -> PlatformUI.getWorkbench().close());
		waitUntil("the exit question is shown",
				() -> !UiDriver.shells(CocoWorkbenchAdvisor.EXIT_DIALOG_TITLE::equals).isEmpty());
		Shell question = onUi(() -> UiDriver.shells(CocoWorkbenchAdvisor.EXIT_DIALOG_TITLE::equals).get(0));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("exit-question.png"), onUi(question::getBounds));
		assertTrue(onUi(() -> button(question, CocoWorkbenchAdvisor.EXIT_BUTTON)) != null);
		onUi(() -> button(question, "Cancel").notifyListeners(SWT.Selection, null));
		waitUntil("the question is gone", () -> UiDriver.shells(CocoWorkbenchAdvisor.EXIT_DIALOG_TITLE::equals).isEmpty());
		System.setProperty(CocoWorkbenchAdvisor.CONFIRM_EXIT_PROPERTY, "false");
		ExampleSessions.settle(500);
		assertFalse(onUi(() -> PlatformUI.getWorkbench().isClosing()), "Cancel keeps the workbench");
		assertFalse(target.isTerminated(), "Cancel keeps the session");
	}

	private static Button button(Control c, String text) {
		if (c instanceof Button b && text.equals(b.getText())) {
			return b;
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = button(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
