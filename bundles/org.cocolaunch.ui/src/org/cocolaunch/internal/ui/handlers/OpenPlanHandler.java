/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.handlers;

import java.nio.file.Path;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open Plan...: asks for a {@code .cclaunch} file and shows it in the Launch Steps view. */
public class OpenPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Launch Plan");
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.PLAN_EXTENSION, "*" });
		dialog.setFilterNames(new String[] { "Launch plans (*." + ModelFiles.PLAN_EXTENSION + ")", "All files" });
		FileDialogs.startInCurrentPlanFolder(dialog, window);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			LaunchStepsView view = (LaunchStepsView) window.getActivePage().showView(LaunchStepsView.ID);
			view.open(Path.of(chosen));
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the Launch Steps view", e);
		}
		return null;
	}
}
