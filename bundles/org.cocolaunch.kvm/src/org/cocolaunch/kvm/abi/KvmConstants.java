/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * Every constant the KVM backend passes to or reads from the kernel, named exactly as in the kernel UAPI headers
 * (arch/x86/include/uapi/asm/kvm.h = [asm], include/uapi/linux/kvm.h = [linux]). {@link AbiDump} lists every public
 * field of this class, so a constant added here is dumped by its kernel name.
 */
public final class KvmConstants {

	/** [linux] #define KVM_API_VERSION 12: the only version KVM_GET_API_VERSION has ever returned. */
	public static final long KVM_API_VERSION = 12;
	/** [linux] #define KVMIO 0xAE. */
	public static final long KVMIO = 0xAE;

	// VM types [asm]: #define KVM_X86_DEFAULT_VM 0 ... KVM_X86_TDX_VM 5
	public static final long KVM_X86_DEFAULT_VM = 0;
	public static final long KVM_X86_SW_PROTECTED_VM = 1;
	public static final long KVM_X86_SEV_VM = 2;
	public static final long KVM_X86_SEV_ES_VM = 3;
	public static final long KVM_X86_SNP_VM = 4;
	public static final long KVM_X86_TDX_VM = 5;

	// Capabilities [linux]: #define KVM_CAP_USER_MEMORY2 231 ... KVM_CAP_VM_TYPES 235
	public static final long KVM_CAP_USER_MEMORY2 = 231;
	public static final long KVM_CAP_MEMORY_ATTRIBUTES = 233;
	public static final long KVM_CAP_GUEST_MEMFD = 234;
	public static final long KVM_CAP_VM_TYPES = 235;
	/** [linux] #define KVM_CAP_SPLIT_IRQCHIP 121: TDX vCPUs need the split irqchip (tdx_vcpu_create: -EINVAL without). */
	public static final long KVM_CAP_SPLIT_IRQCHIP = 121;
	/** [asm] #define KVM_IOAPIC_NUM_PINS 24: the IOAPIC routes QEMU reserves with KVM_CAP_SPLIT_IRQCHIP. */
	public static final long KVM_IOAPIC_NUM_PINS = 24;

	// Memory slot flags [linux]: KVM_MEM_LOG_DIRTY_PAGES (1UL << 0), KVM_MEM_READONLY (1UL << 1), KVM_MEM_GUEST_MEMFD (1UL << 2)
	public static final long KVM_MEM_GUEST_MEMFD = 1L << 2;
	/** [linux] #define KVM_MEMORY_ATTRIBUTE_PRIVATE (1ULL << 3). */
	public static final long KVM_MEMORY_ATTRIBUTE_PRIVATE = 1L << 3;

	// enum sev_cmd_id [asm]: KVM_SEV_INIT = 0, then in declaration order; SNP commands from 100
	public static final long KVM_SEV_INIT = 0;
	public static final long KVM_SEV_ES_INIT = 1;
	public static final long KVM_SEV_LAUNCH_START = 2;
	public static final long KVM_SEV_LAUNCH_UPDATE_DATA = 3;
	public static final long KVM_SEV_LAUNCH_UPDATE_VMSA = 4;
	public static final long KVM_SEV_LAUNCH_SECRET = 5;
	public static final long KVM_SEV_LAUNCH_MEASURE = 6;
	public static final long KVM_SEV_LAUNCH_FINISH = 7;
	public static final long KVM_SEV_GUEST_STATUS = 16;
	/** After KVM_SEV_CERT_EXPORT (19) in enum sev_cmd_id. */
	public static final long KVM_SEV_GET_ATTESTATION_REPORT = 20;
	public static final long KVM_SEV_INIT2 = 22;
	public static final long KVM_SEV_SNP_LAUNCH_START = 100;
	public static final long KVM_SEV_SNP_LAUNCH_UPDATE = 101;
	public static final long KVM_SEV_SNP_LAUNCH_FINISH = 102;

