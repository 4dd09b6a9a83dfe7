/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.function.Consumer;
import java.util.function.Function;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.internal.ui.debug.SessionContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * Follows the frame selected in the Debug view: for each new selection it computes the view's content from the
 * frame's session in a Job (engine side) and hands it to the view on the UI thread (view paints). Computations
 * that a newer selection supersedes are dropped.
 *
 * @param <T> what the view paints
 */
public final class SessionFollower<T> {

	private final IDebugContextService contexts;
	private final IDebugContextListener listener;
	private final Control control;
	private final String name;
	private final Function<Session, T> compute;
	private final Consumer<T> paint;
	private volatile int generation;
	private Session session;

	public SessionFollower(IWorkbenchPartSite site, Control control, String name, Function<Session, T> compute,
			Consumer<T> paint) {
		this.contexts = DebugUITools.getDebugContextManager().getContextService(site.getWorkbenchWindow());
		this.control = control;
		this.name = name;
		this.compute = compute;
		this.paint = paint;
		this.listener = event -> follow(SessionContext.frame(event.getContext()));
		contexts.addDebugContextListener(listener);
		// Lives as long as the view's control: views need no dispose() of their own for it.
		control.addListener(SWT.Dispose, e -> dispose());
		follow(SessionContext.frame(contexts.getActiveContext()));
	}

	/** The session of the last followed frame, or null. */
	public Session session() {
		return session;
	}

	/** Recomputes for the last followed session (e.g. after a view setting changed). */
	public void refresh() {
		if (session != null) {
			schedule(session);
		}
	}

	private void follow(LaunchFrame frame) {
		if (frame != null) {
			session = frame.target().session();
			schedule(session);
		}
	}

	private void schedule(Session followed) {
		int mine = ++generation;
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			T content = followed.inspect(compute);
			if (mine == generation && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (mine == generation && !control.isDisposed()) {
						paint.accept(content);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	public void dispose() {
		contexts.removeDebugContextListener(listener);
	}

}
