/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.cocolaunch.debug.ui.launch.PlanInputFiles;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * "Debug Plan": starts a Confidential VM Launch session for the plan the view shows, stopped before its first
 * step. Input files the plan names but that cannot be found are asked for once, then kept in the configuration.
 */
public class DebugPlanAction extends Action {

	/** What the view currently shows: the plan, where it came from, and the folder its relative inputs live in. */
	public record Shown(LaunchPlan plan, String location, Path baseDir) {
	}

	private final Shell shell;
	private final Supplier<Shown> shown;

	public DebugPlanAction(Shell shell, Supplier<Shown> shown) {
		super("Debug Plan", DebugUITools.getImageDescriptor(IDebugUIConstants.IMG_ACT_DEBUG));
		setToolTipText("Debug this launch plan step by step on the simulated firmware");
		this.shell = shell;
		this.shown = shown;
	}

	@Override
	public void run() {
		Shown s = shown.get();
		if (s == null) {
			MessageDialog.openInformation(shell, "Debug Plan", "Open a launch plan first (File > Open Plan\u2026).");
			return;
		}
		String name = s.plan().getName() == null ? "launch plan" : s.plan().getName();
		try {
			PlanLaunching.debugAskingForMissing(shell, s.location(), name,
					PlanInputFiles.of(s.plan(), s.location(), s.baseDir()));
		} catch (CoreException e) {
			MessageDialog.openError(shell, "Debug Plan", e.getMessage());
		}
	}
}
