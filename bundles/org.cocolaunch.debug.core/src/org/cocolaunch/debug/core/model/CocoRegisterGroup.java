/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.List;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;

/** "Measurement registers", or one vCPU's state (VMSA / TD vCPU). */
public class CocoRegisterGroup extends CocoDebugElement implements IRegisterGroup {

	private final String name;
	private List<CocoRegister> registers = List.of();

	CocoRegisterGroup(CocoDebugTarget target, String name) {
		super(target);
		this.name = name;
	}

	void setRegisters(List<CocoRegister> registers) {
		this.registers = List.copyOf(registers);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IRegister[] getRegisters() {
		return registers.toArray(IRegister[]::new);
	}

	@Override
	public boolean hasRegisters() {
		return !registers.isEmpty();
	}
}
