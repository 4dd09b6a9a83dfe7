/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.diagnose;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * File > Diagnose Failure Log…: the workbench front end of {@code cocolaunch diagnose}. The log goes through
 * {@link org.cocolaunch.trace.LogDiagnosis}, the engine the CLI calls; Finish (<em>Debug</em>) opens the plan in a
 * debug session stopped before the failing step.
 */
public final class DiagnoseLogWizard extends Wizard {

	/** The Finish button's test id (its label is <em>Debug</em>). */
	public static final String DEBUG_ID = "diagnose.debug";

	private final DiagnoseInputsPage inputs = new DiagnoseInputsPage();
	private final DiagnoseResultsPage results = new DiagnoseResultsPage(inputs);

	public DiagnoseLogWizard() {
		setWindowTitle("Diagnose Failure Log");
		setNeedsProgressMonitor(false); // the diagnosis runs in a Job with its own bar on the results page
	}

	@Override
	public void addPages() {
		addPage(inputs);
		addPage(results);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == results && results.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		return results.debugChosen();
	}

	public DiagnoseInputsPage inputsPage() {
		return inputs;
	}

	public DiagnoseResultsPage resultsPage() {
		return results;
	}

	/** A wizard dialog whose Finish button says what it does. */
	public static WizardDialog dialog(Shell parent, DiagnoseLogWizard wizard) {
		return new WizardDialog(parent, wizard) {
			@Override
			protected void createButtonsForButtonBar(Composite parent) {
				super.createButtonsForButtonBar(parent);
				Button finish = getButton(IDialogConstants.FINISH_ID);
				finish.setText("&Debug");
				finish.setToolTipText("Save the plan with the chosen cause applied and debug it, stopped before the"
						+ " failing step: Step Over (F6) issues it");
				finish.setData("test.id", DEBUG_ID);
				setButtonLayoutData(finish);
			}

			@Override
			protected Point getInitialSize() {
				// the failing step, the causes and the chosen cause's details without scrolling
				Point size = super.getInitialSize();
				Rectangle screen = getShell().getMonitor().getClientArea();
				return new Point(Math.min(Math.max(size.x, 980), screen.width), Math.min(Math.max(size.y, 860),
						screen.height));
			}
		};
	}
}
