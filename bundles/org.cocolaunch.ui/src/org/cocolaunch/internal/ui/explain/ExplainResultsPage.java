/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.MismatchExplanation;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.internal.ui.progress.PageProgress;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Runs the search as a background {@link Job} when shown (progress on the page and in the Progress view,
 * cancellable from either), lists each match as a re-runnable {@code cocolaunch measure} command line, or the
 * explanation when nothing matches, and debugs a chosen match ({@link MatchDebugging}).
 */
public final class ExplainResultsPage extends WizardPage {

	public static final String SUMMARY_ID = "explain.summary";
	public static final String RESULTS_ID = "explain.results";
	public static final String CANCEL_ID = "explain.cancel";
	public static final String DEBUG_ID = "explain.debug";
	public static final String STATUS_ID = "explain.status";
	/** Family of the search jobs ({@link Job#belongsTo}). */
	public static final Object JOB_FAMILY = ExplainResultsPage.class;


	private final ExplainInputsPage inputs;
	private Label summary;
	private ProgressBar progress;
	private Button cancel;
	private Table results;
	private TableColumn settingsColumn;
	private TableColumn lineColumn;
	private List<String> lines = List.of();
	private Button debug;
	private Label status;
	private volatile Job job;
	private volatile Thread searchThread;
	private ExplainRequest request;
	private List<Variant> matches = List.of();
	private ILaunchConfiguration debugConfiguration;

