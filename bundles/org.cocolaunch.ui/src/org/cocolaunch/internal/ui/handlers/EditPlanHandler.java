/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.handlers;

import java.nio.file.Path;

import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.ui.editors.PlanEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Edit Plan…: opens a launch plan file in the plan editor, offering the current plan. */
public class EditPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Edit Launch Plan");
		dialog.setFilterExtensions(new String[] { "*.cclaunch", "*" });
		// Offer the plan being debugged (or shown in Launch Steps): Enter edits it.
		Path current = FileDialogs.currentPlan(window);
		if (current != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String file = dialog.open();
		if (file != null) {
			try {
				window.getActivePage().openEditor(new PlanEditorInput(Path.of(file)), PlanEditor.ID);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}
}
