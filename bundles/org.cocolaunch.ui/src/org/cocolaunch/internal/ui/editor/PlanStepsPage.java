/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.Step;
import org.cocolaunch.ui.editors.PlanEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The plan editor's page, master/details: the steps table (names editable; Remove / Move Up / Move Down; an error or
 * warning icon on steps the validator finds fault with) and, beside it, the selected step's generated parameter
 * forms. Validation problems show in the form header (its message manager), on the rows and on the fields at fault.
 */
public final class PlanStepsPage extends FormPage {

	public static final String TABLE_TEST_ID = "planeditor.steps";
	public static final String REMOVE_TEST_ID = "planeditor.remove";
	public static final String UP_TEST_ID = "planeditor.up";
	public static final String DOWN_TEST_ID = "planeditor.down";
	public static final String FIELD_TEST_ID = ParameterForm.FIELD_TEST_ID;
	public static final String BIT_TEST_ID = ParameterForm.BIT_TEST_ID;
	/** More problems than this are counted in the header but not listed one by one. */
	private static final int MAX_LISTED_PROBLEMS = 50;

	private final PlanEditor editor;
	private TableViewer table;
	private StepDetailsPart details;
	private List<PlanProblem> problems = List.of();
	/** The keys of the validation messages now in the message manager, to remove them (and only them) next time. */
	private final List<Object> shownMessages = new ArrayList<>();
	private final FieldMarks fieldMarks = new FieldMarks();

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
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 400).applyTo(sash);
		createStepsSection(sash, toolkit);
		Section detailsSection = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		detailsSection.setText("Step Details");
		detailsSection.setDescription("Parameters of the selected step; every change is undoable.");
		details = new StepDetailsPart(detailsSection, toolkit, managedForm.getMessageManager(), editor::set,
				editor.adapters(), editor.engines());
		detailsSection.setClient(details.control());
		sash.setWeights(58, 42);
		table.addSelectionChangedListener(e -> {
			Step selected = e.getStructuredSelection().getFirstElement() instanceof Step s ? s : null;
			if (selected != details.step()) {
				details.show(selected);
				markFields();
			}
		});
		getSite().setSelectionProvider(table);
		problems = editor.problems();
		showMessages();
	}

	private void createStepsSection(Composite parent, FormToolkit toolkit) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("Steps");
		section.setDescription("The ioctls of the launch in order. Edit a name in place; Undo/Redo in the Edit actions.");
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
		section.setClient(client);

		table = new TableViewer(toolkit.createTable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("test.id", TABLE_TEST_ID);
		ColumnViewerToolTipSupport.enableFor(table);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 300).applyTo(table.getControl());
		TableViewerColumn index = column("#", 50, s -> Integer.toString(editor.plan().getSteps().indexOf(s)));
		index.setLabelProvider(new ProblemColumnLabels());
		column("Phase", 80, s -> s.getPhase().getLiteral());
		column("Command", 230, Step::getCommand);
		TableViewerColumn name = column("Name", 160, Step::getName);
		name.setEditingSupport(new NameEditing());
		column("Key parameters", 360, StepSummary::keyParameters);
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

	/** After the command stack changed (an edit, undo or redo) and the plan was validated again. */
	public void refresh(List<PlanProblem> newProblems) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		problems = newProblems;
		table.refresh(); // row icons follow the problems
		details.modelChanged(editor.plan().getSteps());
		showMessages();
		markFields();
	}

	/** The problems the page shows now. */
	public List<PlanProblem> problems() {
		return problems;
	}

	/**
	 * One message per problem in the header, as messages without controls: the manager would summarise a lone
	 * control message as "1 error detected", and a single problem should read as itself.
	 */
	private void showMessages() {
		IMessageManager messages = getManagedForm().getMessageManager();
		messages.setAutoUpdate(false);
		for (Object key : shownMessages) {
			messages.removeMessage(key);
		}
		shownMessages.clear();
		for (int i = 0; i < Math.min(problems.size(), MAX_LISTED_PROBLEMS); i++) {
			PlanProblem p = problems.get(i);
			Object key = "problem " + i;
			messages.addMessage(key, p.text(), null, p.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING);
			shownMessages.add(key);
		}
		messages.setAutoUpdate(true);
	}

	/** Marks the fields at fault of the step the details show. */
	private void markFields() {
		int shown = details.step() == null ? -2 : editor.plan().getSteps().indexOf(details.step());
		fieldMarks.show(FieldMarks.group(problems, p -> p.stepIndex() == shown ? details.controlFor(p.field()) : null));
	}

	private List<PlanProblem> problemsOf(Step step) {
		int index = editor.plan().getSteps().indexOf(step);
		return problems.stream().filter(p -> p.stepIndex() == index).toList();
	}

	/** The step's index, with an error or warning icon and the problems as tooltip when it has any. */
	private final class ProblemColumnLabels extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			return Integer.toString(editor.plan().getSteps().indexOf(element));
		}

		@Override
		public Image getImage(Object element) {
			List<PlanProblem> own = problemsOf((Step) element);
			if (own.isEmpty()) {
				return null;
			}
			String image = own.stream().anyMatch(PlanProblem::isError) ? ISharedImages.IMG_OBJS_ERROR_TSK
					: ISharedImages.IMG_OBJS_WARN_TSK;
			return PlatformUI.getWorkbench().getSharedImages().getImage(image);
		}

		@Override
		public String getToolTipText(Object element) {
			List<PlanProblem> own = problemsOf((Step) element);
			return own.isEmpty() ? null : own.stream().map(PlanProblem::message).collect(Collectors.joining("\n"));
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
