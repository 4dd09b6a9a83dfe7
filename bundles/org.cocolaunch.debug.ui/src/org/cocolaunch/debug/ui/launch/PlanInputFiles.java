/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.launch;

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
 * The input files of a plan (firmware, kernel, ...) as a debug session of it will find them: kept in the plan's launch
 * configuration by an earlier launch, or beside the plan, or given once for another plan that names the same file
 * (the shipped examples all name {@code OVMF.amdsev.sid-2026.08.fd}: the firmware located for one serves the others).
 * What is in none of these places has to be asked for.
 *
 * @param known   role to file, for inputs kept in the launch configuration that still exist
 * @param missing inputs found nowhere
 */
public record PlanInputFiles(Map<String, String> known, List<LaunchInput> missing) {

	/**
	 * Looks the inputs up in the launch configuration of {@code planLocation} and in {@code baseDir} (the plan's folder,
	 * null when the plan has none).
	 */
	public static PlanInputFiles of(LaunchPlan plan, String planLocation, Path baseDir) throws CoreException {
		ILaunchConfiguration configuration = PlanLaunching.existingConfiguration(planLocation);
		Map<String, String> kept = configuration == null ? Map.of()
				: configuration.getAttribute(CocoDebug.ATTR_INPUTS, Map.of());
		Map<String, String> known = new LinkedHashMap<>();
		List<LaunchInput> missing = new ArrayList<>();
		for (LaunchInput input : plan.getInputs()) {
			if (input.getPath() == null || input.getPath().isEmpty()) {
				continue;
			}
			String keptFile = kept.get(input.getRole());
			if (keptFile != null && Files.isRegularFile(Path.of(keptFile))) {
				known.put(input.getRole(), keptFile);
			} else if (baseDir == null || !Files.isRegularFile(baseDir.resolve(input.getPath()))) {
				String elsewhere = keptForSameFile(input.getPath());
				if (elsewhere != null) {
					known.put(input.getRole(), elsewhere);
				} else {
					missing.add(input);
				}
			}
		}
		return new PlanInputFiles(known, missing);
	}

	/**
	 * An existing file with the same file name as {@code path} that another plan's launch configuration keeps, or
	 * null.
	 */
	static String keptForSameFile(String path) throws CoreException {
		Path name = Path.of(path).getFileName();
		if (name == null) {
			return null;
		}
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID))) {
			for (String file : c.getAttribute(CocoDebug.ATTR_INPUTS, Map.<String, String>of()).values()) {
				Path p = Path.of(file);
				if (name.equals(p.getFileName()) && Files.isRegularFile(p)) {
					return file;
				}
			}
		}
		return null;
	}
}
