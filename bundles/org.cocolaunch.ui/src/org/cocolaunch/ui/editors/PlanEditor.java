/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.editors;

import java.util.EventObject;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.internal.ui.editor.PlanStepsPage;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * Form editor for launch plans (*.cclaunch): the steps in a table, edited through EMF commands on one command stack
 * (Undo/Redo in the Edit actions, dirty state from the stack), saved atomically.
 */
public class PlanEditor extends FormEditor {

	public static final String ID = "org.cocolaunch.ui.editors.plan";

	private final BasicCommandStack stack = new BasicCommandStack();
	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private AdapterFactoryEditingDomain domain;
	private LaunchPlan plan;
	private PlanStepsPage stepsPage;
	private final Action undo = new Action("Undo") {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action("Redo") {
		@Override
		public void run() {
			stack.redo();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanEditorInput planInput)) {
			throw new PartInitException("the plan editor opens launch plan files, not " + input.getName());
		}
		try {
			plan = ModelFiles.loadPlan(planInput.path());
		} catch (ModelFileException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, stack);
		stack.addCommandStackListener((EventObject e) -> site.getShell().getDisplay().asyncExec(this::stackChanged));
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		setPartName(input.getName());
		updateActions();
	}

	private void stackChanged() {
		firePropertyChange(PROP_DIRTY);
		updateActions();
		if (stepsPage != null) {
			stepsPage.refresh();
		}
	}

	private void updateActions() {
		undo.setEnabled(stack.canUndo());
		undo.setText(stack.canUndo() ? "Undo " + stack.getUndoCommand().getLabel() : "Undo");
		redo.setEnabled(stack.canRedo());
		redo.setText(stack.canRedo() ? "Redo " + stack.getRedoCommand().getLabel() : "Redo");
	}

	@Override
	protected void addPages() {
		stepsPage = new PlanStepsPage(this);
		try {
			addPage(stepsPage);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	public LaunchPlan plan() {
		return plan;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapters() {
		return adapters;
	}

	/** Executes an edit on the command stack (it becomes undoable and makes the editor dirty). */
	public void execute(Command command) {
		if (command.canExecute()) {
			stack.execute(command);
		}
	}

	public void undo() {
		stack.undo();
	}

	public void redo() {
		stack.redo();
	}

	@Override
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			ModelFiles.save(plan, ((PlanEditorInput) getEditorInput()).path());
			stack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), "Save Plan", e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered (isSaveAsAllowed).
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		adapters.dispose();
		super.dispose();
	}
}
