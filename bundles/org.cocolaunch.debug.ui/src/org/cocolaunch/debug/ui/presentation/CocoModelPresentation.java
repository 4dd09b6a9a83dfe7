/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.presentation;

import org.cocolaunch.debug.core.breakpoints.LaunchBreakpoint;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IEditorInput;

/** Labels of launch debug elements and breakpoints; there is no source editor (the Launch Steps view follows frames). */
public class CocoModelPresentation extends LabelProvider implements IDebugModelPresentation {

	@Override
	public String getText(Object element) {
		try {
			if (element instanceof LaunchBreakpoint b) {
				return b.label() + (b.isEnabled() ? "" : " (disabled)");
			}
			if (element instanceof IStackFrame frame) {
				return frame.getName();
			}
			if (element instanceof IThread thread) {
				return thread.getName();
			}
			if (element instanceof IDebugTarget target) {
				return target.getName();
			}
		} catch (DebugException e) {
			return e.getMessage();
		} catch (CoreException e) {
			return e.getMessage();
		}
		return null; // the default label
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (DebugException e) {
			detail = e.getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public void setAttribute(String attribute, Object value) {
		// no presentation options
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		return null;
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		return null;
	}
}
