/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.breakpoints.StepBreakpoint;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;

/**
 * "Add Breakpoint on Command": makes sure a breakpoint stops sessions before the given KVM command. Unlike the Launch
 * Steps view's toggle, running it again (a cheat sheet step done twice) keeps the breakpoint, and enables it.
 */
public class AddCommandBreakpointHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.doc.ui.commands.addCommandBreakpoint";
	public static final String PARAMETER_IOCTL = "org.cocolaunch.doc.ui.ioctl";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String command = event.getParameter(PARAMETER_IOCTL);
		if (command == null || command.isBlank()) {
			throw new ExecutionException("No KVM command given");
		}
		try {
			StepBreakpoint existing = find(command);
			if (existing == null) {
				return StepBreakpoint.onCommand(command);
			}
			existing.setEnabled(true);
			return existing;
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** The enabled or disabled breakpoint on this command, if there is one. */
	public static StepBreakpoint find(String command) throws CoreException {
		for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID)) {
			if (b instanceof StepBreakpoint sb && sb.kind() == StepBreakpoint.Kind.COMMAND && command.equals(sb.value())) {
				return sb;
			}
		}
		return null;
	}
}
