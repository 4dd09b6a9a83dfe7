/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.diagnose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction.Attempt;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.internal.ui.diagnose.DiagnoseInputsPage.Request;
import org.cocolaunch.internal.ui.progress.PageProgress;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.trace.LaunchFailureLog;
import org.cocolaunch.trace.LaunchFailureLog.CpuidMismatch;
import org.cocolaunch.trace.LogDiagnosis;
import org.cocolaunch.trace.LogDiagnosis.Diagnosis;
import org.cocolaunch.trace.TraceImportException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Runs the diagnosis ({@link LogDiagnosis}, the engine {@code cocolaunch diagnose} calls) as a background
 * {@link Job} when shown — progress on the page, cancellable — and shows the failing step, the ranked causes with
 * whether each reproduced on the simulator, and the chosen cause's check, confirmation, fix and source. Finish
 * (<em>Debug</em>) saves the plan with the chosen cause applied and debugs it stopped before the failing step
 * ({@link FailureDebugging}).
 */
public final class DiagnoseResultsPage extends WizardPage {

	public static final String SUMMARY_ID = "diagnose.summary";
	public static final String CANCEL_ID = "diagnose.cancel";
	public static final String FACTS_ID = "diagnose.facts";
	public static final String CAUSES_ID = "diagnose.causes";
	public static final String DETAILS_ID = "diagnose.details";
	public static final String SOURCE_ID = "diagnose.source";
	public static final String PLAN_ID = "diagnose.plan";
	public static final String SAVE_AS_ID = "diagnose.saveAs";
	/** Family of the diagnosis jobs ({@link Job#belongsTo}). */
	public static final Object JOB_FAMILY = DiagnoseResultsPage.class;


	private final DiagnoseInputsPage inputs;
	private Label summary;
	private ProgressBar progress;
	private Button cancel;
	private Table facts;
	private Table causes;
	private Text details;
	private Link source;
	private Label planLine;
	private Text saveAs;
	private Control[] saveAsRow;
	private volatile Job job;
	private Request request;
	private Diagnosis diagnosis;
	private boolean saveAsDerived = true;

