/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import org.cocolaunch.core.plan.AttributeText;
import org.cocolaunch.model.Step;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * One field of a step's parameter struct. Fields of steps not yet issued can be edited from the Variables view
 * before stepping (the plan records the edit): numbers in decimal or 0x hex, byte arrays in hex, booleans,
 * enum literals.
 */
public class AttributeVariable extends CocoVariable {

	private final EObject owner;
	private final EAttribute attribute;

	AttributeVariable(CocoDebugTarget target, EObject owner, EAttribute attribute) {
		super(target, attribute.getName(), new TextValue(target, ValueText.of(owner.eGet(attribute))));
		this.owner = owner;
		this.attribute = attribute;
	}

	/** Editable when the session is suspended and the field belongs to a step that has not been issued yet. */
	@Override
	public boolean supportsValueModification() {
		if (!target().isSuspended() || attribute.isMany() || !attribute.isChangeable()) {
			return false;
		}
		Step step = owningStep();
		return step != null && target().session().plan().getSteps().indexOf(step) >= target().session().nextStepIndex();
	}

	private Step owningStep() {
		for (EObject o = owner; o != null; o = o.eContainer()) {
			if (o instanceof Step step) {
				return step;
			}
		}
		return null;
	}

	@Override
	public boolean verifyValue(String expression) {
		try {
			parse(expression);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	@Override
	public void setValue(String expression) throws DebugException {
		if (!supportsValueModification()) {
			throw new DebugException(Status.error(attribute.getName() + " belongs to a step already issued; restart first"));
		}
		try {
			owner.eSet(attribute, parse(expression));
		} catch (IllegalArgumentException e) {
			throw new DebugException(Status.error(attribute.getName() + ": " + e.getMessage()));
		}
		target().fireChangeEvent(DebugEvent.CONTENT);
	}

	@Override
	public IValue getValue() {
		return new TextValue(target(), ValueText.of(owner.eGet(attribute)));
	}

	/** Text to the attribute's type (decimal or 0x hex numbers, hex bytes, literals); one-line IllegalArgumentException. */
	Object parse(String text) {
		return AttributeText.parse(attribute, text);
	}
}
