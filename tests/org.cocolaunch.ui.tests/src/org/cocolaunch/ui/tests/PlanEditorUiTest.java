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

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.internal.ui.editor.PlanStepsPage;
import org.cocolaunch.ui.editors.PlanEditor;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The plan editor on a copy of the SNP example: an edit, undo, redo, dirty state and save. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(8)
class PlanEditorUiTest {

	@TempDir
	Path dir;

	@Test
	void removeStepUndoRedoAndSave() throws Exception {
		Path plan = Files.copy(ExampleSessions.plan(ExampleSessions.SNP), dir.resolve("snp.cclaunch"));
		IWorkbenchPage page = onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
		PlanEditor editor = (PlanEditor) onUi(() -> page.openEditor(new PlanEditorInput(plan), PlanEditor.ID));
		Table table = onUi(() -> UiDriver.findIn(Table.class, PlanStepsPage.TABLE_TEST_ID));
		assertEquals(12, (int) onUi(table::getItemCount));
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", onUi(() -> table.getItem(11).getText(2)));
		assertFalse(onUi(editor::isDirty));

		Button remove = onUi(() -> UiDriver.findIn(Button.class, PlanStepsPage.REMOVE_TEST_ID));
		onUi(() -> {
			table.setSelection(1);
			table.notifyListeners(SWT.Selection, null);
			remove.notifyListeners(SWT.Selection, null);
		});
		waitUntil("step 1 is removed", () -> table.getItemCount() == 11);
		assertEquals("KVM_SEV_SNP_LAUNCH_START", onUi(() -> table.getItem(1).getText(2)));
		assertTrue(onUi(editor::isDirty));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("plan-editor.png"),
				onUi(() -> page.getWorkbenchWindow().getShell().getBounds()));

		onUi(editor::undo);
		waitUntil("undo restores the step", () -> table.getItemCount() == 12);
		assertEquals("KVM_SEV_INIT2", onUi(() -> table.getItem(1).getText(2)));
		assertFalse(onUi(editor::isDirty), "back at the saved state");

		onUi(editor::redo);
		waitUntil("redo removes it again", () -> table.getItemCount() == 11);
		onUi(() -> editor.doSave(null));
		assertFalse(onUi(editor::isDirty));
		assertEquals(11, ModelFiles.loadPlan(plan).getSteps().size(), "saved without the step");
		onUi(() -> page.closeEditor(editor, false));
	}
}
