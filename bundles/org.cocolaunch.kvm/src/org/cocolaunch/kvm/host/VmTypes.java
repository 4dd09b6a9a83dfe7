/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.kvm.abi.KvmConstants;

/**
 * The VM types a host supports, decoded from {@code KVM_CHECK_EXTENSION(KVM_CAP_VM_TYPES)}: bit n set means
 * {@code KVM_CREATE_VM} accepts type n. A kernel without the capability returns 0; it still supports the default type.
 */
public record VmTypes(long mask) {

	private static final String[] NAMES = { "KVM_X86_DEFAULT_VM", "KVM_X86_SW_PROTECTED_VM", "KVM_X86_SEV_VM",
			"KVM_X86_SEV_ES_VM", "KVM_X86_SNP_VM", "KVM_X86_TDX_VM" };

	/** From the capability's return value; 0 (no capability) means the default VM type only. */
	public static VmTypes fromCapability(long value) {
		return new VmTypes(value == 0 ? 1L << KvmConstants.KVM_X86_DEFAULT_VM : value);
	}

	public boolean supports(long type) {
		return type >= 0 && type < 64 && (mask & (1L << type)) != 0;
	}

	/** The kernel name of a VM type, e.g. 5 → KVM_X86_TDX_VM. */
	public static String name(long type) {
		return type >= 0 && type < NAMES.length ? NAMES[(int) type] : "VM type " + type;
	}

	/** The supported types by kernel name, lowest first. */
	public List<String> names() {
		List<String> list = new ArrayList<>();
		for (int t = 0; t < 64; t++) {
			if (supports(t)) {
				list.add(name(t));
			}
		}
		return list;
	}
}
