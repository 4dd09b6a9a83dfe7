/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A named, read-only value; parameters are edited in the plan (with undo), not here. */
public class CocoVariable extends CocoDebugElement implements IVariable {

	private final String name;
	private final IValue value;

	CocoVariable(CocoDebugTarget target, String name, IValue value) {
		super(target);
		this.name = name;
		this.value = value;
	}

	@Override
	public IValue getValue() {
		return value;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getReferenceTypeName() throws DebugException {
		return value.getReferenceTypeName();
	}

	@Override
	public boolean hasValueChanged() {
		return false;
	}

	@Override
	public void setValue(String expression) throws DebugException {
		throw new DebugException(Status.error("read-only"));
	}

	@Override
	public void setValue(IValue v) throws DebugException {
		throw new DebugException(Status.error("read-only"));
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		return false;
	}

	@Override
	public boolean verifyValue(IValue v) {
		return false;
	}
}
