/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Welcome: shows the Welcome view. */
public class OpenWelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(WelcomeView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the Welcome", e);
		}
	}
}
