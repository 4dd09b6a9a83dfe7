/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.launch;

import java.util.Map;

import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;

/** "Debug this plan": finds or creates the launch configuration for a plan and launches it in debug mode. */
public final class PlanLaunching {

	private PlanLaunching() {
	}

	/** The saved configuration for this plan location, created (with defaults) when there is none. */
	public static ILaunchConfiguration configurationFor(String planLocation, String name, Map<String, String> inputs)
			throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID);
		for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
			if (planLocation.equals(existing.getAttribute(CocoDebug.ATTR_PLAN, ""))) {
				if (inputs.isEmpty()) {
					return existing;
				}
				ILaunchConfigurationWorkingCopy wc = existing.getWorkingCopy();
				wc.setAttribute(CocoDebug.ATTR_INPUTS, inputs);
				return wc.doSave();
			}
		}
		ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(name));
		wc.setAttribute(CocoDebug.ATTR_PLAN, planLocation);
		wc.setAttribute(CocoDebug.ATTR_INPUTS, inputs);
		wc.setAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM);
		wc.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, true);
		return wc.doSave();
	}

	/** Launches in debug mode, in the background, with the platform's progress and error reporting. */
	public static void debug(ILaunchConfiguration configuration) {
		DebugUITools.launch(configuration, ILaunchManager.DEBUG_MODE);
	}
}
