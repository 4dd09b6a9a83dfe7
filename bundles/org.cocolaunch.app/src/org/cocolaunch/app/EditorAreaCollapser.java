/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IEditorReference;

/**
 * The shared editor area takes room only while an editor (the plan editor) is open: it is shown when one opens and
 * hidden when the last one closes, so the views get the space back instead of an empty area.
 */
final class EditorAreaCollapser implements IPartListener2 {

	private EditorAreaCollapser() {
	}

	static void install(IWorkbenchWindow window) {
		EditorAreaCollapser collapser = new EditorAreaCollapser();
		window.getPartService().addPartListener(collapser);
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.getEditorReferences().length == 0) {
			page.setEditorAreaVisible(false);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference && !ref.getPage().isEditorAreaVisible()) {
			ref.getPage().setEditorAreaVisible(true);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		IWorkbenchPage page = ref.getPage();
		if (ref instanceof IEditorReference && page.getEditorReferences().length == 0 && page.isEditorAreaVisible()) {
			// After the close has finished: hiding the area from inside the close notification races the renderer.
			page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
				if (page.getWorkbenchWindow().getActivePage() == page && page.getEditorReferences().length == 0) {
					page.setEditorAreaVisible(false);
				}
			});
		}
	}
}
