/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IThread;

/**
 * "Step Over to Step": steps the session a cheat sheet started (the newest live session of the example) over its
 * steps until step N is the next one, as pressing Step Over (F6) that many times would; with {@code resume} it
 * resumes that session (F8). It acts on that session, not on
 * whatever happens to be selected, so a trainee who clicked elsewhere still steps the launch the sheet is about.
 */
public class RunToStepHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.doc.ui.commands.stepOverTo";
	public static final String PARAMETER_STEP = "org.cocolaunch.doc.ui.step";
	/** The step parameter that resumes instead: to the next breakpoint, a failing step or the end. */
	public static final String RESUME = "resume";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String example = event.getParameter(OpenExampleHandler.PARAMETER_EXAMPLE);
		String stepText = event.getParameter(PARAMETER_STEP);
		boolean resume = RESUME.equals(stepText);
		int step;
		try {
			step = resume ? -1 : Integer.parseInt(stepText);
		} catch (NumberFormatException e) {
			throw new ExecutionException("Not a step number: " + stepText);
		}
		CocoDebugTarget target;
		try {
			target = sessionOf(example);
		} catch (IOException | CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		if (target == null) {
			throw new ExecutionException("No live session of " + example + ": start it with the sheet's Debug step first");
		}
		if (resume) {
			if (target.canResume()) {
				target.resume(); // to the next breakpoint, a failing step or the end
			}
			return target;
		}
		Job job = Job.create("Stepping " + example + " to step " + step, monitor -> {
			IThread thread = target.getThreads().length > 0 ? target.getThreads()[0] : null;
			while (thread != null && !monitor.isCanceled() && !target.isTerminated()
					&& target.session().nextStepIndex() < step && !target.session().isFinished()
					&& !target.session().hasFailed()) {
				int before = target.session().nextStepIndex();
				try {
					thread.stepOver();
				} catch (DebugException e) {
					return e.getStatus();
				}
				if (!waitForStop(target, before, monitor)) {
					return Status.CANCEL_STATUS;
				}
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Waits until the step has been issued and the session is suspended again; false when cancelled. */
	private static boolean waitForStop(CocoDebugTarget target, int before, IProgressMonitor monitor) {
		while (!monitor.isCanceled() && !target.isTerminated()) {
			if (target.isSuspended() && (target.session().nextStepIndex() != before || target.session().hasFailed())) {
				return true;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !monitor.isCanceled();
	}

	/** The newest live session of the example plan, or null. */
	public static CocoDebugTarget sessionOf(String example) throws IOException, CoreException {
		String location = ExamplePlans.file(example).toString();
		ILaunch[] launches = DebugPlugin.getDefault().getLaunchManager().getLaunches();
		for (int i = launches.length - 1; i >= 0; i--) {
			ILaunch launch = launches[i];
			if (!launch.isTerminated() && launch.getLaunchConfiguration() != null
					&& location.equals(launch.getLaunchConfiguration().getAttribute(CocoDebug.ATTR_PLAN, ""))
					&& launch.getDebugTarget() instanceof CocoDebugTarget target) {
				return target;
			}
		}
		return null;
	}

}
