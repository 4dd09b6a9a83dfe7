/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.List;

import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.emf.ecore.EObject;

/** A list of model objects (pages, CPUID entries): one child per element. */
public class ListValue extends CocoDebugElement implements IValue {

	private final List<?> items;

	ListValue(CocoDebugTarget target, List<?> items) {
		super(target);
		this.items = List.copyOf(items);
	}

	@Override
	public String getReferenceTypeName() {
		return "list";
	}

	@Override
	public String getValueString() {
		return items.size() == 1 && items.get(0) instanceof EObject o ? EObjectValue.summary(o) : "[" + items.size() + "]";
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public IVariable[] getVariables() {
		IVariable[] vars = new IVariable[items.size()];
		for (int i = 0; i < vars.length; i++) {
			Object item = items.get(i);
			IValue value = item instanceof EObject o ? new EObjectValue(target(), o, true) : new TextValue(target(), ValueText.of(item));
			vars[i] = new CocoVariable(target(), "[" + i + "] " + (item instanceof EObject o ? EObjectValue.summary(o) : ""), value);
		}
		return vars;
	}

	@Override
	public boolean hasVariables() {
		return !items.isEmpty();
	}
}
