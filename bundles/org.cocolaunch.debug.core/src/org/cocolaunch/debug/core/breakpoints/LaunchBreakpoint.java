/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.breakpoints;

import java.util.Map;

import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.eclipse.debug.core.model.IBreakpoint;

/**
 * A breakpoint without source lines: a persistent marker on the workspace root, so the Breakpoints view,
 * enable/disable and import/export work. Each kind turns its marker attributes into an engine stop condition.
 */
public abstract class LaunchBreakpoint extends Breakpoint {

	@Override
	public String getModelIdentifier() {
		return CocoDebug.MODEL_ID;
	}

	/** The engine condition for the marker's current attributes. */
	public abstract StopCondition condition() throws CoreException;

	/** What the Breakpoints view shows. */
	public String label() {
		IMarker marker = getMarker();
		return marker == null ? "" : marker.getAttribute(IMarker.MESSAGE, "");
	}

	/** Creates the marker with {@code attributes} and registers the breakpoint with the breakpoint manager. */
	protected void install(String markerType, String message, Map<String, Object> attributes) throws CoreException {
		IResource root = ResourcesPlugin.getWorkspace().getRoot();
		IWorkspaceRunnable create = monitor -> {
			IMarker marker = root.createMarker(markerType);
			setMarker(marker);
			marker.setAttribute(IBreakpoint.ID, getModelIdentifier());
			marker.setAttribute(IBreakpoint.ENABLED, true);
			marker.setAttribute(IBreakpoint.PERSISTED, true);
			marker.setAttribute(IMarker.MESSAGE, message);
			for (Map.Entry<String, Object> e : attributes.entrySet()) {
				marker.setAttribute(e.getKey(), e.getValue());
			}
		};
		run(getMarkerRule(root), create);
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
	}
}
