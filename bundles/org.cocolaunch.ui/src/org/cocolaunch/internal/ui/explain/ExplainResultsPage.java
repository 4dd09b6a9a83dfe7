/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.explain;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.MismatchExplanation;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Runs the search when shown (in the wizard's progress bar, cancellable) and lists each match as a re-runnable
 * {@code cocolaunch measure} command line, or the explanation when nothing matches.
 */
public final class ExplainResultsPage extends WizardPage {

	public static final String SUMMARY_ID = "explain.summary";
	public static final String RESULTS_ID = "explain.results";

	private final ExplainInputsPage inputs;
	private Label summary;
	private org.eclipse.swt.widgets.List results;

	ExplainResultsPage(ExplainInputsPage inputs) {
		super("results", "Matching Configurations", null);
		this.inputs = inputs;
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		summary = new Label(c, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setData("test.id", SUMMARY_ID);
		results = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		results.setData("test.id", RESULTS_ID);
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
		ExplainRequest request = inputs.request();
		SearchResult[] found = new SearchResult[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					for (VendorEngine e : VendorEngines.registered().all()) {
						SearchResult r = e.explain(request, monitor);
						if (r != null) {
							found[0] = r;
							return;
						}
					}
				} catch (ExplainException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			show("The search failed: " + e.getCause().getMessage(), List.of());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		SearchResult r = found[0];
		if (r == null) {
			show("No engine searches mode " + request.mode(), List.of());
		} else if (r.matched()) {
			show(String.format("%d configuration(s) reproduce %s (%d configurations searched in %.2f s):",
					r.matches().size(), r.register(), r.variants(), r.nanos() / 1e9),
					r.matches().stream().map(Variant::commandLine).toList());
		} else {
			List<String> lines = MismatchExplanation.lines(r, null);
			show(lines.get(0), lines.subList(1, lines.size()));
		}
	}

	private void show(String headline, List<String> lines) {
		summary.setText(headline);
		results.setItems(lines.toArray(String[]::new));
		((Composite) getControl()).layout(true, true);
	}

	/** The lines shown (command lines or explanation). */
	public List<String> lines() {
		return List.of(results.getItems());
	}

	public String headline() {
		return summary.getText();
	}
}
