/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Launch Debugging" perspective: the plan's steps on top, the selected element's properties below. */
public class LaunchDebuggingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cocolaunch.app.perspectives.launchDebugging";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addView(LaunchStepsView.ID, IPageLayout.TOP, 0.70f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.cocolaunch.app.bottom", IPageLayout.BOTTOM, 0.70f, LaunchStepsView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(LaunchStepsView.ID);
	}
}
