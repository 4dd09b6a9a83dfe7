/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.internal.ui.editor.PlanStepsPage;
import org.cocolaunch.internal.ui.properties.EmfPropertySourceProvider;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.ui.editors.PlanEditor;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan editor on copies of the examples: an edit, undo, redo, dirty state and save; the parameter forms (edits as
 * commands, rejected input, validation on rows and in the header); the Properties view bridge.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(8)
class PlanEditorUiTest {

	@TempDir
	Path dir;

	/** A test that failed half-way must not leave its editor for the next one's widget lookups. */
	@AfterEach
	void closeEditors() {
		onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().closeAllEditors(false));
	}

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

	@Test
	void parameterFormEditsAreCommands() throws Exception {
		Path plan = Files.copy(ExampleSessions.plan(ExampleSessions.TDX), dir.resolve("tdx.cclaunch"));
		PlanEditor editor = open(plan);
		TdxInitMemRegion region = (TdxInitMemRegion) onUi(() -> editor.plan().getSteps().get(6).getParameters());
		Text gpa = selectStepAndFind(6, Text.class, PlanStepsPage.FIELD_TEST_ID + "TdxInitMemRegion.gpa");
		assertEquals("0x80b000", onUi(() -> gpa.getText()), "GPAs read in hex");

		enter(gpa, "0x80c000");
		waitUntil("the edit makes the editor dirty", editor::isDirty);
		assertEquals(0x80c000L, onUi(region::getGpa));

		onUi(editor::undo);
		waitUntil("undo restores the GPA and the saved state", () -> !editor.isDirty() && gpa.getText().equals("0x80b000"));
		assertEquals(0x80b000L, onUi(region::getGpa));
		onUi(() -> page(editor).closeEditor(editor, false));
	}

	@Test
	void inputThatDoesNotParseIsRejectedAtTheField() throws Exception {
		Path plan = Files.copy(ExampleSessions.plan(ExampleSessions.TDX), dir.resolve("tdx.cclaunch"));
		PlanEditor editor = open(plan);
		TdxInitMemRegion region = (TdxInitMemRegion) onUi(() -> editor.plan().getSteps().get(6).getParameters());
		Text gpa = selectStepAndFind(6, Text.class, PlanStepsPage.FIELD_TEST_ID + "TdxInitMemRegion.gpa");
		PlanStepsPage steps = onUi(() -> (PlanStepsPage) editor.getActivePageInstance());
		ScrolledForm form = onUi(() -> steps.getManagedForm().getForm());

		enter(gpa, "0xZZ");
		waitUntil("the header shows the field's error", () -> form.getMessageType() == IMessageProvider.ERROR);
		assertEquals("Gpa: '0xZZ' is not a number (decimal, or hex with 0x)", onUi(form::getMessage),
				"one line in the header");
		assertEquals(0x80b000L, onUi(region::getGpa), "nothing written");
		assertFalse(onUi(editor::isDirty));
		assertEquals("0xZZ", onUi(() -> gpa.getText()), "the rejected text stays for correction");

		enter(gpa, "0x80b000");
		waitUntil("a good value clears the error", () -> form.getMessageType() == IMessageProvider.NONE);
		assertFalse(onUi(editor::isDirty), "the same value again is no edit");
		onUi(() -> page(editor).closeEditor(editor, false));
	}

	@Test
	void validationMarksTheRowAndTheHeaderUntilUndo() throws Exception {
		Path plan = Files.copy(ExampleSessions.plan(ExampleSessions.TDX), dir.resolve("tdx.cclaunch"));
		PlanEditor editor = open(plan);
		Table table = onUi(() -> UiDriver.findIn(Table.class, PlanStepsPage.TABLE_TEST_ID));
		PlanStepsPage steps = onUi(() -> (PlanStepsPage) editor.getActivePageInstance());
		ScrolledForm form = onUi(() -> steps.getManagedForm().getForm());
		assertEquals(List.of(), onUi(editor::problems), "the example is valid");
		assertNull(onUi(() -> table.getItem(6).getImage()));

		Text gpa = selectStepAndFind(6, Text.class, PlanStepsPage.FIELD_TEST_ID + "TdxInitMemRegion.gpa");
		enter(gpa, "0x80b800");
		waitUntil("the unaligned GPA is an error on step 6", () -> steps.problems().stream()
				.anyMatch(p -> p.stepIndex() == 6 && p.message().equals("GPA 0x80b800 is not 4 KiB-aligned")));
		assertNotNull(onUi(() -> table.getItem(6).getImage()), "error icon on the row");
		assertNull(onUi(() -> table.getItem(5).getImage()), "no icon on valid rows");
		assertEquals(IMessageProvider.ERROR, (int) onUi(form::getMessageType));
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("plan-editor-validation.png"),
				onUi(() -> page(editor).getWorkbenchWindow().getShell().getBounds()));

		onUi(editor::undo);
		waitUntil("undo clears the problems", () -> steps.problems().isEmpty()
				&& form.getMessageType() == IMessageProvider.NONE && table.getItem(6).getImage() == null);
		onUi(() -> page(editor).closeEditor(editor, false));
	}

	@Test
	void policyBitsAndThePropertiesViewEditThroughTheStack() throws Exception {
		Path plan = Files.copy(ExampleSessions.plan(ExampleSessions.SNP), dir.resolve("snp.cclaunch"));
		PlanEditor editor = open(plan);
		SnpLaunchStart start = (SnpLaunchStart) onUi(() -> editor.plan().getSteps().get(2).getParameters());
		Button singleSocket = selectStepAndFind(2, Button.class,
				PlanStepsPage.BIT_TEST_ID + "SnpLaunchStart.policy.SINGLE_SOCKET");
		assertFalse(onUi(singleSocket::getSelection));
		onUi(() -> {
			singleSocket.setSelection(true);
			singleSocket.notifyListeners(SWT.Selection, new Event());
		});
		waitUntil("the bit is set by a command", () -> start.getPolicy() == 0x130000L && editor.isDirty());
		waitUntil("KVM refuses SINGLE_SOCKET", () -> editor.problems().stream()
				.anyMatch(p -> p.stepIndex() == 2 && "policy".equals(p.field())));
		ScrolledForm form = onUi(() -> ((PlanStepsPage) editor.getActivePageInstance()).getManagedForm().getForm());
		assertEquals("step 2: policy SINGLE_SOCKET (bit 20) is not supported by KVM", onUi(form::getMessage),
				"a single problem reads as itself in the header");
		onUi(editor::undo);
		waitUntil("undo clears the bit", () -> start.getPolicy() == 0x30000L && !singleSocket.getSelection());

		IPropertySheetPage sheet = onUi(() -> editor.getAdapter(IPropertySheetPage.class));
		assertNotNull(sheet, "the editor gives the Properties view its page");
		PropertySheet view = (PropertySheet) onUi(() -> page(editor).showView(IPageLayout.ID_PROP_SHEET));
		waitUntil("the Properties view shows the editor's page", () -> view.getCurrentPage() == sheet);
		onUi(() -> page(editor).activate(editor));

		// What the Properties view does: the step's source, its "parameters" row, the nested source of that row.
		EmfPropertySourceProvider provider = new EmfPropertySourceProvider(editor::set);
		Step step = onUi(() -> editor.plan().getSteps().get(2));
		IPropertySource stepSource = provider.getPropertySource(step);
		Object parametersRow = onUi(() -> Arrays.stream(stepSource.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("parameters")).findFirst().orElseThrow().getId());
		IPropertySource source = provider.getPropertySource(onUi(() -> stepSource.getPropertyValue(parametersRow)));
		assertNotNull(source, "the parameter struct expands in the Properties view");
		IPropertyDescriptor policy = onUi(() -> Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("policy")).findFirst().orElseThrow());
		assertEquals("0x30000", onUi(() -> source.getPropertyValue(policy.getId())));
		onUi(() -> source.setPropertyValue(policy.getId(), "0x70000"));
		waitUntil("a Properties edit is a command", () -> start.getPolicy() == 0x70000L && editor.isDirty());
		onUi(editor::undo);
		waitUntil("and undoes", () -> start.getPolicy() == 0x30000L && !editor.isDirty());
		onUi(() -> page(editor).closeEditor(editor, false));
	}

	private static IWorkbenchPage page(PlanEditor editor) {
		return editor.getSite().getPage();
	}

	private static PlanEditor open(Path plan) {
		IWorkbenchPage page = onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
		return (PlanEditor) onUi(() -> page.openEditor(new PlanEditorInput(plan), PlanEditor.ID));
	}

	/** Selects a row as a click does and waits for the details to show the control with {@code id}. */
	private static <C extends Control> C selectStepAndFind(int row, Class<C> type, String id) {
		onUi(() -> {
			Table table = UiDriver.findIn(Table.class, PlanStepsPage.TABLE_TEST_ID);
			table.setSelection(row);
			Event e = new Event();
			e.item = table.getItem(row);
			table.notifyListeners(SWT.Selection, e);
		});
		waitUntil("the details show " + id, () -> {
			try {
				return !UiDriver.findIn(type, id).isDisposed();
			} catch (AssertionError notYet) {
				return false;
			}
		});
		return onUi(() -> UiDriver.findIn(type, id));
	}

	/** Types {@code value} into a field and presses Enter. */
	private static void enter(Text field, String value) {
		onUi(() -> {
			field.setText(value);
			field.notifyListeners(SWT.DefaultSelection, new Event());
		});
	}
}
