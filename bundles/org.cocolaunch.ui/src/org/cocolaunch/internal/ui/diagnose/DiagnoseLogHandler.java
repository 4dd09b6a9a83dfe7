/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.diagnose;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Diagnose Failure Log…: opens the wizard. */
public class DiagnoseLogHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		DiagnoseLogWizard.dialog(HandlerUtil.getActiveShellChecked(event), new DiagnoseLogWizard()).open();
		return null;
	}
}
