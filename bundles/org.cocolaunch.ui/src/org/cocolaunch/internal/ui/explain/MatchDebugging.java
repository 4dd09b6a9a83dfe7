/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Debugs one configuration of a search: its vendor engine builds the launch plan ({@link VendorEngine#planFor}), the
 * plan is saved to a temporary {@code .cclaunch} file and launched in a debug session on the simulated firmware
 * that runs to the end, with the Measurement Registers view shown and comparing against the searched-for target.
 */
final class MatchDebugging {

	/** What happened, in one line for people; {@code ok} when a session was started. */
	record Started(boolean ok, String message, ILaunchConfiguration configuration, Path planFile) {

		static Started failed(String message) {
			return new Started(false, message, null, null);
		}
	}

	private static final String TEMP_PREFIX = "cocolaunch-explain-";
	private static final Path TEMP_DIR = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

	private MatchDebugging() {
	}

	/** Deletes the configurations of earlier matches whose temporary plan file is gone (e.g. after a restart). */
	private static void forgetStale() throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager
				.getLaunchConfigurations(manager.getLaunchConfigurationType(CocoDebug.LAUNCH_TYPE_ID))) {
			String plan = c.getAttribute(CocoDebug.ATTR_PLAN, "");
			Path p = plan.isEmpty() || plan.contains(":/") ? null : Path.of(plan);
			if (p != null && p.getFileName() != null && p.getFileName().toString().startsWith(TEMP_PREFIX)
					&& p.getParent() != null && p.getParent().equals(TEMP_DIR) && !Files.exists(p)) {
				c.delete();
			}
		}
	}

	/** Must run on the UI thread (it shows views); the session itself runs in the background. */
	static Started debug(Variant variant, byte[] target) {
		LaunchPlan plan = null;
		String reason = null;
		try {
			for (VendorEngine e : VendorEngines.registered().all()) {
				plan = e.planFor(variant);
				if (plan != null) {
					break;
				}
				if (reason == null) {
					reason = e.planUnavailableReason(variant);
				}
			}
		} catch (ExplainException e) {
			return Started.failed("Cannot build the launch plan: " + e.getMessage());
		}
		if (plan == null) {
			return Started.failed("No launch plan for this configuration: "
					+ (reason != null ? reason : "no engine builds plans for " + variant.config().eClass().getName() + " configurations"));
		}
		Path file;
		try {
			file = Files.createTempFile(TEMP_PREFIX, "." + ModelFiles.PLAN_EXTENSION);
			file.toFile().deleteOnExit();
			ModelFiles.save(plan, file);
		} catch (IOException e) {
			return Started.failed("Cannot save the launch plan: " + e.getMessage());
		}
		String name = plan.getName() == null ? "explained configuration" : plan.getName();
		ILaunchConfiguration config;
		try {
			forgetStale();
			config = PlanLaunching.configurationFor(file.toString(), name, Map.of());
			// Run to the end at once: the registers then hold the final measurement, comparable with the target.
			ILaunchConfigurationWorkingCopy wc = config.getWorkingCopy();
			wc.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, false);
			config = wc.doSave();
		} catch (CoreException e) {
			return Started.failed("Cannot create the launch configuration: " + e.getMessage());
		}
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
					? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					: PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			// The Debug view selects the session when it stops; the registers view follows that selection.
			page.showView(IDebugUIConstants.ID_DEBUG_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			MeasurementRegistersView view = (MeasurementRegistersView) page.showView(MeasurementRegistersView.ID);
			view.setExpected(HexFormat.of().formatHex(target));
		} catch (PartInitException e) {
			return Started.failed("Cannot show the Measurement Registers view: " + e.getMessage());
		}
		PlanLaunching.debug(config);
		return new Started(true, "Debugging '" + name + "' to the end of the launch; Measurement Registers compares "
				+ String.join(", ", variant.determines()) + " with the target", config, file);
	}
}
