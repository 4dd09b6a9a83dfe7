/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/** VM-wide structs of include/uapi/linux/kvm.h the backend uses besides memory and the launch commands. */
public final class VmStructs {

	/** struct kvm_enable_cap { __u32 cap; __u32 flags; __u64 args[4]; __u8 pad[64]; }; */
	public static final StructLayout KVM_ENABLE_CAP = StructLayout.struct("kvm_enable_cap", 104)
			.u32("cap", 0).u32("flags", 4).array("args", 8, 8, 4).array("pad", 40, 1, 64).build();

	private VmStructs() {
	}
}
