/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IValue;

/** A measurement register or a vCPU state field in the Registers view. */
public class CocoRegister extends CocoVariable implements IRegister {

	private final CocoRegisterGroup group;

	CocoRegister(CocoRegisterGroup group, String name, IValue value) {
		super(group.target(), name, value);
		this.group = group;
	}

	@Override
	public IRegisterGroup getRegisterGroup() {
		return group;
	}
}