	ExplainResultsPage(ExplainInputsPage inputs) {
		super("results", "Matching Configurations", null);
		this.inputs = inputs;
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		summary = new Label(c, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		summary.setData("test.id", SUMMARY_ID);
		progress = new ProgressBar(c, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		progress.setMaximum(PageProgress.SCALE);
		cancel = new Button(c, SWT.PUSH);
		cancel.setText("Cancel Search");
		cancel.setData("test.id", CANCEL_ID);
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> {
			Job j = job;
			if (j != null) {
				j.cancel();
			}
		});
		// A table, not a list: the configuration (vCPU count and type first, the answer people look for) in its own
		// column sized to its content, the re-runnable command line beside it; the whole row as a tooltip.
		results = new Table(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE | SWT.FULL_SELECTION);
		results.setHeaderVisible(true);
		results.setLinesVisible(true);
		settingsColumn = new TableColumn(results, SWT.NONE);
		settingsColumn.setText("Configuration");
		lineColumn = new TableColumn(results, SWT.NONE);
		lineColumn.setText("Command line");
		results.addListener(SWT.MouseHover, e -> {
			TableItem item = results.getItem(new Point(e.x, e.y));
			results.setToolTipText(item == null ? null : (String) item.getData());
		});
		GridData resultsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		resultsData.heightHint = 160;
		results.setLayoutData(resultsData);
		results.setData("test.id", RESULTS_ID);
		results.addListener(SWT.Selection, e -> updateDebugButton());
		results.addListener(SWT.DefaultSelection, e -> debugSelected());
		debug = new Button(c, SWT.PUSH);
		debug.setText("Debug Selected Match");
		debug.setToolTipText("Build the launch plan of the selected configuration, run it in a debug session on the"
				+ " simulated firmware and show its measurement registers");
		debug.setData("test.id", DEBUG_ID);
		debug.setEnabled(false);
		debug.addListener(SWT.Selection, e -> debugSelected());
		status = new Label(c, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setData("test.id", STATUS_ID);
		setControl(c);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			search();
		}
	}

	private void search() {
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		request = inputs.request();
		matches = List.of();
		summary.setText("Searching\u2026");
		results.removeAll();
		lines = List.of();
		status.setText("");
		progress.setSelection(0);
		cancel.setEnabled(true);
		updateDebugButton();
		setPageComplete(false);
		Display display = getShell().getDisplay();
		ExplainRequest r = request;
		Job search = new Job("Explain measurement (" + r.mode() + ")") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				searchThread = Thread.currentThread();
				IProgressMonitor shown = new PageProgress(monitor, display, progress, () -> job == this, name -> {
					if (!summary.isDisposed()) {
						summary.setText(name + "\u2026");
					}
				}, null);
				Outcome outcome;
				try {
					outcome = new Outcome(find(r, shown), null);
				} catch (ExplainException | RuntimeException e) {
					outcome = new Outcome(null, e.getMessage());
				}
				Outcome done = outcome;
				display.asyncExec(() -> finished(this, done));
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		search.setUser(false);
		job = search;
		search.schedule();
	}

	private record Outcome(SearchResult result, String error) {
	}

	private static SearchResult find(ExplainRequest request, IProgressMonitor monitor) throws ExplainException {
		for (VendorEngine e : VendorEngines.registered().all()) {
			SearchResult r = e.explain(request, monitor);
			if (r != null) {
				return r;
			}
		}
		return null;
	}

	/** On the UI thread, when the job is done: shows its result unless a newer search replaced it. */
	private void finished(Job which, Outcome outcome) {
		if (which != job || getControl() == null || getControl().isDisposed()) {
			return;
		}
		cancel.setEnabled(false);
		progress.setSelection(PageProgress.SCALE);
		setPageComplete(true);
		SearchResult r = outcome.result();
		if (outcome.error() != null) {
			show("The search failed: " + outcome.error(), List.of());
		} else if (r == null) {
			show("No engine searches mode " + request.mode(), List.of());
		} else if (r.matched()) {
			matches = r.matches();
			show(String.format("%d configuration(s) reproduce %s (%d configurations searched in %.2f s)%s:",
					r.matches().size(), r.register(), r.variants(), r.nanos() / 1e9,
					r.cancelled() ? ", search cancelled" : ""),
					r.matches().stream().map(Variant::commandLine).toList());
			if (r.matches().size() == 1) {
				results.select(0);
			}
		} else {
			List<String> lines = MismatchExplanation.lines(r, null);
			show(lines.get(0), lines.subList(1, lines.size()));
		}
		updateDebugButton();
	}

	private void show(String headline, List<String> shown) {
		summary.setText(headline);
		lines = List.copyOf(shown);
		results.removeAll();
		boolean configurations = !matches.isEmpty();
		settingsColumn.setText(configurations ? "Configuration" : "Explanation");
		lineColumn.setText(configurations ? "Command line (re-runs the measurement)" : "");
		for (int i = 0; i < lines.size(); i++) {
			TableItem item = new TableItem(results, SWT.NONE);
			if (configurations && i < matches.size()) {
				Variant v = matches.get(i);
				String settings = describe(v);
				item.setText(new String[] { settings, lines.get(i) });
				item.setData(settings + "\n" + lines.get(i)
						+ (v.notes().isEmpty() ? "" : "\n" + String.join("\n", v.notes())));
			} else {
				item.setText(new String[] { lines.get(i), "" });
				item.setData(lines.get(i));
			}
		}
		settingsColumn.pack();
		lineColumn.pack();
		((Composite) getControl()).layout(true, true);
	}

	/** "vcpus=4, vcpu-type=EPYC-v4, …" with file paths shortened to their names (the full path is in the command). */
	static String describe(Variant v) {
		List<String> parts = new ArrayList<>();
		v.settings().forEach((k, value) -> {
			String shown = value;
			if (value != null && value.contains("/")) {
				Path name = Path.of(value).getFileName();
				shown = name == null ? value : name.toString();
			}
			parts.add(k + "=" + shown);
		});
		return String.join(", ", parts);
	}

	private void updateDebugButton() {
		int i = results.getSelectionIndex();
		debug.setEnabled(i >= 0 && i < matches.size());
	}

	private void debugSelected() {
		int i = results.getSelectionIndex();
		if (i < 0 || i >= matches.size()) {
			return;
		}
		MatchDebugging.Started started = MatchDebugging.debug(matches.get(i), request.target());
		debugConfiguration = started.configuration();
		status.setText(started.message());
		setErrorMessage(started.ok() ? null : started.message());
		((Composite) getControl()).layout(true, true);
	}

	@Override
	public void dispose() {
		Job j = job;
		if (j != null) {
			j.cancel();
		}
		super.dispose();
	}

	/** The job of the latest search (null before the page was first shown). */
	public Job searchJob() {
		return job;
	}

	/** The thread the latest search ran on (null until it started). */
	public Thread searchThread() {
		return searchThread;
	}

	/** The matches of the latest search, in list order. */
	public List<Variant> matches() {
		return new ArrayList<>(matches);
	}

	/** The lines shown (command lines or explanation). */
	public List<String> lines() {
		return lines;
	}

	public String headline() {
		return summary.getText();
	}

	/** The launch configuration of the latest debugged match, or null. */
	public ILaunchConfiguration debugConfiguration() {
		return debugConfiguration;
	}

	/** Debugs the match at {@code index} of the list, as the Debug button does (for tests and keyboard users). */
	public void debugMatch(int index) {
		results.select(index);
		updateDebugButton();
		debugSelected();
	}

	/** What debugging the chosen match did (or why it could not), empty before. */
	public String debugStatus() {
		return status.getText();
	}
}
