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

/**
 * Toggle breakpoints from a selected step: on its phase, on its guest-physical range, on its page kind, or on any
 * failing step. Each adds the breakpoint, or removes it when there is one.
 */
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

	/** Breaks before any step touching the selected step's guest-physical range(s), of any page kind. */
	public static IAction onPages(Shell shell, Supplier<Step> selected) {
		return pageAction(shell, selected, "Toggle Breakpoint on These Pages", step -> {
			long from = step.getPages().stream().mapToLong(p -> p.getGpa()).min().getAsLong();
			long to = step.getPages().stream().mapToLong(p -> p.getGpa() + p.getLength()).max().getAsLong();
			String value = Long.toHexString(from) + "-" + Long.toHexString(to);
			toggle(StepBreakpoint.Kind.PAGES, value, () -> StepBreakpoint.onPages(from, to, null));
		});
	}

	/** Breaks before any step touching pages of the selected step's first page kind (e.g. every VMSA or CPUID page). */
	public static IAction onPageKind(Shell shell, Supplier<Step> selected) {
		return pageAction(shell, selected, "Toggle Breakpoint on This Page Kind", step -> {
			var kind = step.getPages().get(0).getKind();
			toggle(StepBreakpoint.Kind.PAGES, "kind:" + kind.getLiteral(), () -> StepBreakpoint.onPages(0, -1L, kind));
		});
	}

	@FunctionalInterface
	private interface StepWork {
		void run(Step step) throws CoreException;
	}

	/** An action on the selected step's pages; a step without pages gets a short explanation instead. */
	private static IAction pageAction(Shell shell, Supplier<Step> selected, String label, StepWork work) {
		return new Action(label) {
			@Override
			public void run() {
				Step step = selected.get();
				if (step == null || step.getPages().isEmpty()) {
					MessageDialog.openInformation(shell, label, "The selected step touches no guest pages.");
					return;
				}
				guarded(shell, () -> work.run(step));
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
			if (b instanceof StepBreakpoint sb && sb.kind() == kind
					&& (kind == StepBreakpoint.Kind.ERROR || value.equals(kind == StepBreakpoint.Kind.PAGES ? sb.pagesKey() : sb.value()))) {
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
