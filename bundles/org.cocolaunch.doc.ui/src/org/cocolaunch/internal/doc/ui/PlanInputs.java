/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The input files of a plan (firmware, kernel, ...) as a debug session of it will find them: beside the plan, or kept
 * in the plan's launch configuration by an earlier launch. What is in neither place has to be asked for.
 *
 * @param known   role to file, for inputs that exist
 * @param missing inputs found nowhere
 */
public record PlanInputs(Map<String, String> known, List<LaunchInput> missing) {

	/** Looks the inputs up (file system and launch configurations: call it off the UI thread). */
	public static PlanInputs of(LaunchPlan plan, Path planFile) throws CoreException {
		Map<String, String> kept = keptInputs(planFile.toString());
		Map<String, String> known = new LinkedHashMap<>();
		List<LaunchInput> missing = new ArrayList<>();
		for (LaunchInput input : plan.getInputs()) {
			if (input.getPath() == null || input.getPath().isEmpty()) {
				continue;
			}
			String keptFile = kept.get(input.getRole());
			if (keptFile != null && Files.isRegularFile(Path.of(keptFile))) {
				known.put(input.getRole(), keptFile);
			} else if (!Files.isRegularFile(planFile.resolveSibling(input.getPath()))) {
				missing.add(input);
			}
		}
		return new PlanInputs(known, missing);
	}

	/** The ROLE=FILE map of the launch configuration that debugs this plan, if there is one. */
	private static Map<String, String> keptInputs(String planLocation) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID))) {
			if (planLocation.equals(c.getAttribute(CocoDebug.ATTR_PLAN, ""))) {
				return c.getAttribute(CocoDebug.ATTR_INPUTS, Map.of());
			}
		}
		return Map.of();
	}
}
