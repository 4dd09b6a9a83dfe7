/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.cocolaunch.internal.ui.debug.SessionViewsOpener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the Launch Debugging perspective, titles the window and keeps the layout between sessions. */
public class CocoWorkbenchAdvisor extends WorkbenchAdvisor {

	public static final String WINDOW_TITLE = "CoCo Launch Workbench";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Nothing lost: open views, the open plan and the layout come back on the next start.
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LaunchDebuggingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer c = getWindowConfigurer();
				c.setInitialSize(new Point(1200, 800));
				c.setShowCoolBar(false);
				c.setShowStatusLine(true);
				c.setShowProgressIndicator(true);
				c.setTitle(WINDOW_TITLE);
			}

			@Override
			public void postWindowOpen() {
				SessionViewsOpener.install(getWindowConfigurer().getWindow());
			}
		};
	}
}
