/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** What a fresh workspace shows once: the Welcome view (from org.cocolaunch.doc.ui, when installed). */
final class FirstStart {

	/** The Welcome view's id (a string: the app does not need the doc bundles). */
	static final String WELCOME_VIEW = "org.cocolaunch.doc.ui.views.welcome";

	private FirstStart() {
	}

	static void showWelcome(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || PlatformUI.getWorkbench().getViewRegistry().find(WELCOME_VIEW) == null) {
			return;
		}
		try {
			page.showView(WELCOME_VIEW);
		} catch (PartInitException e) {
			ILog.of(FirstStart.class).warn("cannot show the Welcome view: " + e.getMessage(), e);
		}
	}
}
