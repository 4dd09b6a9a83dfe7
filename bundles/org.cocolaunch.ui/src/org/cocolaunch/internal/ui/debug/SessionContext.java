/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import org.cocolaunch.debug.core.model.LaunchFrame;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The launch frame a debug context (the Debug view's selection) points at, if any. */
public final class SessionContext {

	private SessionContext() {
	}

	/** The selected frame of a live session, or null. */
	public static LaunchFrame frame(ISelection context) {
		if (context instanceof IStructuredSelection selection && selection.getFirstElement() instanceof LaunchFrame frame
				&& !frame.target().isTerminated()) {
			return frame;
		}
		return null;
	}
}
