/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import java.util.function.Supplier;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.breakpoints.StepBreakpoint;
import org.cocolaunch.model.Step;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Adds a breakpoint on the selected step's command (any vendor), or removes it when there is one. */
public class ToggleCommandBreakpointAction extends Action {

	private final Shell shell;
	private final Supplier<Step> selected;

	public ToggleCommandBreakpointAction(Shell shell, Supplier<Step> selected) {
		super("Toggle Breakpoint on Command");
		this.shell = shell;
		this.selected = selected;
	}

	@Override
	public void run() {
		Step step = selected.get();
		if (step == null) {
			return;
		}
		try {
			toggle(step.getCommand());
		} catch (CoreException e) {
			MessageDialog.openError(shell, "Toggle Breakpoint", e.getMessage());
		}
	}

	/** @return the new breakpoint, or null when an existing one was removed */
	public static StepBreakpoint toggle(String command) throws CoreException {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		for (IBreakpoint b : manager.getBreakpoints(CocoDebug.MODEL_ID)) {
			if (b instanceof StepBreakpoint sb && sb.kind() == StepBreakpoint.Kind.COMMAND && command.equals(sb.value())) {
				manager.removeBreakpoint(b, true);
				return null;
			}
		}
		return StepBreakpoint.onCommand(command);
	}
}
