/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.launch;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Starts a "Confidential VM Launch": loads the plan, asks the plan's vendor engine for the chosen backend, and
 * adds a debug target that suspends before the first step (debug mode, by default), runs to a given step and suspends
 * before it ({@link CocoDebug#ATTR_STOP_BEFORE_STEP}), or runs to the end.
 */
public class ConfidentialVmLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		Session session;
		try {
			session = SessionFactory.create(configuration);
		} catch (SessionFactory.SetupException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		CocoDebugTarget target = new CocoDebugTarget(launch, session);
		launch.addDebugTarget(target);
		boolean debug = ILaunchManager.DEBUG_MODE.equals(mode);
		int stopBefore = configuration.getAttribute(CocoDebug.ATTR_STOP_BEFORE_STEP, -1);
		boolean stop = debug && configuration.getAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, true);
		if (debug && stopBefore > 0) {
			target.runToStep(stopBefore);
		} else if (stop) {
			target.announceSuspendedAtStart();
		} else {
			target.resume();
		}
	}

	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false; // nothing to build: plans are data
	}
}
