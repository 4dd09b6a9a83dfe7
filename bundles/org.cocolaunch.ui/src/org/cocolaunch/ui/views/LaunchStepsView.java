/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.core.session.ResultText;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.internal.ui.debug.DebugPlanAction;
import org.cocolaunch.internal.ui.debug.SessionContext;
import org.cocolaunch.internal.ui.debug.StepBreakpointMarks;
import org.cocolaunch.internal.ui.debug.StepEditActions;
import org.cocolaunch.internal.ui.debug.ToggleCommandBreakpointAction;
import org.cocolaunch.internal.ui.debug.ToggleStopBreakpointActions;
import org.cocolaunch.internal.ui.properties.EmfPropertySource;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Lists the steps of the open launch plan: index, phase, command and key parameters. The table is virtual so
 * plans imported from long traces stay fast. Files load in a Job; the UI thread only paints.
 */
public class LaunchStepsView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.launchSteps";

	/** Widget id for tests ({@code Control.getData("test.id")}). */
	public static final String TABLE_TEST_ID = "launchSteps.table";

	/** The example plan shipped in the doc bundle, shown on first start so the view is never empty. */
	public static final URI EXAMPLE_PLAN = URI.createPlatformPluginURI("org.cocolaunch.doc/examples/snp-qemu.cclaunch", true);

	private static final String MEMENTO_PLAN_PATH = "planPath";

	/** Column data key: the column's long values are shown in full as tooltips (the layout test allows them cut). */
	public static final String FULL_TEXT_TOOLTIP = "cocolaunch.fullTextTooltip";

	private TableViewer viewer;
	private TableColumnLayout columnLayout;
	private TableColumn indexColumn;
	private TableColumn phaseColumn;
	private TableColumn commandColumn;
	private TableColumn resultColumn;
	private StepBreakpointMarks breakpointMarks;
	private List<Step> steps = List.of();
	private LaunchPlan plan;
	/** File path of the shown plan (remembered across restarts); null for the bundled example. */
	private String planPath;
	/** Session whose frame is selected in the Debug view, if it shows this view's plan; supplies the Result column. */
	private Session session;
	private IDebugContextListener frameFollower;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			planPath = memento.getString(MEMENTO_PLAN_PATH);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData("test.id", TABLE_TEST_ID);
		columnLayout = layout;
		indexColumn = addColumn(layout, "#", 4, 40, row -> Integer.toString(row.index()));
		phaseColumn = addColumn(layout, "Phase", 10, 90, row -> row.step().getPhase().getLiteral());
		commandColumn = addColumn(layout, "Command", 24, 200, row -> row.step().getCommand());
		addColumn(layout, "Key parameters", 50, 120, row -> StepSummary.keyParameters(row.step()))
				.setData(FULL_TEXT_TOOLTIP, Boolean.TRUE);
		resultColumn = addColumn(layout, "Result", 16, 120, this::resultText);
		addColumn(layout, "Description", 20, 100, row -> row.step().getDescription()).setData(FULL_TEXT_TOOLTIP,
				Boolean.TRUE);
		ColumnViewerToolTipSupport.enableFor(viewer);
		breakpointMarks = new StepBreakpointMarks(viewer);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new StepsContentProvider());
		getSite().setSelectionProvider(viewer);
		contributeActions();
		frameFollower = event -> followFrame(event.getContext());
		DebugUITools.addPartDebugContextListener(getSite(), frameFollower);
		DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
				.addDebugContextListener(frameFollower);
		if (planPath != null) {
			open(Path.of(planPath));
		} else {
			showExample();
		}
	}

	private TableColumn addColumn(TableColumnLayout layout, String title, int weight, int minWidth,
			Function<StepRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		boolean index = "#".equals(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof StepRow row ? StepSummary.orEmpty(text.apply(row)) : "";
			}

			@Override
			public Image getImage(Object element) {
				return index && element instanceof StepRow row ? breakpointMarks.image(row.index(), row.step()) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				if (!(element instanceof StepRow row)) {
					return null;
				}
				if (index) {
					return breakpointMarks.describe(row.index(), row.step());
				}
				String shown = getText(element);
				return shown.isEmpty() ? null : shown; // long parameters and descriptions in full
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minWidth, true));
		return column.getColumn();
	}

	/**
	 * Gives the columns whose values are short identifiers (#, phase, command, result) the width of their widest
	 * value, so none is cut; key parameters and description share the rest and show their full text as tooltips.
	 */
	private void fitColumnsToContent() {
		Table table = viewer.getTable();
		GC gc = new GC(table);
		try {
			int pad = 24;
			int index = Math.max(gc.textExtent("#").x, gc.textExtent(Integer.toString(Math.max(0, steps.size() - 1))).x)
					+ pad + 16 + 6; // room for the breakpoint marker
			int phase = gc.textExtent("Phase").x;
			int command = gc.textExtent("Command").x;
			for (Step step : steps) {
				phase = Math.max(phase, gc.textExtent(step.getPhase().getLiteral()).x);
				command = Math.max(command, gc.textExtent(StepSummary.orEmpty(step.getCommand())).x);
			}
			// As wide as the longest result shown now: "success" while all goes well, the whole failure once one fails.
			int result = Math.max(gc.textExtent("Result").x, gc.textExtent("\u25b6 next").x);
			for (int i = 0; i < steps.size(); i++) {
				result = Math.max(result, gc.textExtent(resultText(new StepRow(i, steps.get(i)))).x);
			}
			columnLayout.setColumnData(indexColumn, new ColumnPixelData(index, true));
			columnLayout.setColumnData(phaseColumn, new ColumnPixelData(phase + pad, true));
			columnLayout.setColumnData(commandColumn, new ColumnPixelData(command + pad, true));
			columnLayout.setColumnData(resultColumn, new ColumnPixelData(result + pad, true));
		} finally {
			gc.dispose();
		}
		table.getParent().layout(true, true);
	}

	private void contributeActions() {
		DebugPlanAction debug = new DebugPlanAction(getSite().getShell(), this::shown);
		getViewSite().getActionBars().getToolBarManager().add(debug);
		ToggleCommandBreakpointAction toggle = new ToggleCommandBreakpointAction(getSite().getShell(), this::selectedStep);
		MenuManager menu = new MenuManager();
		menu.add(debug);
		menu.add(new Separator());
		menu.add(toggle);
		menu.add(ToggleStopBreakpointActions.onPhase(getSite().getShell(), this::selectedStep));
		menu.add(ToggleStopBreakpointActions.onPages(getSite().getShell(), this::selectedStep));
		menu.add(ToggleStopBreakpointActions.onPageKind(getSite().getShell(), this::selectedStep));
		menu.add(ToggleStopBreakpointActions.onError(getSite().getShell()));
		menu.add(new Separator());
		for (IAction edit : StepEditActions.create(getSite().getShell(), new StepEditActions.Target() {
			@Override
			public LaunchPlan plan() {
				return plan;
			}

			@Override
			public int selectedIndex() {
				Object first = viewer.getStructuredSelection().getFirstElement();
				return first instanceof StepRow row ? row.index() : -1;
			}

			@Override
			public int firstEditable() {
				return session == null ? 0 : session.nextStepIndex();
			}

			@Override
			public void edited(int select) {
				show(plan, planPath);
				if (select >= 0 && select < steps.size()) {
					viewer.setSelection(new StructuredSelection(new StepRow(select, steps.get(select))), true);
				}
			}
		})) {
			menu.add(edit);
		}
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private Step selectedStep() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof StepRow row ? row.step() : null;
	}

	private DebugPlanAction.Shown shown() {
		if (plan == null) {
			return null;
		}
		String location = planPath != null ? planPath : EXAMPLE_PLAN.toString();
		return new DebugPlanAction.Shown(plan, location, planPath == null ? null : Path.of(planPath).getParent());
	}

	/** "success", "FAILED: BAD_MEASUREMENT (fw_error=11)", "next" or "" from the followed session. */
	private String resultText(StepRow row) {
		Session s = session;
		if (s == null) {
			return "";
		}
		List<StepResult> results = s.trace().getResults();
		if (row.index() < results.size()) {
			StepResult r = results.get(row.index());
			return r.getStatus() == StepStatus.SUCCESS ? "success"
					: "FAILED: " + ResultText.failure(r);
		}
		return row.index() == s.nextStepIndex() ? "▶ next" : "";
	}

	/** When a launch frame is selected in the Debug view: show its session's plan and select the frame's step. */
	private void followFrame(ISelection context) {
		LaunchFrame frame = SessionContext.frame(context);
		if (frame == null || viewer.getControl().isDisposed()) {
			return;
		}
		Session followed = frame.target().session();
		session = followed;
		if (plan != followed.plan() || steps.size() != followed.plan().getSteps().size()) {
			String location = followed.trace().getPlanUri();
			show(followed.plan(), location != null && !location.contains(":/") ? location : null);
		} else {
			fitColumnsToContent(); // the Result column follows the results
			viewer.refresh();
		}
		if (frame.kind() != LaunchFrame.Kind.PLAN && frame.stepIndex() < steps.size()) {
			int index = frame.stepIndex();
			viewer.setSelection(new StructuredSelection(new StepRow(index, steps.get(index))), true);
		}
	}

	/** The file of the shown plan, or null for the bundled example. */
	public String planPath() {
		return planPath;
	}

	/** The session the view follows (tests). */
	public Session followedSession() {
		return session;
	}

	/** Loads a plan file in a Job and shows it; a bad file gives an error dialog naming the file and the problem. */
	public Job open(Path file) {
		Job job = Job.create("Opening launch plan " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				LaunchPlan plan = ModelFiles.loadPlan(file);
				showAsync(plan, file.toAbsolutePath().toString());
				return Status.OK_STATUS;
			} catch (ModelFileException e) {
				reportAsync(e.getMessage());
				return Status.OK_STATUS; // already reported in a dialog; no second error in the log
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Shows the example plan shipped in the doc bundle (what a first start shows). */
	public Job showExample() {
		Job job = Job.create("Opening example launch plan", (IProgressMonitor monitor) -> {
			try {
				showAsync(ModelFiles.load(EXAMPLE_PLAN, LaunchPlan.class), null);
			} catch (ModelFileException e) {
				// Without the doc bundle there is simply no example; the view says how to open a plan.
				return Status.info(e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void showAsync(LaunchPlan plan, String path) {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			show(plan, path);
		});
	}

	private void reportAsync(String message) {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				MessageDialog.openError(getSite().getShell(), "Cannot open launch plan", message);
			}
		});
	}

	/** Shows a plan (UI thread). {@code path} is null for the bundled example, which is not remembered. */
	public void show(LaunchPlan plan, String path) {
		if (session != null && session.plan() != plan) {
			session = null;
		}
		this.plan = plan;
		planPath = path;
		steps = List.copyOf(plan.getSteps());
		viewer.setInput(plan);
		viewer.setItemCount(steps.size());
		fitColumnsToContent();
		viewer.refresh();
		String name = plan.getName() == null ? "(unnamed plan)" : plan.getName();
		// The file name in the description (a full path does not fit), the full path as the view's tooltip.
		String source = path == null ? "example" : Path.of(path).getFileName().toString();
		setContentDescription(name + " \u2014 " + plan.getVendor() + " " + plan.getVmType() + ", " + steps.size()
				+ " steps \u2014 " + source);
		setTitleToolTip(path == null ? "Example plan shipped with the workbench" : path);
	}

	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (planPath != null) {
			memento.putString(MEMENTO_PLAN_PATH, planPath);
		}
	}

	@Override
	public void dispose() {
		if (frameFollower != null) {
			DebugUITools.removePartDebugContextListener(getSite(), frameFollower);
			DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
					.removeDebugContextListener(frameFollower);
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** One table row: a plan step and its position in the plan; shows the step in the Properties view. */
	public record StepRow(int index, Step step) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			if (adapter == IPropertySource.class) {
				return adapter.cast(new EmfPropertySource(step));
			}
			return adapter.isInstance(step) ? adapter.cast(step) : null;
		}
	}

	/** Feeds the virtual table one row at a time. */
	private final class StepsContentProvider implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < steps.size()) {
				viewer.replace(new StepRow(index, steps.get(index)), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the step list is set in show()
		}
	}
}
