/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.editors;

import java.util.EventObject;
import java.util.List;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.PlanValidator;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.internal.ui.editor.PlanEditorInput;
import org.cocolaunch.internal.ui.editor.PlanStepsPage;
import org.cocolaunch.internal.ui.properties.EmfPropertySourceProvider;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Form editor for launch plans (*.cclaunch): the steps in a table beside the selected step's parameter forms, edited
 * through EMF commands on one command stack (Undo/Redo in the Edit actions, dirty state from the stack), saved
 * atomically. The plan is validated ({@link PlanValidator}, common and vendor rules) when it opens and after every
 * command. The Properties view shows the selected step through the EMF.Edit bridge, and its edits are commands on
 * the same stack. Plans are files, not workspace resources (the product has no projects), so problems show in the
 * editor (header, rows, fields), not as markers in the Problems view.
 */
public class PlanEditor extends FormEditor {

	public static final String ID = "org.cocolaunch.ui.editors.plan";

	private final BasicCommandStack stack = new BasicCommandStack();
	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private AdapterFactoryEditingDomain domain;
	private LaunchPlan plan;
	private PlanStepsPage stepsPage;
	private VendorEngines vendors = VendorEngines.of();
	private List<PlanProblem> problems = List.of();
	private PropertySheetPage propertySheet;
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
		vendors = VendorEngines.registered();
		problems = PlanValidator.validate(plan, vendors);
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
		// Validation is one pass and a sort over the plan in memory (no I/O): quick enough for the UI thread, and
		// the plan must not be read by another thread while the UI edits it.
		problems = PlanValidator.validate(plan, vendors);
		if (stepsPage != null) {
			stepsPage.refresh(problems);
		}
		if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
			propertySheet.refresh();
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

	/** The vendor engines of this runtime, for vendor rules (validation, named bits) without vendor code here. */
	public List<VendorEngine> engines() {
		return vendors.all();
	}

	/** The plan's problems as last validated (after the last command). */
	public List<PlanProblem> problems() {
		return problems;
	}

	/** Sets a field of an object of the plan as a command (forms and the Properties view edit this way). */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		execute(SetCommand.create(domain, owner, feature, value));
	}

	/** The Properties view page: the selected step's fields, editable, every edit a command on this stack. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
				propertySheet = new PropertySheetPage() {
					/** Ctrl+Z / Ctrl+Y while the Properties view is active undo and redo on this editor's stack. */
					@Override
					public void setActionBars(IActionBars bars) {
						super.setActionBars(bars);
						bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
						bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
					}
				};
				propertySheet.setPropertySourceProvider(new EmfPropertySourceProvider(this::set));
			}
			return adapter.cast(propertySheet);
		}
		return super.getAdapter(adapter);
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
