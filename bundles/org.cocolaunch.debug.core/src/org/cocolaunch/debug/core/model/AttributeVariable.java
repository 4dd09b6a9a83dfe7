/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.HexFormat;

import org.cocolaunch.model.Step;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

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

	/** Text to the attribute's type; one-line IllegalArgumentException when it does not fit. */
	Object parse(String text) {
		String t = text.strip();
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (type instanceof EEnum e) {
			EEnumLiteral literal = e.getEEnumLiteralByLiteral(t);
			if (literal == null) {
				throw new IllegalArgumentException("expected one of " + e.getELiterals());
			}
			return literal.getInstance();
		}
		if (c == byte[].class) {
			String hex = t.startsWith("0x") ? t.substring(2) : t;
			return HexFormat.of().parseHex(hex.replace(" ", ""));
		}
		if (c == long.class || c == Long.class) {
			return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
		}
		if (c == int.class || c == Integer.class) {
			return t.startsWith("0x") ? Integer.parseUnsignedInt(t.substring(2), 16) : Integer.parseInt(t);
		}
		if (c == boolean.class || c == Boolean.class) {
			if (!t.equals("true") && !t.equals("false")) {
				throw new IllegalArgumentException("expected true or false");
			}
			return Boolean.valueOf(t);
		}
		return EcoreUtil.createFromString(type, t);
	}
}
