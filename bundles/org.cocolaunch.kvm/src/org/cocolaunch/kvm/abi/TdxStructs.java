/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The TDX structs of {@code KVM_MEMORY_ENCRYPT_OP} and the CPUID structs they embed, as declared in the kernel's
 * arch/x86/include/uapi/asm/kvm.h (checked against qemu/qemu linux-headers/asm-x86/kvm.h, commit 050b3d36).
 */
public final class TdxStructs {

	/** struct kvm_cpuid_entry2 { __u32 function, index, flags, eax, ebx, ecx, edx; __u32 padding[3]; }; */
	public static final StructLayout KVM_CPUID_ENTRY2 = StructLayout.struct("kvm_cpuid_entry2", 40)
			.u32("function", 0).u32("index", 4).u32("flags", 8).u32("eax", 12).u32("ebx", 16).u32("ecx", 20)
			.u32("edx", 24).array("padding", 28, 4, 3).build();

	/** struct kvm_cpuid2 { __u32 nent; __u32 padding; struct kvm_cpuid_entry2 entries[]; }; (flexible tail) */
	public static final StructLayout KVM_CPUID2 = StructLayout.struct("kvm_cpuid2", 8)
			.u32("nent", 0).u32("padding", 4).build();

	/** struct kvm_tdx_cmd { __u32 id; __u32 flags; __u64 data; __u64 hw_error; }; */
	public static final StructLayout KVM_TDX_CMD = StructLayout.struct("kvm_tdx_cmd", 24)
			.u32("id", 0).u32("flags", 4).u64("data", 8).u64("hw_error", 16).build();

	/**
	 * struct kvm_tdx_capabilities { __u64 supported_attrs, supported_xfam; __u64 kernel_tdvmcallinfo_1_r11,
	 * user_tdvmcallinfo_1_r11, kernel_tdvmcallinfo_1_r12, user_tdvmcallinfo_1_r12; __u64 reserved[250]; struct
	 * kvm_cpuid2 cpuid; }; — 2048 bytes before the CPUID header.
	 */
	public static final StructLayout KVM_TDX_CAPABILITIES = StructLayout.struct("kvm_tdx_capabilities", 2056)
			.u64("supported_attrs", 0).u64("supported_xfam", 8).u64("kernel_tdvmcallinfo_1_r11", 16)
			.u64("user_tdvmcallinfo_1_r11", 24).u64("kernel_tdvmcallinfo_1_r12", 32).u64("user_tdvmcallinfo_1_r12", 40)
			.array("reserved", 48, 8, 250).struct("cpuid", 2048, KVM_CPUID2, 4).build();

	/**
	 * struct kvm_tdx_init_vm { __u64 attributes; __u64 xfam; __u64 mrconfigid[6]; __u64 mrowner[6]; __u64
	 * mrownerconfig[6]; __u64 reserved[12]; struct kvm_cpuid2 cpuid; }; — 256 bytes before the CPUID header (the
	 * kernel asserts sizeof == 256 + sizeof(cpuid)).
	 */
	public static final StructLayout KVM_TDX_INIT_VM = StructLayout.struct("kvm_tdx_init_vm", 264)
			.u64("attributes", 0).u64("xfam", 8).array("mrconfigid", 16, 8, 6).array("mrowner", 64, 8, 6)
			.array("mrownerconfig", 112, 8, 6).array("reserved", 160, 8, 12).struct("cpuid", 256, KVM_CPUID2, 4)
			.build();

	/** struct kvm_tdx_init_mem_region { __u64 source_addr; __u64 gpa; __u64 nr_pages; }; */
	public static final StructLayout KVM_TDX_INIT_MEM_REGION = StructLayout.struct("kvm_tdx_init_mem_region", 24)
			.u64("source_addr", 0).u64("gpa", 8).u64("nr_pages", 16).build();

	private TdxStructs() {
	}
}
