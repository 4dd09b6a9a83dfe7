/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Debug Example Plan": starts a Confidential VM Launch session of a shipped example, stopped before its first step,
 * as Debug Plan in the Launch Steps view does. The plan is read in a Job; input files it names that are neither beside
 * it nor in its launch configuration (the firmware, which is not shipped) are asked for once and kept there.
 */
public class DebugExampleHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.doc.ui.commands.debugExample";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		String name = event.getParameter(OpenExampleHandler.PARAMETER_EXAMPLE);
		Job job = Job.create("Preparing to debug " + name, monitor -> {
			try {
				Path file = ExamplePlans.file(name);
				LaunchPlan plan = ModelFiles.loadPlan(file);
				PlanInputs inputs = PlanInputs.of(plan, file);
				shell.getDisplay().asyncExec(() -> launch(shell, file, plan, inputs));
				return Status.OK_STATUS;
			} catch (IOException e) { // ModelFileException is one
				return Status.error("Cannot debug example " + name + ": " + e.getMessage(), e);
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** UI thread: asks for what is missing, then launches in the background. */
	private static void launch(Shell shell, Path file, LaunchPlan plan, PlanInputs inputs) {
		if (shell.isDisposed()) {
			return;
		}
		Map<String, String> chosen = new LinkedHashMap<>(inputs.known());
		for (LaunchInput input : inputs.missing()) {
			String located = locate(shell, input);
			if (located == null) {
				return; // cancelled
			}
			chosen.put(input.getRole(), located);
		}
		try {
			String title = plan.getName() == null ? file.getFileName().toString() : plan.getName();
			PlanLaunching.debug(PlanLaunching.configurationFor(file.toString(), title, chosen));
		} catch (CoreException e) {
			MessageDialog.openError(shell, "Debug Example Plan", e.getMessage());
		}
	}

	private static String locate(Shell shell, LaunchInput input) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Locate input '" + input.getRole() + "' (" + input.getPath() + ")");
		dialog.setFileName(Path.of(input.getPath()).getFileName().toString());
		return dialog.open();
	}
}
