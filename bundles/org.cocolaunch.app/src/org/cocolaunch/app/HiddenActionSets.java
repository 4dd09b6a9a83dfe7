/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;

/**
 * The IDE and text editor action sets that the debug platform's bundles bring along but a product without workspace
 * projects or text editors cannot use (Open File, Convert Line Delimiters, annotation and edit-location navigation).
 * They are hidden in every page of the window, again after Reset Perspective; the plugin.xml capability
 * {@code ideLeftovers} covers their other contributions.
 */
final class HiddenActionSets {

	static final List<String> IDS = List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
			"org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation",
			"org.eclipse.ui.WorkingSetActionSet", "org.eclipse.ui.WorkingSetModificationActionSet");

	private HiddenActionSets() {
	}

	static void install(IWorkbenchWindow window) {
		if (window.getActivePage() != null) {
			hide(window.getActivePage());
		}
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hide(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hide(page);
				}
			}
		});
	}

	private static void hide(IWorkbenchPage page) {
		for (String id : IDS) {
			page.hideActionSet(id);
		}
	}
}
