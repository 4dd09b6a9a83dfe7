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
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** "Break on Phase" (the selected step's phase) and "Break on Any Error": add the breakpoint, or remove it. */
public final class ToggleStopBreakpointActions {

	private ToggleStopBreakpointActions() {
	}

	public static IAction onPhase(Shell shell, Supplier<Step> selected) {
		return new Action("Toggle Breakpoint on Phase") {
			@Override
			public void run() {
				Step step = selected.get();
				if (step != null) {
					guarded(shell, () -> toggle(StepBreakpoint.Kind.PHASE, step.getPhase().getLiteral(),
							() -> StepBreakpoint.onPhase(step.getPhase())));
				}
			}
		};
	}

	public static IAction onError(Shell shell) {
		return new Action("Toggle Breakpoint on Any Error") {
			@Override
			public void run() {
				guarded(shell, () -> toggle(StepBreakpoint.Kind.ERROR, "", StepBreakpoint::onError));
			}
		};
	}

	@FunctionalInterface
	private interface Creation {
		StepBreakpoint create() throws CoreException;
	}

	@FunctionalInterface
	private interface Work {
		void run() throws CoreException;
	}

	/** Removes the breakpoint of this kind and value when there is one, else creates it. */
	static void toggle(StepBreakpoint.Kind kind, String value, Creation creation) throws CoreException {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		for (IBreakpoint b : manager.getBreakpoints(CocoDebug.MODEL_ID)) {
			if (b instanceof StepBreakpoint sb && sb.kind() == kind && (kind == StepBreakpoint.Kind.ERROR || value.equals(sb.value()))) {
				manager.removeBreakpoint(b, true);
				return;
			}
		}
		creation.create();
	}

	private static void guarded(Shell shell, Work work) {
		try {
			work.run();
		} catch (CoreException e) {
			MessageDialog.openError(shell, "Toggle Breakpoint", e.getMessage());
		}
	}
}
