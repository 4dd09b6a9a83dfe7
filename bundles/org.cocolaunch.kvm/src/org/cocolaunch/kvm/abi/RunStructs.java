/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The structs of a plain (non-confidential) VM's setup and of KVM_RUN, written from include/uapi/linux/kvm.h and
 * arch/x86/include/uapi/asm/kvm.h. {@code struct kvm_run} is mapped from the vCPU fd
 * ({@code KVM_GET_VCPU_MMAP_SIZE} bytes); its exit union at offset 32 is read through one layout per member.
 */
public final class RunStructs {

	/**
	 * struct kvm_userspace_memory_region { __u32 slot; __u32 flags; __u64 guest_phys_addr; __u64 memory_size; __u64
	 * userspace_addr; };
	 */
	public static final StructLayout KVM_USERSPACE_MEMORY_REGION = StructLayout.struct("kvm_userspace_memory_region", 32)
			.u32("slot", 0).u32("flags", 4).u64("guest_phys_addr", 8).u64("memory_size", 16).u64("userspace_addr", 24)
			.build();

	/** struct kvm_pit_config { __u32 flags; __u32 pad[15]; }; */
	public static final StructLayout KVM_PIT_CONFIG = StructLayout.struct("kvm_pit_config", 64)
			.u32("flags", 0).array("pad", 4, 4, 15).build();

	/**
	 * struct kvm_run { __u8 request_interrupt_window; __u8 immediate_exit; __u8 padding1[6]; __u32 exit_reason; __u8
	 * ready_for_interrupt_injection; __u8 if_flag; __u16 flags; __u64 cr8; __u64 apic_base; union { ... 256 bytes }
	 * (exit); __u64 kvm_valid_regs; __u64 kvm_dirty_regs; union { struct kvm_sync_regs regs; char padding[2048]; } s; };
	 */
	public static final StructLayout KVM_RUN = StructLayout.struct("kvm_run", 2352)
			.u8("request_interrupt_window", 0).u8("immediate_exit", 1).array("padding1", 2, 1, 6).u32("exit_reason", 8)
			.u8("ready_for_interrupt_injection", 12).u8("if_flag", 13).u16("flags", 14).u64("cr8", 16).u64("apic_base", 24)
			.array("exit", 32, 1, 256).u64("kvm_valid_regs", 288).u64("kvm_dirty_regs", 296).array("s", 304, 1, 2048).build();

	/** Offset of the exit union in struct kvm_run. */
	public static final int EXIT_UNION = 32;

	/**
	 * kvm_run.io (KVM_EXIT_IO): struct { __u8 direction; __u8 size; __u16 port; __u32 count; __u64 data_offset; } —
	 * the data lies {@code data_offset} bytes from the start of kvm_run.
	 */
	public static final StructLayout KVM_RUN_IO = StructLayout.struct("kvm_run.io", 16)
			.u8("direction", 0).u8("size", 1).u16("port", 2).u32("count", 4).u64("data_offset", 8).build();

	/** kvm_run.mmio (KVM_EXIT_MMIO): struct { __u64 phys_addr; __u8 data[8]; __u32 len; __u8 is_write; }; */
	public static final StructLayout KVM_RUN_MMIO = StructLayout.struct("kvm_run.mmio", 24)
			.u64("phys_addr", 0).array("data", 8, 1, 8).u32("len", 16).u8("is_write", 20).build();

	/** kvm_run.fail_entry (KVM_EXIT_FAIL_ENTRY): struct { __u64 hardware_entry_failure_reason; __u32 cpu; }; */
	public static final StructLayout KVM_RUN_FAIL_ENTRY = StructLayout.struct("kvm_run.fail_entry", 16)
			.u64("hardware_entry_failure_reason", 0).u32("cpu", 8).build();

	/** kvm_run.internal (KVM_EXIT_INTERNAL_ERROR): struct { __u32 suberror; __u32 ndata; __u64 data[16]; }; */
	public static final StructLayout KVM_RUN_INTERNAL = StructLayout.struct("kvm_run.internal", 136)
			.u32("suberror", 0).u32("ndata", 4).array("data", 8, 8, 16).build();

	private RunStructs() {
	}
}
