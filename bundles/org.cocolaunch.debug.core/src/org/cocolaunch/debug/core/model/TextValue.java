/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A leaf value: its text is all there is. */
public class TextValue extends CocoDebugElement implements IValue {

	private final String text;

	TextValue(CocoDebugTarget target, String text) {
		super(target);
		this.text = text;
	}

	@Override
	public String getReferenceTypeName() {
		return "";
	}

	@Override
	public String getValueString() {
		return text;
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public IVariable[] getVariables() {
		return new IVariable[0];
	}

	@Override
	public boolean hasVariables() {
		return false;
	}
}
