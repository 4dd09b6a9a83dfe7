/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;

/**
 * The {@code KVM_CREATE_VM} every launch starts with. QEMU traces no event for it, yet no launch ioctl works
 * without a VM, so the importer puts it first, marked as implied, with the VM type the rest of the log shows:
 * {@code KVM_X86_DEFAULT_VM} (0) before the legacy {@code KVM_SEV_INIT}/{@code KVM_SEV_ES_INIT}, otherwise the
 * plan's type (4 for SNP, 5 for TDX; domain reference §1.1, §1.8).
 */
final class ImpliedCreateVm {

	static final String COMMAND = "KVM_CREATE_VM";

	private ImpliedCreateVm() {
	}

	/** Inserts the step at index 0; the plan's VM type and init command must already be known. */
	static void insert(LaunchPlan plan) {
		boolean legacy = plan.getSteps().stream()
				.anyMatch(s -> "KVM_SEV_INIT".equals(s.getCommand()) || "KVM_SEV_ES_INIT".equals(s.getCommand()));
		VmType type = legacy ? VmType.DEFAULT : plan.getVmType();
		ModelFactory f = ModelFactory.eINSTANCE;
		Step step = f.createStep();
		step.setName("create-vm");
		step.setCommand(COMMAND);
		step.setPhase(Phase.CREATE);
		step.setDescription("implied: QEMU traces no event for KVM_CREATE_VM; VM type " + type.getValue() + " ("
				+ typeName(type) + ") as the log's launch commands require");
		GenericParameters parameters = f.createGenericParameters();
		Parameter p = f.createParameter();
		p.setName("type");
		p.setValue(type.getValue() + " (" + typeName(type) + ")");
		parameters.getEntries().add(p);
		step.setParameters(parameters);
		plan.getSteps().add(0, step);
	}

	private static String typeName(VmType type) {
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
