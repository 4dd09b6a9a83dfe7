/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.internal.ui.debug.SessionContext;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Where file dialogs start: the folder of the plan the user is working on, never an empty "Recent" list. The current
 * plan is the one of the session selected in the Debug view, else the one the Launch Steps view shows.
 */
public final class FileDialogs {

	private FileDialogs() {
	}

	/** The file of the current plan, or null (no plan, or one that is not a file such as a bundled example). */
	public static Path currentPlan(IWorkbenchWindow window) {
		LaunchFrame frame = SessionContext.frame(DebugUITools.getDebugContextManager().getContextService(window)
				.getActiveContext());
		if (frame != null) {
			Path debugged = asFile(frame.target().session().trace().getPlanUri());
			if (debugged != null) {
				return debugged;
			}
		}
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.findView(LaunchStepsView.ID) instanceof LaunchStepsView steps) {
			return asFile(steps.planPath());
		}
		return null;
	}

	/** Points the dialog at the current plan's folder, when there is one. */
	public static void startInCurrentPlanFolder(FileDialog dialog, IWorkbenchWindow window) {
		Path plan = currentPlan(window);
		if (plan != null && plan.getParent() != null) {
			dialog.setFilterPath(plan.getParent().toString());
		}
	}

	private static Path asFile(String location) {
		if (location == null || location.isEmpty() || location.contains(":/")) {
			return null;
		}
		Path p = Path.of(location).toAbsolutePath();
		return Files.isRegularFile(p) ? p : null;
	}
}
