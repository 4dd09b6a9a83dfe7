/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.selection;

import java.util.Arrays;
import java.util.List;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugElement;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.internal.ui.viewers.model.provisional.IModelSelectionPolicy;
import org.eclipse.debug.internal.ui.viewers.model.provisional.IModelSelectionPolicyFactory;
import org.eclipse.debug.internal.ui.viewers.model.provisional.IPresentationContext;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * How the Debug view decides whether a session's stop may take the selection (the platform's model selection
 * policy, asked with the selected element's policy). The platform's default keeps a suspended frame selected when
 * another session stops, so a second session started while the first one waits was never selected: Step Over,
 * the views and the cheat sheets kept acting on the old one. Here a session started later takes the selection from
 * an older one when it stops (its top frame, so every view follows it and F6 steps it); an older session stopping
 * does not take it back. Within one session the platform's rule applies. The user's own clicks are not subject to
 * any policy.
 */
@SuppressWarnings("restriction") // the model selection policy is the platform's provisional API for debug models
public final class NewestSessionSelectionPolicy implements IModelSelectionPolicy {

	/** Gives our debug elements this policy (registered in plugin.xml for CocoDebugElement). */
	public static final class Factory implements IAdapterFactory, IModelSelectionPolicyFactory {

		@Override
		public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
			return adapterType == IModelSelectionPolicyFactory.class ? adapterType.cast(this) : null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { IModelSelectionPolicyFactory.class };
		}

		@Override
		public IModelSelectionPolicy createModelSelectionPolicyAdapter(Object element, IPresentationContext context) {
			return IDebugUIConstants.ID_DEBUG_VIEW.equals(context.getId()) && element instanceof CocoDebugElement
					? new NewestSessionSelectionPolicy()
					: null;
		}
	}

	@Override
	public boolean contains(ISelection selection, IPresentationContext context) {
		return debugView(context) && ours(first(selection)) != null;
	}

	@Override
	public boolean overrides(ISelection existing, ISelection candidate, IPresentationContext context) {
		if (!debugView(context)) {
			return true;
		}
		IDebugElement current = ours(first(existing));
		IDebugElement next = ours(first(candidate));
		if (current == null || next == null || current.equals(next)) {
			return true;
		}
		if (current.getDebugTarget().equals(next.getDebugTarget())) {
			return true; // one thread per session: its own stops always move the selection
		}
		return !isSticky(current) || startedLater(next.getLaunch(), current.getLaunch());
	}

	@Override
	public boolean isSticky(ISelection selection, IPresentationContext context) {
		return debugView(context) && isSticky(first(selection));
	}

	@Override
	public ISelection replaceInvalidSelection(ISelection invalidSelection, ISelection newSelection) {
		return newSelection;
	}

	/** A suspended frame of a live session keeps the selection against sessions started before it. */
	private static boolean isSticky(Object element) {
		return element instanceof IStackFrame frame && frame.isSuspended() && !frame.isTerminated();
	}

	/** True when {@code a} was added to the launch manager after {@code b} (or {@code b} is gone). */
	static boolean startedLater(ILaunch a, ILaunch b) {
		List<ILaunch> launches = Arrays.asList(DebugPlugin.getDefault().getLaunchManager().getLaunches());
		int ia = launches.indexOf(a);
		int ib = launches.indexOf(b);
		return ia >= 0 && (ib < 0 || ia > ib);
	}

	private static boolean debugView(IPresentationContext context) {
		return context != null && IDebugUIConstants.ID_DEBUG_VIEW.equals(context.getId());
	}

	private static Object first(ISelection selection) {
		return selection instanceof IStructuredSelection s && !s.isEmpty() ? s.getFirstElement() : null;
	}

	private static IDebugElement ours(Object element) {
		return element instanceof IDebugElement e && CocoDebug.MODEL_ID.equals(e.getModelIdentifier()) ? e : null;
	}
}
