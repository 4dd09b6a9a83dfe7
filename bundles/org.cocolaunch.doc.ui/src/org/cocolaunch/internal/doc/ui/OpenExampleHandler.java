/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;

import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Open Example Plan": shows a shipped example in the Launch Steps view (the view loads it in a Job). */
public class OpenExampleHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.doc.ui.commands.openExample";
	public static final String PARAMETER_EXAMPLE = "org.cocolaunch.doc.ui.example";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			LaunchStepsView view = (LaunchStepsView) window.getActivePage().showView(LaunchStepsView.ID);
			view.open(ExamplePlans.file(event.getParameter(PARAMETER_EXAMPLE)));
		} catch (IOException | PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
