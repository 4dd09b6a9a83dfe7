/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** Base of every element of a launch debug session: one model id for presentations and breakpoints. */
public abstract class CocoDebugElement extends DebugElement {

	protected CocoDebugElement(IDebugTarget target) {
		super(target);
	}

	@Override
	public String getModelIdentifier() {
		return CocoDebug.MODEL_ID;
	}

	public CocoDebugTarget target() {
		return (CocoDebugTarget) getDebugTarget();
	}
}
