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
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * The input files of a plan (firmware, kernel, ...) as a debug session of it will find them: kept in the plan's launch
 * configuration by an earlier launch, or beside the plan. What is in neither place has to be asked for.
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
				missing.add(input);
			}
		}
		return new PlanInputFiles(known, missing);
	}
}
