/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.imports;

import java.util.List;

import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;

/**
 * The {@code KVM_CREATE_VM} that every imported launch starts with although QEMU traces no event for it: step 0 of
 * the plan, log line 0, with the VM type the log's launch commands require (the vendor decides which).
 */
public final class ImpliedCreateVm {

	public static final String COMMAND = "KVM_CREATE_VM";

	private ImpliedCreateVm() {
	}

	/** Inserts the step at index 0 of the plan and line 0 at index 0 of {@code stepLines}. */
	public static void insert(LaunchPlan plan, List<Integer> stepLines, VmType type) {
		Step step = ModelFactory.eINSTANCE.createStep();
		step.setName("create-vm");
		step.setCommand(COMMAND);
		step.setPhase(Phase.CREATE);
		step.setDescription("implied: QEMU traces no event for KVM_CREATE_VM; VM type " + type.getValue() + " ("
				+ typeName(type) + ") as the log's launch commands require");
		KvmCreateVm parameters = ModelFactory.eINSTANCE.createKvmCreateVm();
		parameters.setVmType(type.getValue());
		step.setParameters(parameters);
		plan.getSteps().add(0, step);
		stepLines.add(0, 0);
	}

	/** The kernel's name of a VM type, e.g. {@code KVM_X86_SNP_VM}. */
	public static String typeName(VmType type) {
		return switch (type) {
		case DEFAULT -> "KVM_X86_DEFAULT_VM";
		case SW_PROTECTED -> "KVM_X86_SW_PROTECTED_VM";
		case SEV -> "KVM_X86_SEV_VM";
		case SEV_ES -> "KVM_X86_SEV_ES_VM";
		case SNP -> "KVM_X86_SNP_VM";
		case TDX -> "KVM_X86_TDX_VM";
		};
	}
}