	DiagnoseResultsPage(DiagnoseInputsPage inputs) {
		super("results", "Diagnosis", null);
		this.inputs = inputs;
		setDescription("The failing step, its causes ranked, and which of them the simulator reproduces");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		summary = new Label(c, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		summaryData.widthHint = 600;
		summary.setLayoutData(summaryData);
		summary.setData("test.id", SUMMARY_ID);
		cancel = new Button(c, SWT.PUSH);
		cancel.setText("Cancel Diagnosis");
		cancel.setData("test.id", CANCEL_ID);
		cancel.setEnabled(false);
		cancel.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false, 1, 2));
		cancel.addListener(SWT.Selection, e -> {
			Job j = job;
			if (j != null) {
				j.cancel();
			}
		});
		progress = new ProgressBar(c, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		progress.setMaximum(PageProgress.SCALE);

		facts = table(c, SWT.NONE, FACTS_ID, 3, 150, "Failing step", "Value");
		causes = table(c, SWT.SINGLE | SWT.FULL_SELECTION, CAUSES_ID, 3, 90, "#", "Simulator", "Cause (most likely first)");
		causes.addListener(SWT.Selection, e -> showCause());
		details = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		detailsData.heightHint = 110;
		detailsData.widthHint = 600;
		details.setLayoutData(detailsData);
		details.setData("test.id", DETAILS_ID);
		source = new Link(c, SWT.NONE);
		source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		source.setData("test.id", SOURCE_ID);
		source.addListener(SWT.Selection, e -> Program.launch(e.text));

		planLine = new Label(c, SWT.WRAP);
		GridData planData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		planData.widthHint = 600;
		planLine.setLayoutData(planData);
		planLine.setData("test.id", PLAN_ID);
		Label saveAsLabel = new Label(c, SWT.NONE);
		saveAsLabel.setText("Save plan as:");
		saveAsLabel.setLayoutData(new GridData());
		saveAs = new Text(c, SWT.BORDER | SWT.SINGLE);
		saveAs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		saveAs.setData("test.id", SAVE_AS_ID);
		saveAs.addListener(SWT.KeyDown, e -> saveAsDerived = false);
		saveAs.addListener(SWT.Modify, e -> updateComplete());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse\u2026");
		browse.setLayoutData(new GridData());
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.SAVE);
			d.setFilterExtensions(new String[] { "*." + ModelFiles.PLAN_EXTENSION });
			d.setOverwrite(true);
			Path current = saveAs.getText().isBlank() ? null : Path.of(saveAs.getText().strip()).toAbsolutePath();
			if (current != null && current.getParent() != null) {
				d.setFilterPath(current.getParent().toString());
				d.setFileName(String.valueOf(current.getFileName()));
			}
			String chosen = d.open();
			if (chosen != null) {
				saveAsDerived = false;
				saveAs.setText(chosen);
			}
		});
		saveAsRow = new Control[] { saveAsLabel, saveAs, browse };
		fullTextTooltip(facts);
		fullTextTooltip(causes);
		setControl(c);
		setPageComplete(false);
	}

	/** Rows are cut at the column's edge: the whole row as the tooltip of the cell under the mouse. */
	private static void fullTextTooltip(Table table) {
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			String tip = null;
			if (item != null) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < table.getColumnCount(); i++) {
					text.append(i == 0 ? "" : i == 1 ? ": " : " \u2014 ").append(item.getText(i));
				}
				tip = text.toString();
			}
			table.setToolTipText(tip);
		});
	}

	/** Shows the diagnosis parts, or hides them (and leaves the page to the one-line error in the summary). */
	private void showParts(boolean shown) {
		List<Control> parts = new ArrayList<>(List.of(facts, causes, details, source, planLine));
		parts.addAll(List.of(saveAsRow));
		for (Control part : parts) {
			part.setVisible(shown);
			((GridData) part.getLayoutData()).exclude = !shown;
		}
		((Composite) getControl()).layout(true, true);
	}

	private static Table table(Composite c, int style, String id, int span, int height, String... columns) {
		Table t = new Table(c, SWT.BORDER | SWT.V_SCROLL | style);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String column : columns) {
			new TableColumn(t, SWT.NONE).setText(column);
		}
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.heightHint = height;
		t.setLayoutData(data);
		t.setData("test.id", id);
		return t;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			Request r = inputs.request();
			if (!r.equals(request) || diagnosis == null) {
				diagnose(r);
			}
		}
	}

	private void diagnose(Request r) {
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		request = r;
		diagnosis = null;
		showParts(true);
		summary.setText("Diagnosing " + r.name() + "\u2026");
		facts.removeAll();
		causes.removeAll();
		details.setText("");
		source.setText("");
		planLine.setText("");
		progress.setSelection(0);
		cancel.setEnabled(true);
		setErrorMessage(null);
		setPageComplete(false);
		Display display = getShell().getDisplay();
		Path workingDir = defaultFolder();
		Job j = new Job("Diagnosing " + (r.log() != null ? String.valueOf(r.log().getFileName()) : r.name())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				IProgressMonitor shown = new PageProgress(monitor, display, progress, () -> job == this, null, name -> {
					if (!summary.isDisposed() && diagnosis == null) {
						summary.setText(name + "\u2026");
					}
				});
				Diagnosis d = null;
				String error;
				try {
					d = r.log() != null
							? LogDiagnosis.diagnose(r.log(), r.inputs(), r.mode(), workingDir, VendorEngines.registered(), shown)
							: LogDiagnosis.diagnoseText(r.text(), r.name(), r.inputs(), r.mode(), workingDir,
									VendorEngines.registered(), shown);
					error = d.facts() == null ? d.noFailureMessage(r.name()) : null;
				} catch (TraceImportException e) {
					error = e.getMessage();
				} catch (OperationCanceledException e) {
					error = "Diagnosis cancelled";
				} catch (RuntimeException e) {
					error = r.name() + ": diagnosis failed: " + e;
				}
				Diagnosis done = d;
				String message = error;
				display.asyncExec(() -> finished(this, done, message));
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job = j;
		j.schedule();
	}

	/** On the UI thread, when the job is done: shows its result unless a newer diagnosis replaced it. */
	private void finished(Job which, Diagnosis d, String error) {
		if (which != job || getControl() == null || getControl().isDisposed()) {
			return;
		}
		cancel.setEnabled(false);
		progress.setSelection(PageProgress.SCALE);
		if (error != null) {
			summary.setText(error);
			setErrorMessage(error);
			showParts(false);
			return;
		}
		showParts(true);
		diagnosis = d;
		FailureFacts f = d.facts();
		summary.setText(f.command() + " failed at log line " + d.log().failure().line() + "; "
				+ (d.causes().isEmpty() ? "no cause catalogued" : d.causes().size() + " causes")
				+ (d.reproduced() ? ", reproduced on the simulator by " + d.firstReproduced().cause().id()
						: ", not reproduced on the simulator"));
		showFacts(d);
		for (int i = 0; i < d.causes().size(); i++) {
			FailureCause cause = d.causes().get(i);
			Attempt a = d.attempt(i);
			TableItem item = new TableItem(causes, SWT.NONE);
			item.setText(new String[] { Integer.toString(i + 1), simulatorShort(a), cause.summary() + "  [" + cause.id() + "]" });
		}
		for (TableColumn column : causes.getColumns()) {
			column.pack();
		}
		if (!d.causes().isEmpty()) {
			Attempt first = d.firstReproduced();
			causes.select(first != null ? d.attempts().indexOf(first) : 0);
			causes.showSelection();
		}
		showCause();
		if (saveAsDerived || saveAs.getText().isBlank()) {
			saveAs.setText(defaultPlanFile(request, f).toString());
			saveAsDerived = true;
		}
		updateComplete();
		((Composite) getControl()).layout(true, true);
	}

	/** For the causes table: whether the simulator failed the same way, in a word or two (the details say why). */
	private static String simulatorShort(Attempt a) {
		if (a == null) {
			return "not run";
		}
		if (a.reproduced()) {
			return "REPRODUCED";
		}
		return a.plan() == null ? "no model" : "not reproduced";
	}

	private static String simulatorText(Attempt a) {
		if (a == null) {
			return "not run (no plan)";
		}
		if (a.reproduced()) {
			return "REPRODUCED";
		}
		return "not reproduced" + (a.note() == null ? "" : ": " + a.note());
	}

	private void showFacts(Diagnosis d) {
		FailureFacts f = d.facts();
		row("Command", f.command() + " (log line " + d.log().failure().line() + ")");
		row("errno", f.errno() == 0 ? "0 (none given)" : f.errno() + " (" + Errno.name(f.errno()) + ")");
		row(f.command().startsWith("KVM_TDX_") ? "TDX module status" : "Firmware error", d.statusText());
		if (d.pageText() != null) {
			row("Page", d.pageText());
		}
		if (f.policy() != null) {
			row("Policy", "0x" + Long.toHexString(f.policy()));
		}
		for (CpuidMismatch m : d.log().cpuid()) {
			row("CPUID 0x" + Long.toHexString(m.function()) + " index 0x" + Long.toHexString(m.index()),
					"provided by QEMU:  " + CpuidMismatch.registers(m.provided()));
			row("", "firmware expects:  " + CpuidMismatch.registers(m.expected()));
		}
		for (LaunchFailureLog.KernelLine k : d.log().kernelLines()) {
			row("Kernel (line " + k.line() + ")", k.tag() + ": " + k.text());
		}
		row("Log says", d.log().failure().message());
		if (!d.warnings().isEmpty()) {
			ImportWarning w = d.warnings().get(0);
			row("Warnings", d.warnings().size() + (d.warnings().size() == 1 ? ": " : ", first: ") + w);
		}
		for (TableColumn column : facts.getColumns()) {
			column.pack();
		}
	}

	private void row(String field, String value) {
		new TableItem(facts, SWT.NONE).setText(new String[] { field, value == null ? "" : value });
	}

	private void showCause() {
		Diagnosis d = diagnosis;
		int i = causes.getSelectionIndex();
		if (d == null || i < 0 || i >= d.causes().size()) {
			details.setText("");
			source.setText("");
			planLine.setText(d == null || d.plan() != null ? "" : "No plan to debug: " + d.planNote());
			return;
		}
		FailureCause cause = d.causes().get(i);
		Attempt a = d.attempt(i);
		details.setText(cause.summary() + "\n\nCheck: " + cause.check() + "\nConfirm on the host: " + cause.confirm()
				+ "\nFix: " + cause.fix() + "\nSimulator: " + simulatorText(a));
		String s = cause.source();
		source.setText("Source: " + (s.startsWith("https://") || s.startsWith("http://") ? "<a href=\"" + s + "\">" + s
				+ "</a>" : s.replace("&", "&&")));
		LaunchPlan plan = d.planFor(i);
		if (plan == null) {
			planLine.setText("No plan to debug: " + d.planNote());
		} else {
			int failing = Diagnosis.failingStep(plan);
			boolean changed = a != null && a.plan() != null;
			planLine.setText("Plan: " + d.source().name().toLowerCase(Locale.ROOT) + ", " + plan.getSteps().size()
					+ " steps" + (changed ? ", with this cause's change applied" : ", as the log left it (the simulator"
							+ " cannot take this cause)")
					+ ". Debug stops before step " + failing + " " + plan.getSteps().get(failing).getCommand()
					+ (a != null && a.reproduced() ? "; Step Over (F6) then fails as the log says." : "."));
		}
		updateComplete();
	}

	private void updateComplete() {
		Diagnosis d = diagnosis;
		int i = causes.getSelectionIndex();
		boolean plan = d != null && (i >= 0 ? d.planFor(i) : d.plan()) != null;
		setPageComplete(plan && saveAs.getText().strip().endsWith("." + ModelFiles.PLAN_EXTENSION));
		if (plan && !isPageComplete() && diagnosis != null) {
			setErrorMessage("Save plan as: a ." + ModelFiles.PLAN_EXTENSION + " file");
		} else if (diagnosis != null) {
			setErrorMessage(null);
		}
	}

	/** Where plans go by default: the workspace's {@code diagnoses} folder. */
	static Path defaultFolder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve("diagnoses");
	}

	/** {@code <workspace>/diagnoses/<log name or pasted>-<command>.cclaunch}, numbered so that nothing is overwritten. */
	static Path defaultPlanFile(Request r, FailureFacts f) {
		String base = r.log() != null ? String.valueOf(r.log().getFileName()).replaceFirst("\\.(log|txt)$", "") : "pasted";
		String command = f.command().replaceFirst("^KVM_", "").toLowerCase(Locale.ROOT).replace('_', '-');
		String stem = (base.contains(command) ? base : base + "-" + command).replaceAll("[^A-Za-z0-9._-]", "_");
		Path folder = defaultFolder();
		Path file = folder.resolve(stem + "." + ModelFiles.PLAN_EXTENSION);
		for (int n = 2; Files.exists(file); n++) {
			file = folder.resolve(stem + "-" + n + "." + ModelFiles.PLAN_EXTENSION);
		}
		return file;
	}

	/**
	 * Finish: saves the chosen cause's plan (atomically, in a Job) and debugs it stopped before the failing step;
	 * false (the wizard stays open) when there is nothing to debug or the file is refused.
	 */
	boolean debugChosen() {
		Diagnosis d = diagnosis;
		if (d == null) {
			return false;
		}
		int i = causes.getSelectionIndex();
		LaunchPlan plan = i >= 0 ? d.planFor(i) : d.plan();
		if (plan == null) {
			return false;
		}
		Path file = Path.of(saveAs.getText().strip()).toAbsolutePath();
		if (Files.isDirectory(file)) {
			setErrorMessage("Save plan as: " + file + " is a folder");
			return false;
		}
		if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), "Diagnose Failure Log", file
				+ " exists. Replace it with the diagnosed plan?")) {
			return false;
		}
		String name = "Diagnosis of " + (request.log() != null ? request.log().getFileName() : request.name())
				+ (i >= 0 ? " (" + d.causes().get(i).id() + ")" : "");
		FailureDebugging.saveAndDebug(getShell().getDisplay(), plan, file, name, Diagnosis.failingStep(plan));
		return true;
	}

	@Override
	public void dispose() {
		Job j = job;
		if (j != null) {
			j.cancel();
		}
		super.dispose();
	}

	/** The job of the latest diagnosis (null before the page was first shown). */
	public Job diagnosisJob() {
		return job;
	}

	/** The latest diagnosis that found a failure, or null. */
	public Diagnosis diagnosis() {
		return diagnosis;
	}

	/** Selects the cause at {@code rank} (0-based), as a click on its row does. */
	public void selectCause(int rank) {
		causes.select(rank);
		showCause();
	}
}
