/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.breakpoints.LaunchBreakpoint;
import org.cocolaunch.model.Step;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The breakpoint markers of the Launch Steps rows: a step before which a breakpoint stops a session (on its command,
 * its phase, its pages) shows the platform's breakpoint icon, greyed when those breakpoints are disabled or skipped.
 * The breakpoints are read again when the breakpoint manager reports a change, then the rows repaint.
 */
public final class StepBreakpointMarks implements IBreakpointListener {

	private record Mark(String label, StopCondition condition, boolean enabled) {
	}

	private final StructuredViewer viewer;
	/**
	 * A transparent icon for rows without a breakpoint: GTK tables paint column 0's images only when the column has
	 * room for them from its first rows on, so every row carries an image of the same size.
	 */
	private final Image blank;
	private volatile List<Mark> marks = List.of();

	public StepBreakpointMarks(StructuredViewer viewer) {
		this.viewer = viewer;
		Rectangle size = DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_BREAKPOINT).getBounds();
		ImageData transparent = new ImageData(size.width, size.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		transparent.alphaData = new byte[size.width * size.height];
		blank = new Image(viewer.getControl().getDisplay(), transparent);
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		manager.addBreakpointListener(this);
		viewer.getControl().addListener(SWT.Dispose, e -> {
			manager.removeBreakpointListener(this);
			blank.dispose();
		});
		reload();
	}

	/** The breakpoint icon for a step at {@code index}, or a transparent one when no breakpoint stops before it. */
	public Image image(int index, Step step) {
		Boolean enabled = state(index, step);
		if (enabled == null) {
			return blank;
		}
		return DebugUITools.getImage(enabled ? IDebugUIConstants.IMG_OBJS_BREAKPOINT
				: IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
	}

	/** The breakpoints that stop before the step, one line each, or null. */
	public String describe(int index, Step step) {
		List<String> lines = new ArrayList<>();
		for (Mark m : marks) {
			if (stops(m, index, step)) {
				lines.add("Breakpoint: " + m.label() + (m.enabled() ? "" : " (disabled)"));
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** TRUE: an enabled breakpoint stops before the step; FALSE: only disabled ones; null: none. */
	private Boolean state(int index, Step step) {
		Boolean state = null;
		for (Mark m : marks) {
			if (stops(m, index, step)) {
				if (m.enabled()) {
					return Boolean.TRUE;
				}
				state = Boolean.FALSE;
			}
		}
		return state;
	}

	private static boolean stops(Mark m, int index, Step step) {
		try {
			return m.condition().stopBefore(index, step);
		} catch (RuntimeException e) {
			return false; // a condition that cannot judge this step marks nothing
		}
	}

	private void reload() {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		List<Mark> fresh = new ArrayList<>();
		for (IBreakpoint b : manager.getBreakpoints(CocoDebug.MODEL_ID)) {
			if (b instanceof LaunchBreakpoint lb) {
				try {
					fresh.add(new Mark(b.getMarker().getAttribute(IMarker.MESSAGE, "breakpoint"),
							lb.condition(), b.isEnabled() && manager.isEnabled()));
				} catch (CoreException e) {
					// a breakpoint whose marker is gone marks nothing
				}
			}
		}
		marks = List.copyOf(fresh);
	}

	private void changed() {
		reload();
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
				}
			});
		}
	}

	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
		changed();
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
		changed();
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
		changed();
	}
}
