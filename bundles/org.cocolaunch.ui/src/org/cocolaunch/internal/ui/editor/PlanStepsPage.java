/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.util.function.Function;

import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.Step;
import org.cocolaunch.ui.editors.PlanEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/** The plan editor's page: the steps table (names editable) with Remove / Move Up / Move Down, all as EMF commands. */
public final class PlanStepsPage extends FormPage {

	public static final String TABLE_TEST_ID = "planeditor.steps";
	public static final String REMOVE_TEST_ID = "planeditor.remove";
	public static final String UP_TEST_ID = "planeditor.up";
	public static final String DOWN_TEST_ID = "planeditor.down";

	private final PlanEditor editor;
	private TableViewer table;

	public PlanStepsPage(PlanEditor editor) {
		super(editor, "steps", "Steps");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(editor.plan().getName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form.getBody());
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("Steps");
		section.setDescription("The ioctls of the launch in order. Edit a name in place; Undo/Redo in the Edit actions.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
		section.setClient(client);

		table = new TableViewer(toolkit.createTable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("test.id", TABLE_TEST_ID);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(table.getControl());
		column("#", 40, s -> Integer.toString(editor.plan().getSteps().indexOf(s)));
		column("Phase", 90, s -> s.getPhase().getLiteral());
		column("Command", 260, Step::getCommand);
		TableViewerColumn name = column("Name", 200, Step::getName);
		name.setEditingSupport(new NameEditing());
		column("Description", 420, s -> s.getDescription() == null ? "" : s.getDescription());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(editor.plan().getSteps());

		Composite buttons = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(toolkit, buttons, "Remove", REMOVE_TEST_ID,
				s -> RemoveCommand.create(editor.domain(), editor.plan(), ModelPackage.Literals.LAUNCH_PLAN__STEPS, s));
		button(toolkit, buttons, "Move Up", UP_TEST_ID, s -> move(s, -1));
		button(toolkit, buttons, "Move Down", DOWN_TEST_ID, s -> move(s, 1));
	}

	private Command move(Step step, int by) {
		int to = editor.plan().getSteps().indexOf(step) + by;
		return MoveCommand.create(editor.domain(), editor.plan(), ModelPackage.Literals.LAUNCH_PLAN__STEPS, step,
				Math.max(0, Math.min(to, editor.plan().getSteps().size() - 1)));
	}

	private void button(FormToolkit toolkit, Composite parent, String text, String testId, Function<Step, Command> edit) {
		Button b = toolkit.createButton(parent, text, SWT.PUSH);
		b.setData("test.id", testId);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Step step) {
				editor.execute(edit.apply(step));
			}
		});
	}

	private TableViewerColumn column(String title, int width, Function<Step, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}
		});
		return c;
	}

	/** Refreshes after the command stack changed (an edit, undo or redo). */
	public void refresh() {
		if (table != null && !table.getControl().isDisposed()) {
			table.refresh();
		}
	}

	private final class NameEditing extends EditingSupport {

		NameEditing() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(table.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			String name = ((Step) element).getName();
			return name == null ? "" : name;
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!value.equals(getValue(element))) {
				editor.execute(SetCommand.create(editor.domain(), element, ModelPackage.Literals.STEP__NAME, value));
			}
		}
	}
}
