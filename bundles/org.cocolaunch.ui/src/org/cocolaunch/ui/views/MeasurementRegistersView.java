/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.RegisterFeeds;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.core.session.RegisterComparison;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.breakpoints.MeasurementWatchpoint;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.internal.ui.debug.SessionContext;
import org.cocolaunch.internal.ui.inspect.EvidenceLoader;
import org.cocolaunch.internal.ui.inspect.EvidenceVerifier;
import org.cocolaunch.internal.ui.inspect.RegisterFeedChart;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.Step;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.Separator;
import org.cocolaunch.internal.ui.handlers.FileDialogs;
import org.cocolaunch.internal.ui.inspect.StepCaption;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The measurement registers of the session selected in the Debug view (SEV launch digest, SNP MEASUREMENT, TDX
 * MRTD/RTMRs …), each with its full history — which step and page changed it, the value before and after — and a
 * comparison with an expected value pasted in (hex or base64). The session computes; this view only paints.
 */
public class MeasurementRegistersView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.measurementRegisters";
	public static final String REGISTERS_TEST_ID = "registers.table";
	public static final String HISTORY_TEST_ID = "registers.history";
	public static final String EXPECTED_TEST_ID = "registers.expected";
	public static final String VERDICT_TEST_ID = "registers.verdict";
	public static final String FEEDS_TEST_ID = "registers.feeds";

	private TableViewer registers;
	private TableViewer history;
	private Text expected;
	private Label verdict;
	private Session session;
	private List<RegisterUpdate> updates = List.of();
	private IDebugContextListener follower;
	private RegisterFeedChart feedChart;

	@Override
	public void createPartControl(Composite parent) {
		// The comparison row stays on top, visible however small the view; the two tables share the rest.
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(2, false));
		new Label(root, SWT.NONE).setText("Expected (hex or base64):");
		expected = new Text(root, SWT.BORDER | SWT.SINGLE);
		expected.setData("test.id", EXPECTED_TEST_ID);
		expected.setMessage("paste MEASUREMENT / MRTD from a report, an ID block or a quote");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(expected);
		expected.addModifyListener(e -> compare());
		verdict = new Label(root, SWT.NONE);
		verdict.setData("test.id", VERDICT_TEST_ID);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(verdict);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
		registers = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		registers.getTable().setHeaderVisible(true);
		registers.getTable().setData("test.id", REGISTERS_TEST_ID);
		ColumnViewerToolTipSupport.enableFor(registers);
		// Names and commands get the width of the longest one there is; the 256/384-bit values are tooltips.
		column(registers, "Register", widthOf(registers.getTable(), "ATTESTATION_REPORT"),
				e -> ((MeasurementRegister) e).getName());
		column(registers, "Bits", 50, e -> Integer.toString(((MeasurementRegister) e).getWidthBits()));
		column(registers, "Changes", 70, e -> Integer.toString(((MeasurementRegister) e).getHistory().size()));
		column(registers, "Value", 760, e -> hex(((MeasurementRegister) e).getValue()));
		registers.setContentProvider(ArrayContentProvider.getInstance());
		registers.addSelectionChangedListener(e -> selectionChanged());

		history = new TableViewer(sash, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
		history.getTable().setHeaderVisible(true);
		history.getTable().setData("test.id", HISTORY_TEST_ID);
		ColumnViewerToolTipSupport.enableFor(history);
		column(history, "Step", 50, e -> Integer.toString(((RegisterUpdate) e).getStepIndex()));
		column(history, "Command", widthOf(history.getTable(), "KVM_SEV_SNP_LAUNCH_UPDATE"), e -> command((RegisterUpdate) e));
		column(history, "Page GPA", 110, e -> ((RegisterUpdate) e).getPageGpa() == -1 ? "" : StepSummary.hex(((RegisterUpdate) e).getPageGpa()));
		column(history, "Before", 330, e -> hex(((RegisterUpdate) e).getBefore()));
		column(history, "After", 330, e -> hex(((RegisterUpdate) e).getAfter()));
		history.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < updates.size()) {
					history.replace(updates.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
				// rows come from selectionChanged()
			}
		});
		feedChart = new RegisterFeedChart(sash, FEEDS_TEST_ID);
		sash.setWeights(30, 45, 25);
		contributeCopyActions();
		follower = event -> follow(SessionContext.frame(event.getContext()));
		DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow()).addDebugContextListener(follower);
		follow(SessionContext.frame(DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
				.getActiveContext()));
	}

	private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		if ("Value".equals(title) || "Before".equals(title) || "After".equals(title)) {
			// 384-bit values do not fit a column beside the others: each cell shows its whole value as a tooltip.
			c.getColumn().setData(LaunchStepsView.FULL_TEXT_TOOLTIP, Boolean.TRUE);
		}
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element == null ? "" : text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				String shown = getText(element);
				return shown.isEmpty() ? null : title + ": " + shown;
			}
		});
	}

	private void contributeCopyActions() {
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		// A separator between every two text labels, so they do not run together into one phrase.
		toolbar.add(new Separator("copy"));
		toolbar.add(new Action("Copy Hex") {
			@Override
			public void run() {
				copy(HexFormat.of()::formatHex);
			}
		});
		toolbar.add(new Separator("copyBase64"));
		toolbar.add(new Action("Copy Base64") {
			@Override
			public void run() {
				copy(Base64.getEncoder()::encodeToString);
			}
		});
		toolbar.add(new Separator("watch"));
		toolbar.add(new Action("Watch") {
			{
				setToolTipText("Add a watchpoint: stop after any step that changes the selected register");
			}

			@Override
			public void run() {
				MeasurementRegister r = selected();
				if (r != null) {
					watch(() -> MeasurementWatchpoint.onChange(r.getName()));
				}
			}
		});
		toolbar.add(new Separator("watchExpected"));
		toolbar.add(new Action("Watch vs Expected") {
			{
				setToolTipText("Add a watchpoint: stop after any step that leaves the selected register different from the expected value");
			}

			@Override
			public void run() {
				MeasurementRegister r = selected();
				if (r != null && !expected.getText().isBlank()) {
					watch(() -> MeasurementWatchpoint.onDiffers(r.getName(), expected.getText()));
				}
			}
		});
		toolbar.add(new Separator("expected"));
		toolbar.add(new Action("Expected from File\u2026") {
			{
				setToolTipText("Take the expected value from an SNP attestation report, an SNP ID block or a TDX TDREPORT/quote file");
			}

			@Override
			public void run() {
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
				dialog.setText("Expected measurement from a report, ID block or quote");
				FileDialogs.startInCurrentPlanFolder(dialog, getSite().getWorkbenchWindow());
				String chosen = dialog.open();
				if (chosen != null) {
					loadExpected(Path.of(chosen));
				}
			}
		});
	}

	/**
	 * Reads an attestation report, ID block or quote in a Job and puts its measurement into Expected, selecting the
	 * register it corresponds to; a file that is none of these gives an error dialog naming it and why.
	 */
	public Job loadExpected(Path file) {
		Job job = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
			EvidenceLoader.Loaded loaded = EvidenceLoader.load(file);
			String notGenuine = loaded.evidence() == null ? null : EvidenceVerifier.failedCheck(file);
			expected.getDisplay().asyncExec(() -> {
				applyExpected(loaded);
				warnNotGenuine(notGenuine);
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void applyExpected(EvidenceLoader.Loaded loaded) {
		if (expected.isDisposed()) {
			return;
		}
		if (loaded.evidence() == null) {
			MessageDialog.openError(getSite().getShell(), "Expected measurement", loaded.problem());
			return;
		}
		DecodedEvidence evidence = loaded.evidence();
		@SuppressWarnings("unchecked")
		List<MeasurementRegister> shown = (List<MeasurementRegister>) registers.getInput();
		if (shown != null) {
			shown.stream().filter(r -> r.getName().equals(evidence.registerName())).findFirst()
					.ifPresent(r -> registers.setSelection(new StructuredSelection(r)));
		}
		expected.setToolTipText(evidence.registerName() + " from " + loaded.file() + " (" + evidence.format() + ")");
		expected.setText(hex(evidence.measurement()));
	}

	/** Evidence whose signature or chain fails offline: a warning in the status line and on the Expected field. */
	private void warnNotGenuine(String line) {
		if (expected.isDisposed()) {
			return;
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(line == null ? null : "Warning: " + line);
		if (line != null) {
			expected.setToolTipText(expected.getToolTipText() + "\nWarning: " + line);
		}
	}

	@FunctionalInterface
	private interface WatchCreation {
		MeasurementWatchpoint create() throws org.eclipse.core.runtime.CoreException;
	}

	/** Adds a persistent watchpoint (listed in the Breakpoints view); a bad expected value is reported, not thrown. */
	private void watch(WatchCreation creation) {
		try {
			creation.create();
		} catch (org.eclipse.core.runtime.CoreException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Watch register", e.getMessage());
		}
	}

	/** Puts a value into the Expected field (hex or base64): the first register is compared with it. */
	public void setExpected(String value) {
		expected.setText(value == null ? "" : value);
	}

	private void copy(java.util.function.Function<byte[], String> format) {
		MeasurementRegister r = selected();
		if (r == null || r.getValue() == null) {
			return;
		}
		Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { format.apply(r.getValue()) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void follow(LaunchFrame frame) {
		if (frame == null || registers.getControl().isDisposed()) {
			return;
		}
		session = frame.target().session();
		String selectedName = selected() == null ? null : selected().getName();
		List<MeasurementRegister> list = session.registers();
		registers.setInput(list);
		MeasurementRegister keep = list.stream().filter(r -> r.getName().equals(selectedName)).findFirst()
				.orElse(list.isEmpty() ? null : list.get(0));
		if (keep != null) {
			registers.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keep));
		}
		setContentDescription(StepCaption.of(session)); // the plan's name is in the Debug view and Launch Steps
		feedChart.setFeeds(RegisterFeeds.of(session.plan(), list));
		selectionChanged();
	}

	private MeasurementRegister selected() {
		Object first = registers.getStructuredSelection().getFirstElement();
		return first instanceof MeasurementRegister r ? r : null;
	}

	private void selectionChanged() {
		MeasurementRegister r = selected();
		updates = r == null ? List.of() : List.copyOf(r.getHistory());
		history.setInput(updates);
		history.setItemCount(updates.size());
		history.refresh();
		compare();
	}

	private void compare() {
		MeasurementRegister r = selected();
		String text = expected.getText();
		if (r == null || text.isBlank()) {
			verdict.setText("");
			return;
		}
		try {
			RegisterComparison c = RegisterComparison.compare(r.getValue(), RegisterComparison.parseExpected(text));
			verdict.setText(r.getName() + (c.matches() ? " matches the expected value" : ": " + c.message()));
			verdict.setForeground(getSite().getShell().getDisplay()
					.getSystemColor(c.matches() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		} catch (IllegalArgumentException e) {
			verdict.setText(e.getMessage());
			verdict.setForeground(getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
		verdict.getParent().layout();
	}

	/** The width a column needs for {@code widest} (its longest value) with the table's cell padding. */
	private static int widthOf(Table table, String widest) {
		GC gc = new GC(table);
		try {
			return gc.textExtent(widest).x + 24;
		} finally {
			gc.dispose();
		}
	}

	private String command(RegisterUpdate update) {
		List<Step> steps = session == null ? List.of() : session.plan().getSteps();
		return update.getStepIndex() < steps.size() ? steps.get(update.getStepIndex()).getCommand() : "";
	}

	private static String hex(byte[] bytes) {
		return bytes == null ? "" : HexFormat.of().formatHex(bytes);
	}

	@Override
	public void dispose() {
		if (follower != null) {
			DebugUITools.getDebugContextManager().getContextService(getSite().getWorkbenchWindow())
					.removeDebugContextListener(follower);
		}
		super.dispose();
	}

	/** The chart of pages that fed each register (for tests). */
	public RegisterFeedChart feedChart() {
		return feedChart;
	}

	@Override
	public void setFocus() {
		registers.getControl().setFocus();
	}
}
