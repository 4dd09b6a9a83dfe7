/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.explain;

import org.eclipse.jface.wizard.Wizard;

/**
 * File > Explain Measurement…: the workbench front end of {@code cocolaunch explain}. The search goes through
 * {@link org.cocolaunch.core.vendor.VendorEngine#explain}, so no vendor code is needed here.
 */
public final class ExplainMeasurementWizard extends Wizard {

	private final ExplainInputsPage inputs = new ExplainInputsPage();
	private final ExplainResultsPage results = new ExplainResultsPage(inputs);

	public ExplainMeasurementWizard() {
		setWindowTitle("Explain Measurement");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(inputs);
		addPage(results);
	}

	public ExplainInputsPage inputsPage() {
		return inputs;
	}

	public ExplainResultsPage resultsPage() {
		return results;
	}

	@Override
	public boolean performFinish() {
		return true;
	}
}
