/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Compare with Expected Value": shows Measurement Registers and enters a value in its Expected field, as pasting it
 * there would; the view then says whether the followed session's register matches or where it first differs.
 */
public class CompareExpectedHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.doc.ui.commands.compareExpected";
	public static final String PARAMETER_VALUE = "org.cocolaunch.doc.ui.value";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String value = event.getParameter(PARAMETER_VALUE);
		try {
			MeasurementRegistersView view = (MeasurementRegistersView) HandlerUtil.getActiveWorkbenchWindowChecked(event)
					.getActivePage().showView(MeasurementRegistersView.ID);
			view.setExpected(value == null ? "" : value);
			return view;
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show Measurement Registers", e);
		}
	}
}
