/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A model object shown as a struct: one child per attribute (as the kernel struct's fields, for vendor parameter
 * objects) and per contained object. Works for any vendor model, reflectively.
 */
public class EObjectValue extends CocoDebugElement implements IValue {

	private final EObject object;
	private final boolean showUnset;

	/** @param showUnset whether attributes at their default value are listed too (yes for ioctl structs) */
	EObjectValue(CocoDebugTarget target, EObject object, boolean showUnset) {
		super(target);
		this.object = object;
		this.showUnset = showUnset;
	}

	public EObject object() {
		return object;
	}

	@Override
	public String getReferenceTypeName() {
		return object.eClass().getName();
	}

	@Override
	public String getValueString() {
		if (object instanceof Step step) {
			return step.getCommand();
		}
		if (object instanceof GenericParameters generic) {
			return generic.getEntries().size() + " parameters";
		}
		return object.eClass().getName();
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public IVariable[] getVariables() {
		List<IVariable> vars = new ArrayList<>();
		if (object instanceof GenericParameters generic) {
			for (Parameter p : generic.getEntries()) {
				vars.add(new CocoVariable(target(), p.getName(), new TextValue(target(), p.getValue())));
			}
			return vars.toArray(IVariable[]::new);
		}
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() || (!showUnset && !object.eIsSet(attribute))) {
				continue;
			}
			vars.add(new AttributeVariable(target(), object, attribute));
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			Object value = object.eGet(reference);
			if (reference.isMany()) {
				List<?> items = (List<?>) value;
				if (!items.isEmpty()) {
					vars.add(new CocoVariable(target(), reference.getName(), new ListValue(target(), items)));
				}
			} else if (value != null) {
				vars.add(new CocoVariable(target(), reference.getName(), new EObjectValue(target(), (EObject) value, showUnset)));
			}
		}
		return vars.toArray(IVariable[]::new);
	}

	@Override
	public boolean hasVariables() {
		return getVariables().length > 0;
	}

	static String summary(EObject o) {
		if (o instanceof PageRange p) {
			return StepSummary.hex(p.getGpa()) + "+" + StepSummary.hex(p.getLength()) + " " + p.getKind().getLiteral();
		}
		return o.eClass().getName();
	}
}