	// SNP page types [asm]: "Kept in sync with firmware values"
	public static final long KVM_SEV_PAGE_TYPE_INVALID = 0x0;
	public static final long KVM_SEV_SNP_PAGE_TYPE_NORMAL = 0x1;
	public static final long KVM_SEV_SNP_PAGE_TYPE_ZERO = 0x3;
	public static final long KVM_SEV_SNP_PAGE_TYPE_UNMEASURED = 0x4;
	public static final long KVM_SEV_SNP_PAGE_TYPE_SECRETS = 0x5;
	public static final long KVM_SEV_SNP_PAGE_TYPE_CPUID = 0x6;

	// SNP_LAUNCH_FINISH sizes [asm]
	public static final int KVM_SEV_SNP_ID_BLOCK_SIZE = 96;
	public static final int KVM_SEV_SNP_ID_AUTH_SIZE = 4096;
	public static final int KVM_SEV_SNP_FINISH_DATA_SIZE = 32;

	// enum kvm_tdx_cmd_id [asm]: KVM_TDX_CAPABILITIES = 0, then in declaration order
	public static final long KVM_TDX_CAPABILITIES = 0;
	public static final long KVM_TDX_INIT_VM = 1;
	public static final long KVM_TDX_INIT_VCPU = 2;
	public static final long KVM_TDX_INIT_MEM_REGION = 3;
	public static final long KVM_TDX_FINALIZE_VM = 4;
	public static final long KVM_TDX_GET_CPUID = 5;
	/** [asm] #define KVM_TDX_MEASURE_MEMORY_REGION _BITULL(0). */
	public static final long KVM_TDX_MEASURE_MEMORY_REGION = 1L << 0;

	// vCPU register state [asm], [arch/x86 msr-index.h for the MSR numbers]
	/** [asm] #define KVM_NR_INTERRUPTS 256: bits of kvm_sregs.interrupt_bitmap. */
	public static final int KVM_NR_INTERRUPTS = 256;
	/** [asm] #define KVM_MAX_XCRS 16. */
	public static final int KVM_MAX_XCRS = 16;
	/** MSR_IA32_CR_PAT 0x277: the guest PAT, which KVM copies into the VMCB's G_PAT. */
	public static final long MSR_IA32_CR_PAT = 0x277;
	/** MSR_IA32_XSS 0xda0: synced into the VMSA's XSS by KVM. */
	public static final long MSR_IA32_XSS = 0xda0;

	// A plain VM and KVM_RUN [linux], [asm]
	/** [linux] #define KVM_MEM_READONLY (1UL << 1): guest writes to the slot exit to userspace as MMIO. */
	public static final long KVM_MEM_READONLY = 1L << 1;
	/** [asm] #define KVM_PIT_SPEAKER_DUMMY 1: what QEMU's in-kernel PIT passes. */
	public static final long KVM_PIT_SPEAKER_DUMMY = 1;
	/** [linux] #define KVM_EXIT_IO 2 ... KVM_EXIT_INTERNAL_ERROR 17: the exit reasons the run step decodes. */
	public static final long KVM_EXIT_UNKNOWN = 0;
	public static final long KVM_EXIT_EXCEPTION = 1;
	public static final long KVM_EXIT_IO = 2;
	public static final long KVM_EXIT_HLT = 5;
	public static final long KVM_EXIT_MMIO = 6;
	public static final long KVM_EXIT_SHUTDOWN = 8;
	public static final long KVM_EXIT_FAIL_ENTRY = 9;
	public static final long KVM_EXIT_INTR = 10;
	public static final long KVM_EXIT_INTERNAL_ERROR = 17;
	/** [linux] #define KVM_EXIT_IO_IN 0, KVM_EXIT_IO_OUT 1. */
	public static final long KVM_EXIT_IO_IN = 0;
	public static final long KVM_EXIT_IO_OUT = 1;
	/** [linux] KVM_INTERNAL_ERROR_EMULATION 1 ... KVM_INTERNAL_ERROR_DELIVERY_EV 3, UNEXPECTED_EXIT_REASON 4. */
	public static final long KVM_INTERNAL_ERROR_EMULATION = 1;
	public static final long KVM_INTERNAL_ERROR_SIMUL_EX = 2;
	public static final long KVM_INTERNAL_ERROR_DELIVERY_EV = 3;
	public static final long KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON = 4;

	private KvmConstants() {
	}
}
