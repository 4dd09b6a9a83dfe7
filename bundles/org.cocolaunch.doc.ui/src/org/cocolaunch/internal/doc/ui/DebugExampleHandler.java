/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.ui.launch.PlanInputFiles;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
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
				PlanInputFiles inputs = PlanInputFiles.of(plan, file.toString(), file.getParent());
				String title = plan.getName() == null ? file.getFileName().toString() : plan.getName();
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						PlanLaunching.debugAskingForMissing(shell, file.toString(), title, inputs);
					}
				});
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
}
