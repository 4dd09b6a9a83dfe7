/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.launch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.model.LaunchInput;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** "Debug this plan": finds or creates the launch configuration for a plan and launches it in debug mode. */
public final class PlanLaunching {

	private PlanLaunching() {
	}

	/** The saved configuration for this plan location, created (with defaults) when there is none. */
	public static ILaunchConfiguration configurationFor(String planLocation, String name, Map<String, String> inputs)
			throws CoreException {
		ILaunchConfiguration existing = existingConfiguration(planLocation);
		if (existing != null) {
			if (inputs.isEmpty()) {
				return existing;
			}
			ILaunchConfigurationWorkingCopy wc = existing.getWorkingCopy();
			wc.setAttribute(CocoDebug.ATTR_INPUTS, inputs);
			return wc.doSave();
		}
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID)
				.newInstance(null, manager.generateLaunchConfigurationName(name));
		wc.setAttribute(CocoDebug.ATTR_PLAN, planLocation);
		wc.setAttribute(CocoDebug.ATTR_INPUTS, inputs);
		wc.setAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM);
		wc.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, true);
		return wc.doSave();
	}

	/**
	 * The configuration for this plan location (as {@link #configurationFor(String, String, Map)}) set to run to step
	 * {@code stopBefore} and suspend before issuing it ({@link CocoDebug#ATTR_STOP_BEFORE_STEP}).
	 */
	public static ILaunchConfiguration configurationFor(String planLocation, String name, Map<String, String> inputs,
			int stopBefore) throws CoreException {
		ILaunchConfigurationWorkingCopy wc = configurationFor(planLocation, name, inputs).getWorkingCopy();
		wc.setAttribute(CocoDebug.ATTR_STOP_BEFORE_STEP, stopBefore);
		return wc.doSave();
	}

	/** The saved configuration that debugs this plan location, or null. */
	public static ILaunchConfiguration existingConfiguration(String planLocation) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID))) {
			if (planLocation.equals(c.getAttribute(CocoDebug.ATTR_PLAN, ""))) {
				return c;
			}
		}
		return null;
	}

	/**
	 * UI thread: asks for each input found nowhere (a file dialog per input; cancelling one cancels the launch), keeps
	 * the answers with the known inputs in the plan's configuration and launches it in debug mode.
	 */
	public static void debugAskingForMissing(Shell shell, String planLocation, String name, PlanInputFiles inputs) {
		Map<String, String> chosen = new LinkedHashMap<>(inputs.known());
		for (LaunchInput input : inputs.missing()) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Locate input '" + input.getRole() + "' (" + input.getPath() + ")");
			dialog.setFileName(Path.of(input.getPath()).getFileName().toString());
			Path planFile = planLocation.contains(":/") ? null : Path.of(planLocation).toAbsolutePath();
			if (planFile != null && planFile.getParent() != null) {
				dialog.setFilterPath(planFile.getParent().toString()); // the plan's folder, not an empty "Recent"
			}
			String located = dialog.open();
			if (located == null) {
				return;
			}
			chosen.put(input.getRole(), located);
		}
		try {
			debug(configurationFor(planLocation, name, chosen));
		} catch (CoreException e) {
			MessageDialog.openError(shell, "Debug Plan", e.getMessage());
		}
	}

	/** Launches in debug mode, in the background, with the platform's progress and error reporting. */
	public static void debug(ILaunchConfiguration configuration) {
		DebugUITools.launch(configuration, ILaunchManager.DEBUG_MODE);
	}
}
