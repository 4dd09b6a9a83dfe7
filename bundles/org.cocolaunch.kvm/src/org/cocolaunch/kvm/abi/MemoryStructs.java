/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The guest-memory structs of include/uapi/linux/kvm.h (checked against qemu/qemu linux-headers/linux/kvm.h and the
 * guest_memfd patches on the KVM list): memory slots backed by guest_memfd, memory attributes and the SEV
 * encrypted-region registration.
 */
public final class MemoryStructs {

	/**
	 * struct kvm_userspace_memory_region2 { __u32 slot; __u32 flags; __u64 guest_phys_addr; __u64 memory_size; __u64
	 * userspace_addr; __u64 guest_memfd_offset; __u32 guest_memfd; __u32 pad1; __u64 pad2[14]; };
	 */
	public static final StructLayout KVM_USERSPACE_MEMORY_REGION2 = StructLayout.struct("kvm_userspace_memory_region2", 160)
			.u32("slot", 0).u32("flags", 4).u64("guest_phys_addr", 8).u64("memory_size", 16).u64("userspace_addr", 24)
			.u64("guest_memfd_offset", 32).u32("guest_memfd", 40).u32("pad1", 44).array("pad2", 48, 8, 14).build();

	/** struct kvm_create_guest_memfd { __u64 size; __u64 flags; __u64 reserved[6]; }; */
	public static final StructLayout KVM_CREATE_GUEST_MEMFD = StructLayout.struct("kvm_create_guest_memfd", 64)
			.u64("size", 0).u64("flags", 8).array("reserved", 16, 8, 6).build();

	/** struct kvm_memory_attributes { __u64 address; __u64 size; __u64 attributes; __u64 flags; }; */
	public static final StructLayout KVM_MEMORY_ATTRIBUTES = StructLayout.struct("kvm_memory_attributes", 32)
			.u64("address", 0).u64("size", 8).u64("attributes", 16).u64("flags", 24).build();

	/** struct kvm_enc_region { __u64 addr; __u64 size; }; */
	public static final StructLayout KVM_ENC_REGION = StructLayout.struct("kvm_enc_region", 16)
			.u64("addr", 0).u64("size", 8).build();

	private MemoryStructs() {
	}
}
