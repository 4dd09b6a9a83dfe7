/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.diagnose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Debugs a diagnosed plan: saves it atomically (in a Job; {@link ModelFiles#save} writes a temporary file and renames
 * it), shows it in Launch Steps and starts a debug session on the simulated firmware that runs to the failing step
 * and stops before it, so that Step Over (F6) issues it. A failure to save or launch comes in an error dialog.
 */
final class FailureDebugging {

	private FailureDebugging() {
	}

	static void saveAndDebug(Display display, LaunchPlan plan, Path file, String name, int failingStep) {
		LaunchPlan copy = EcoreUtil.copy(plan);
		Job job = Job.create("Saving " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				if (file.getParent() != null) {
					Files.createDirectories(file.getParent());
				}
				ModelFiles.save(copy, file);
			} catch (ModelFileException e) {
				return Status.error(e.getMessage());
			} catch (IOException e) {
				return Status.error(file.getParent() + ": cannot create the folder: " + e.getMessage());
			}
			display.asyncExec(() -> debug(file, name, failingStep));
			return Status.OK_STATUS;
		});
		job.setUser(true); // a refused save shows its one-line reason in an error dialog
		job.schedule();
	}

	/** UI thread: the plan in Launch Steps, then the session, stopping before {@code failingStep}. */
	private static void debug(Path file, String name, int failingStep) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				: PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		try {
			LaunchStepsView view = (LaunchStepsView) window.getActivePage().showView(LaunchStepsView.ID);
			view.open(file);
			ILaunchConfiguration config = PlanLaunching.configurationFor(file.toString(), name, Map.of(), failingStep);
			PlanLaunching.debug(config);
		} catch (CoreException e) { // PartInitException too
			MessageDialog.openError(window.getShell(), "Diagnose Failure Log", "Cannot debug " + file + ": "
					+ e.getMessage());
		}
	}
}
