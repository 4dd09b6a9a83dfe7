/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import java.util.Set;

import org.cocolaunch.sev.model.SevCommandId;

/**
 * The {@code Step.command} names of the SEV family: {@code KVM_CREATE_VM} and the {@code KVM_MEMORY_ENCRYPT_OP}
 * sub-commands, spelled as the kernel UAPI's {@code enum sev_cmd_id} (= the literals of {@link SevCommandId}).
 */
public final class SevCommands {

	public static final String CREATE_VM = "KVM_CREATE_VM";

	/**
	 * Other KVM ioctls of a launch (vCPUs, memory slots, guest_memfd, attributes, capabilities) that a plan or an
	 * imported trace may list: they do not reach the firmware and change nothing the firmware measures.
	 */
	public static final Set<String> NON_FIRMWARE = Set.of("KVM_CREATE_VCPU", "KVM_SET_USER_MEMORY_REGION",
			"KVM_SET_USER_MEMORY_REGION2", "KVM_CREATE_GUEST_MEMFD", "KVM_SET_MEMORY_ATTRIBUTES", "KVM_ENABLE_CAP",
			"KVM_CHECK_EXTENSION", "KVM_MEMORY_ENCRYPT_REG_REGION", "KVM_MEMORY_ENCRYPT_UNREG_REGION", "KVM_SET_CPUID2",
			"KVM_SET_REGS", "KVM_SET_SREGS", "KVM_SET_MSRS", "KVM_SET_TSC_KHZ");

	private SevCommands() {
	}

	/** The command name of a sub-command id. */
	public static String name(SevCommandId id) {
		return id.getLiteral();
	}

	/** The sub-command of a step's command name, or {@code null} for KVM_CREATE_VM and unknown names. */
	public static SevCommandId id(String command) {
		return command == null ? null : SevCommandId.get(command);
	}
}
