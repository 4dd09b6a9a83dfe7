/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.kvm.abi.AbiDump;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code ./cocolaunch abi} against the kernel UAPI: every line below was written by hand from the header
 * declarations quoted above it (arch/x86/include/uapi/asm/kvm.h = asm/kvm.h and include/uapi/linux/kvm.h, as in
 * qemu/qemu linux-headers at commit 050b3d36), with sizes and offsets from C's natural alignment and ioctl numbers
 * from the asm-generic _IOC encoding (dir << 30 | size << 16 | type << 8 | nr).
 */
class AbiDumpTest {

	static final List<String> EXPECTED = expected();

	private static List<String> expected() {
		List<String> l = new ArrayList<>();
		// include/uapi/linux/kvm.h: struct kvm_enable_cap { __u32 cap; __u32 flags; __u64 args[4]; __u8 pad[64]; }
		l.add("struct\tkvm_enable_cap\t104");
		l.add("field\tkvm_enable_cap.cap\t0\t4");
		l.add("field\tkvm_enable_cap.flags\t4\t4");
		l.add("field\tkvm_enable_cap.args\t8\t32");
		l.add("field\tkvm_enable_cap.pad\t40\t64");
		// include/uapi/linux/kvm.h #define KVM_CAP_SPLIT_IRQCHIP 121; asm/kvm.h #define KVM_IOAPIC_NUM_PINS 24
		l.add("const\tKVM_CAP_SPLIT_IRQCHIP\t121");
		l.add("const\tKVM_IOAPIC_NUM_PINS\t24");
		// _IOW(0xAE, 0xa3, 104) = 1<<30 | 0x68<<16 | 0xAEA3
		l.add("ioctl\tKVM_ENABLE_CAP\t0x4068aea3");
		// include/uapi/linux/kvm.h: struct kvm_userspace_memory_region2 { __u32 slot; __u32 flags; __u64 guest_phys_addr; __u64 memory_size; __u64 userspace_addr; __u64 guest_memfd_offset; __u32 guest_memfd; __u32 pad1; __u64 pad2[14]; }
		l.add("struct\tkvm_userspace_memory_region2\t160");
		l.add("field\tkvm_userspace_memory_region2.slot\t0\t4");
		l.add("field\tkvm_userspace_memory_region2.flags\t4\t4");
		l.add("field\tkvm_userspace_memory_region2.guest_phys_addr\t8\t8");
		l.add("field\tkvm_userspace_memory_region2.memory_size\t16\t8");
		l.add("field\tkvm_userspace_memory_region2.userspace_addr\t24\t8");
		l.add("field\tkvm_userspace_memory_region2.guest_memfd_offset\t32\t8");
		l.add("field\tkvm_userspace_memory_region2.guest_memfd\t40\t4");
		l.add("field\tkvm_userspace_memory_region2.pad1\t44\t4");
		l.add("field\tkvm_userspace_memory_region2.pad2\t48\t112");
		// include/uapi/linux/kvm.h: struct kvm_create_guest_memfd { __u64 size; __u64 flags; __u64 reserved[6]; }
		l.add("struct\tkvm_create_guest_memfd\t64");
		l.add("field\tkvm_create_guest_memfd.size\t0\t8");
		l.add("field\tkvm_create_guest_memfd.flags\t8\t8");
		l.add("field\tkvm_create_guest_memfd.reserved\t16\t48");
		// include/uapi/linux/kvm.h: struct kvm_memory_attributes { __u64 address; __u64 size; __u64 attributes; __u64 flags; }
		l.add("struct\tkvm_memory_attributes\t32");
		l.add("field\tkvm_memory_attributes.address\t0\t8");
		l.add("field\tkvm_memory_attributes.size\t8\t8");
		l.add("field\tkvm_memory_attributes.attributes\t16\t8");
		l.add("field\tkvm_memory_attributes.flags\t24\t8");
		// include/uapi/linux/kvm.h: struct kvm_enc_region { __u64 addr; __u64 size; }
		l.add("struct\tkvm_enc_region\t16");
		l.add("field\tkvm_enc_region.addr\t0\t8");
		l.add("field\tkvm_enc_region.size\t8\t8");
		// asm/kvm.h: struct kvm_sev_cmd { __u32 id; __u32 pad0; __u64 data; __u32 error; __u32 sev_fd; }
		l.add("struct\tkvm_sev_cmd\t24");
		l.add("field\tkvm_sev_cmd.id\t0\t4");
		l.add("field\tkvm_sev_cmd.pad0\t4\t4");
		l.add("field\tkvm_sev_cmd.data\t8\t8");
		l.add("field\tkvm_sev_cmd.error\t16\t4");
		l.add("field\tkvm_sev_cmd.sev_fd\t20\t4");
		// asm/kvm.h: struct kvm_sev_init { __u64 vmsa_features; __u32 flags; __u16 ghcb_version; __u16 pad1; __u32 pad2[8]; }
		l.add("struct\tkvm_sev_init\t48");
		l.add("field\tkvm_sev_init.vmsa_features\t0\t8");
		l.add("field\tkvm_sev_init.flags\t8\t4");
		l.add("field\tkvm_sev_init.ghcb_version\t12\t2");
		l.add("field\tkvm_sev_init.pad1\t14\t2");
		l.add("field\tkvm_sev_init.pad2\t16\t32");
		// asm/kvm.h: struct kvm_sev_launch_start { __u32 handle; __u32 policy; __u64 dh_uaddr; __u32 dh_len; __u32 pad0; __u64 session_uaddr; __u32 session_len; __u32 pad1; }
		l.add("struct\tkvm_sev_launch_start\t40");
		l.add("field\tkvm_sev_launch_start.handle\t0\t4");
		l.add("field\tkvm_sev_launch_start.policy\t4\t4");
		l.add("field\tkvm_sev_launch_start.dh_uaddr\t8\t8");
		l.add("field\tkvm_sev_launch_start.dh_len\t16\t4");
		l.add("field\tkvm_sev_launch_start.pad0\t20\t4");
		l.add("field\tkvm_sev_launch_start.session_uaddr\t24\t8");
		l.add("field\tkvm_sev_launch_start.session_len\t32\t4");
		l.add("field\tkvm_sev_launch_start.pad1\t36\t4");
		// asm/kvm.h: struct kvm_sev_launch_update_data { __u64 uaddr; __u32 len; __u32 pad0; }
		l.add("struct\tkvm_sev_launch_update_data\t16");
		l.add("field\tkvm_sev_launch_update_data.uaddr\t0\t8");
		l.add("field\tkvm_sev_launch_update_data.len\t8\t4");
		l.add("field\tkvm_sev_launch_update_data.pad0\t12\t4");
		// asm/kvm.h: struct kvm_sev_launch_secret { __u64 hdr_uaddr; __u32 hdr_len; __u32 pad0; __u64 guest_uaddr; __u32 guest_len; __u32 pad1; __u64 trans_uaddr; __u32 trans_len; __u32 pad2; }
		l.add("struct\tkvm_sev_launch_secret\t48");
		l.add("field\tkvm_sev_launch_secret.hdr_uaddr\t0\t8");
		l.add("field\tkvm_sev_launch_secret.hdr_len\t8\t4");
		l.add("field\tkvm_sev_launch_secret.pad0\t12\t4");
		l.add("field\tkvm_sev_launch_secret.guest_uaddr\t16\t8");
		l.add("field\tkvm_sev_launch_secret.guest_len\t24\t4");
		l.add("field\tkvm_sev_launch_secret.pad1\t28\t4");
		l.add("field\tkvm_sev_launch_secret.trans_uaddr\t32\t8");
		l.add("field\tkvm_sev_launch_secret.trans_len\t40\t4");
		l.add("field\tkvm_sev_launch_secret.pad2\t44\t4");
		// asm/kvm.h: struct kvm_sev_launch_measure { __u64 uaddr; __u32 len; __u32 pad0; }
		l.add("struct\tkvm_sev_launch_measure\t16");
		l.add("field\tkvm_sev_launch_measure.uaddr\t0\t8");
		l.add("field\tkvm_sev_launch_measure.len\t8\t4");
		l.add("field\tkvm_sev_launch_measure.pad0\t12\t4");
		// asm/kvm.h: struct kvm_sev_guest_status { __u32 handle; __u32 policy; __u32 state; }
		l.add("struct\tkvm_sev_guest_status\t12");
		l.add("field\tkvm_sev_guest_status.handle\t0\t4");
		l.add("field\tkvm_sev_guest_status.policy\t4\t4");
		l.add("field\tkvm_sev_guest_status.state\t8\t4");
		// asm/kvm.h: struct kvm_sev_snp_launch_start { __u64 policy; __u8 gosvw[16]; __u16 flags; __u8 pad0[6]; __u64 pad1[4]; }
		l.add("struct\tkvm_sev_snp_launch_start\t64");
		l.add("field\tkvm_sev_snp_launch_start.policy\t0\t8");
		l.add("field\tkvm_sev_snp_launch_start.gosvw\t8\t16");
		l.add("field\tkvm_sev_snp_launch_start.flags\t24\t2");
		l.add("field\tkvm_sev_snp_launch_start.pad0\t26\t6");
		l.add("field\tkvm_sev_snp_launch_start.pad1\t32\t32");
		// asm/kvm.h: struct kvm_sev_snp_launch_update { __u64 gfn_start; __u64 uaddr; __u64 len; __u8 type; __u8 pad0; __u16 flags; __u32 pad1; __u64 pad2[4]; }
		l.add("struct\tkvm_sev_snp_launch_update\t64");
		l.add("field\tkvm_sev_snp_launch_update.gfn_start\t0\t8");
		l.add("field\tkvm_sev_snp_launch_update.uaddr\t8\t8");
		l.add("field\tkvm_sev_snp_launch_update.len\t16\t8");
		l.add("field\tkvm_sev_snp_launch_update.type\t24\t1");
		l.add("field\tkvm_sev_snp_launch_update.pad0\t25\t1");
		l.add("field\tkvm_sev_snp_launch_update.flags\t26\t2");
		l.add("field\tkvm_sev_snp_launch_update.pad1\t28\t4");
		l.add("field\tkvm_sev_snp_launch_update.pad2\t32\t32");
		// asm/kvm.h: struct kvm_sev_snp_launch_finish { __u64 id_block_uaddr; __u64 id_auth_uaddr; __u8 id_block_en; __u8 auth_key_en; __u8 vcek_disabled; __u8 host_data[32]; __u8 pad0[3]; __u16 flags; __u64 pad1[4]; }
		l.add("struct\tkvm_sev_snp_launch_finish\t88");
		l.add("field\tkvm_sev_snp_launch_finish.id_block_uaddr\t0\t8");
		l.add("field\tkvm_sev_snp_launch_finish.id_auth_uaddr\t8\t8");
		l.add("field\tkvm_sev_snp_launch_finish.id_block_en\t16\t1");
		l.add("field\tkvm_sev_snp_launch_finish.auth_key_en\t17\t1");
		l.add("field\tkvm_sev_snp_launch_finish.vcek_disabled\t18\t1");
		l.add("field\tkvm_sev_snp_launch_finish.host_data\t19\t32");
		l.add("field\tkvm_sev_snp_launch_finish.pad0\t51\t3");
		l.add("field\tkvm_sev_snp_launch_finish.flags\t54\t2");
		l.add("field\tkvm_sev_snp_launch_finish.pad1\t56\t32");
		// asm/kvm.h: struct kvm_cpuid_entry2 { __u32 function; __u32 index; __u32 flags; __u32 eax; __u32 ebx; __u32 ecx; __u32 edx; __u32 padding[3]; }
		l.add("struct\tkvm_cpuid_entry2\t40");
		l.add("field\tkvm_cpuid_entry2.function\t0\t4");
		l.add("field\tkvm_cpuid_entry2.index\t4\t4");
		l.add("field\tkvm_cpuid_entry2.flags\t8\t4");
		l.add("field\tkvm_cpuid_entry2.eax\t12\t4");
		l.add("field\tkvm_cpuid_entry2.ebx\t16\t4");
		l.add("field\tkvm_cpuid_entry2.ecx\t20\t4");
		l.add("field\tkvm_cpuid_entry2.edx\t24\t4");
		l.add("field\tkvm_cpuid_entry2.padding\t28\t12");
		// asm/kvm.h: struct kvm_cpuid2 { __u32 nent; __u32 padding; struct kvm_cpuid_entry2 entries[]; } (the flexible array adds nothing to sizeof)
		l.add("struct\tkvm_cpuid2\t8");
		l.add("field\tkvm_cpuid2.nent\t0\t4");
		l.add("field\tkvm_cpuid2.padding\t4\t4");
		// asm/kvm.h: struct kvm_tdx_cmd { __u32 id; __u32 flags; __u64 data; __u64 hw_error; }
		l.add("struct\tkvm_tdx_cmd\t24");
		l.add("field\tkvm_tdx_cmd.id\t0\t4");
		l.add("field\tkvm_tdx_cmd.flags\t4\t4");
		l.add("field\tkvm_tdx_cmd.data\t8\t8");
		l.add("field\tkvm_tdx_cmd.hw_error\t16\t8");
		// asm/kvm.h: struct kvm_tdx_capabilities { __u64 supported_attrs, supported_xfam; __u64 kernel_tdvmcallinfo_1_r11, user_tdvmcallinfo_1_r11, kernel_tdvmcallinfo_1_r12, user_tdvmcallinfo_1_r12; __u64 reserved[250]; struct kvm_cpuid2 cpuid; } — 6*8 + 250*8 = 2048, + 8
		l.add("struct\tkvm_tdx_capabilities\t2056");
		l.add("field\tkvm_tdx_capabilities.supported_attrs\t0\t8");
		l.add("field\tkvm_tdx_capabilities.supported_xfam\t8\t8");
		l.add("field\tkvm_tdx_capabilities.kernel_tdvmcallinfo_1_r11\t16\t8");
		l.add("field\tkvm_tdx_capabilities.user_tdvmcallinfo_1_r11\t24\t8");
		l.add("field\tkvm_tdx_capabilities.kernel_tdvmcallinfo_1_r12\t32\t8");
		l.add("field\tkvm_tdx_capabilities.user_tdvmcallinfo_1_r12\t40\t8");
		l.add("field\tkvm_tdx_capabilities.reserved\t48\t2000");
		l.add("field\tkvm_tdx_capabilities.cpuid\t2048\t8");
		// asm/kvm.h: struct kvm_tdx_init_vm { __u64 attributes; __u64 xfam; __u64 mrconfigid[6]; __u64 mrowner[6]; __u64 mrownerconfig[6]; __u64 reserved[12]; struct kvm_cpuid2 cpuid; } — 256 bytes before cpuid
		l.add("struct\tkvm_tdx_init_vm\t264");
		l.add("field\tkvm_tdx_init_vm.attributes\t0\t8");
		l.add("field\tkvm_tdx_init_vm.xfam\t8\t8");
		l.add("field\tkvm_tdx_init_vm.mrconfigid\t16\t48");
		l.add("field\tkvm_tdx_init_vm.mrowner\t64\t48");
		l.add("field\tkvm_tdx_init_vm.mrownerconfig\t112\t48");
		l.add("field\tkvm_tdx_init_vm.reserved\t160\t96");
		l.add("field\tkvm_tdx_init_vm.cpuid\t256\t8");
		// asm/kvm.h: struct kvm_tdx_init_mem_region { __u64 source_addr; __u64 gpa; __u64 nr_pages; }
		l.add("struct\tkvm_tdx_init_mem_region\t24");
		l.add("field\tkvm_tdx_init_mem_region.source_addr\t0\t8");
		l.add("field\tkvm_tdx_init_mem_region.gpa\t8\t8");
		l.add("field\tkvm_tdx_init_mem_region.nr_pages\t16\t8");
		// asm/kvm.h: struct kvm_sev_attestation_report { __u8 mnonce[16]; __u64 uaddr; __u32 len; __u32 pad0; }
		l.add("struct\tkvm_sev_attestation_report\t32");
		l.add("field\tkvm_sev_attestation_report.mnonce\t0\t16");
		l.add("field\tkvm_sev_attestation_report.uaddr\t16\t8");
		l.add("field\tkvm_sev_attestation_report.len\t24\t4");
		l.add("field\tkvm_sev_attestation_report.pad0\t28\t4");
		// asm/kvm.h: struct kvm_regs { __u64 rax, rbx, rcx, rdx; __u64 rsi, rdi, rsp, rbp; __u64 r8 .. r15; __u64 rip, rflags; } — 18 * 8
		l.add("struct\tkvm_regs\t144");
		String[] regs = { "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14",
				"r15", "rip", "rflags" };
		for (int i = 0; i < regs.length; i++) {
			l.add("field\tkvm_regs." + regs[i] + "\t" + 8 * i + "\t8");
		}
		// asm/kvm.h: struct kvm_segment { __u64 base; __u32 limit; __u16 selector; __u8 type; __u8 present, dpl, db, s, l, g, avl; __u8 unusable; __u8 padding; }
		l.add("struct\tkvm_segment\t24");
		l.add("field\tkvm_segment.base\t0\t8");
		l.add("field\tkvm_segment.limit\t8\t4");
		l.add("field\tkvm_segment.selector\t12\t2");
		String[] bytes = { "type", "present", "dpl", "db", "s", "l", "g", "avl", "unusable", "padding" };
		for (int i = 0; i < bytes.length; i++) {
			l.add("field\tkvm_segment." + bytes[i] + "\t" + (14 + i) + "\t1");
		}
		// asm/kvm.h: struct kvm_dtable { __u64 base; __u16 limit; __u16 padding[3]; }
		l.add("struct\tkvm_dtable\t16");
		l.add("field\tkvm_dtable.base\t0\t8");
		l.add("field\tkvm_dtable.limit\t8\t2");
		l.add("field\tkvm_dtable.padding\t10\t6");
		// asm/kvm.h: struct kvm_sregs { struct kvm_segment cs, ds, es, fs, gs, ss; struct kvm_segment tr, ldt; struct kvm_dtable gdt, idt; __u64 cr0, cr2, cr3, cr4, cr8; __u64 efer; __u64 apic_base; __u64 interrupt_bitmap[(KVM_NR_INTERRUPTS + 63) / 64]; } — 8*24 + 2*16 + 7*8 + 4*8
		l.add("struct\tkvm_sregs\t312");
		String[] segs = { "cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt" };
		for (int i = 0; i < segs.length; i++) {
			l.add("field\tkvm_sregs." + segs[i] + "\t" + 24 * i + "\t24");
		}
		l.add("field\tkvm_sregs.gdt\t192\t16");
		l.add("field\tkvm_sregs.idt\t208\t16");
		String[] words = { "cr0", "cr2", "cr3", "cr4", "cr8", "efer", "apic_base" };
		for (int i = 0; i < words.length; i++) {
			l.add("field\tkvm_sregs." + words[i] + "\t" + (224 + 8 * i) + "\t8");
		}
		l.add("field\tkvm_sregs.interrupt_bitmap\t280\t32");
		// asm/kvm.h: struct kvm_fpu { __u8 fpr[8][16]; __u16 fcw; __u16 fsw; __u8 ftwx; __u8 pad1; __u16 last_opcode; __u64 last_ip; __u64 last_dp; __u8 xmm[16][16]; __u32 mxcsr; __u32 pad2; }
		l.add("struct\tkvm_fpu\t416");
		l.add("field\tkvm_fpu.fpr\t0\t128");
		l.add("field\tkvm_fpu.fcw\t128\t2");
		l.add("field\tkvm_fpu.fsw\t130\t2");
		l.add("field\tkvm_fpu.ftwx\t132\t1");
		l.add("field\tkvm_fpu.pad1\t133\t1");
		l.add("field\tkvm_fpu.last_opcode\t134\t2");
		l.add("field\tkvm_fpu.last_ip\t136\t8");
		l.add("field\tkvm_fpu.last_dp\t144\t8");
		l.add("field\tkvm_fpu.xmm\t152\t256");
		l.add("field\tkvm_fpu.mxcsr\t408\t4");
		l.add("field\tkvm_fpu.pad2\t412\t4");
		// asm/kvm.h: struct kvm_xcr { __u32 xcr; __u32 reserved; __u64 value; }
		l.add("struct\tkvm_xcr\t16");
		l.add("field\tkvm_xcr.xcr\t0\t4");
		l.add("field\tkvm_xcr.reserved\t4\t4");
		l.add("field\tkvm_xcr.value\t8\t8");
		// asm/kvm.h: struct kvm_xcrs { __u32 nr_xcrs; __u32 flags; struct kvm_xcr xcrs[KVM_MAX_XCRS = 16]; __u64 padding[16]; }
		l.add("struct\tkvm_xcrs\t392");
		l.add("field\tkvm_xcrs.nr_xcrs\t0\t4");
		l.add("field\tkvm_xcrs.flags\t4\t4");
		l.add("field\tkvm_xcrs.xcrs\t8\t256");
		l.add("field\tkvm_xcrs.padding\t264\t128");
		// asm/kvm.h: struct kvm_debugregs { __u64 db[4]; __u64 dr6; __u64 dr7; __u64 flags; __u64 reserved[9]; }
		l.add("struct\tkvm_debugregs\t128");
		l.add("field\tkvm_debugregs.db\t0\t32");
		l.add("field\tkvm_debugregs.dr6\t32\t8");
		l.add("field\tkvm_debugregs.dr7\t40\t8");
		l.add("field\tkvm_debugregs.flags\t48\t8");
		l.add("field\tkvm_debugregs.reserved\t56\t72");
		// asm/kvm.h: struct kvm_msr_entry { __u32 index; __u32 reserved; __u64 data; }; struct kvm_msrs { __u32 nmsrs; __u32 pad; struct kvm_msr_entry entries[]; }
		l.add("struct\tkvm_msr_entry\t16");
		l.add("field\tkvm_msr_entry.index\t0\t4");
		l.add("field\tkvm_msr_entry.reserved\t4\t4");
		l.add("field\tkvm_msr_entry.data\t8\t8");
		l.add("struct\tkvm_msrs\t8");
		l.add("field\tkvm_msrs.nmsrs\t0\t4");
		l.add("field\tkvm_msrs.pad\t4\t4");
		// linux/kvm.h #define KVM_API_VERSION 12; #define KVMIO 0xAE
		l.add("const\tKVM_API_VERSION\t12");
		l.add("const\tKVMIO\t174");
		// asm/kvm.h #define KVM_X86_DEFAULT_VM 0 ... KVM_X86_TDX_VM 5
		l.add("const\tKVM_X86_DEFAULT_VM\t0");
		l.add("const\tKVM_X86_SW_PROTECTED_VM\t1");
		l.add("const\tKVM_X86_SEV_VM\t2");
		l.add("const\tKVM_X86_SEV_ES_VM\t3");
		l.add("const\tKVM_X86_SNP_VM\t4");
		l.add("const\tKVM_X86_TDX_VM\t5");
		// linux/kvm.h #define KVM_CAP_USER_MEMORY2 231, KVM_CAP_MEMORY_ATTRIBUTES 233, KVM_CAP_GUEST_MEMFD 234, KVM_CAP_VM_TYPES 235
		l.add("const\tKVM_CAP_USER_MEMORY2\t231");
		l.add("const\tKVM_CAP_MEMORY_ATTRIBUTES\t233");
		l.add("const\tKVM_CAP_GUEST_MEMFD\t234");
		l.add("const\tKVM_CAP_VM_TYPES\t235");
		// linux/kvm.h #define KVM_MEM_GUEST_MEMFD (1UL << 2); #define KVM_MEMORY_ATTRIBUTE_PRIVATE (1ULL << 3)
		l.add("const\tKVM_MEM_GUEST_MEMFD\t4");
		l.add("const\tKVM_MEMORY_ATTRIBUTE_PRIVATE\t8");
		// asm/kvm.h enum sev_cmd_id: KVM_SEV_INIT = 0, ES_INIT, LAUNCH_START, LAUNCH_UPDATE_DATA, LAUNCH_UPDATE_VMSA, LAUNCH_SECRET, LAUNCH_MEASURE, LAUNCH_FINISH, SEND_START(8) .. RECEIVE_FINISH(15), GUEST_STATUS(16), DBG_DECRYPT, DBG_ENCRYPT, CERT_EXPORT, GET_ATTESTATION_REPORT, SEND_CANCEL(21), INIT2(22), KVM_SEV_SNP_LAUNCH_START = 100, SNP_LAUNCH_UPDATE, SNP_LAUNCH_FINISH
		l.add("const\tKVM_SEV_INIT\t0");
		l.add("const\tKVM_SEV_ES_INIT\t1");
		l.add("const\tKVM_SEV_LAUNCH_START\t2");
		l.add("const\tKVM_SEV_LAUNCH_UPDATE_DATA\t3");
		l.add("const\tKVM_SEV_LAUNCH_UPDATE_VMSA\t4");
		l.add("const\tKVM_SEV_LAUNCH_SECRET\t5");
		l.add("const\tKVM_SEV_LAUNCH_MEASURE\t6");
		l.add("const\tKVM_SEV_LAUNCH_FINISH\t7");
		l.add("const\tKVM_SEV_GUEST_STATUS\t16");
		l.add("const\tKVM_SEV_GET_ATTESTATION_REPORT\t20");
		l.add("const\tKVM_SEV_INIT2\t22");
		l.add("const\tKVM_SEV_SNP_LAUNCH_START\t100");
		l.add("const\tKVM_SEV_SNP_LAUNCH_UPDATE\t101");
		l.add("const\tKVM_SEV_SNP_LAUNCH_FINISH\t102");
		// asm/kvm.h #define KVM_SEV_PAGE_TYPE_INVALID 0x0, KVM_SEV_SNP_PAGE_TYPE_NORMAL 0x1, _ZERO 0x3, _UNMEASURED 0x4, _SECRETS 0x5, _CPUID 0x6
		l.add("const\tKVM_SEV_PAGE_TYPE_INVALID\t0");
		l.add("const\tKVM_SEV_SNP_PAGE_TYPE_NORMAL\t1");
		l.add("const\tKVM_SEV_SNP_PAGE_TYPE_ZERO\t3");
		l.add("const\tKVM_SEV_SNP_PAGE_TYPE_UNMEASURED\t4");
		l.add("const\tKVM_SEV_SNP_PAGE_TYPE_SECRETS\t5");
		l.add("const\tKVM_SEV_SNP_PAGE_TYPE_CPUID\t6");
		// asm/kvm.h #define KVM_SEV_SNP_ID_BLOCK_SIZE 96, KVM_SEV_SNP_ID_AUTH_SIZE 4096, KVM_SEV_SNP_FINISH_DATA_SIZE 32
		l.add("const\tKVM_SEV_SNP_ID_BLOCK_SIZE\t96");
		l.add("const\tKVM_SEV_SNP_ID_AUTH_SIZE\t4096");
		l.add("const\tKVM_SEV_SNP_FINISH_DATA_SIZE\t32");
		// asm/kvm.h enum kvm_tdx_cmd_id: KVM_TDX_CAPABILITIES = 0, INIT_VM, INIT_VCPU, INIT_MEM_REGION, FINALIZE_VM, GET_CPUID; #define KVM_TDX_MEASURE_MEMORY_REGION _BITULL(0)
		l.add("const\tKVM_TDX_CAPABILITIES\t0");
		l.add("const\tKVM_TDX_INIT_VM\t1");
		l.add("const\tKVM_TDX_INIT_VCPU\t2");
		l.add("const\tKVM_TDX_INIT_MEM_REGION\t3");
		l.add("const\tKVM_TDX_FINALIZE_VM\t4");
		l.add("const\tKVM_TDX_GET_CPUID\t5");
		l.add("const\tKVM_TDX_MEASURE_MEMORY_REGION\t1");
		// asm/kvm.h #define KVM_NR_INTERRUPTS 256, #define KVM_MAX_XCRS 16; msr-index.h MSR_IA32_CR_PAT 0x00000277, MSR_IA32_XSS 0x00000da0
		l.add("const\tKVM_NR_INTERRUPTS\t256");
		l.add("const\tKVM_MAX_XCRS\t16");
		l.add("const\tMSR_IA32_CR_PAT\t631");
		l.add("const\tMSR_IA32_XSS\t3488");
		// _IO(0xAE, 0x00) = 0xAE00
		l.add("ioctl\tKVM_GET_API_VERSION\t0x0000ae00");
		// _IO(0xAE, 0x01)
		l.add("ioctl\tKVM_CREATE_VM\t0x0000ae01");
		// _IO(0xAE, 0x03)
		l.add("ioctl\tKVM_CHECK_EXTENSION\t0x0000ae03");
		// _IO(0xAE, 0x41)
		l.add("ioctl\tKVM_CREATE_VCPU\t0x0000ae41");
		// _IOW(0xAE, 0x49, 160 bytes) = 1<<30 | 0xA0<<16 | 0xAE<<8 | 0x49
		l.add("ioctl\tKVM_SET_USER_MEMORY_REGION2\t0x40a0ae49");
		// _IOWR(0xAE, 0xba, unsigned long = 8) = 3<<30 | 8<<16 | 0xAEBA
		l.add("ioctl\tKVM_MEMORY_ENCRYPT_OP\t0xc008aeba");
		// _IOR(0xAE, 0xbb, 16) = 2<<30 | 0x10<<16 | 0xAEBB
		l.add("ioctl\tKVM_MEMORY_ENCRYPT_REG_REGION\t0x8010aebb");
		// _IOR(0xAE, 0xbc, 16)
		l.add("ioctl\tKVM_MEMORY_ENCRYPT_UNREG_REGION\t0x8010aebc");
		// _IOW(0xAE, 0xd2, 32) = 1<<30 | 0x20<<16 | 0xAED2
		l.add("ioctl\tKVM_SET_MEMORY_ATTRIBUTES\t0x4020aed2");
		// _IOWR(0xAE, 0xd4, 64) = 3<<30 | 0x40<<16 | 0xAED4
		l.add("ioctl\tKVM_CREATE_GUEST_MEMFD\t0xc040aed4");
		// _IOW(0xAE, 0x82, 144) = 1<<30 | 0x90<<16 | 0xAE82
		l.add("ioctl\tKVM_SET_REGS\t0x4090ae82");
		// _IOR(0xAE, 0x83, 312) = 2<<30 | 0x138<<16 | 0xAE83
		l.add("ioctl\tKVM_GET_SREGS\t0x8138ae83");
		// _IOW(0xAE, 0x84, 312)
		l.add("ioctl\tKVM_SET_SREGS\t0x4138ae84");
		// _IOW(0xAE, 0x89, struct kvm_msrs = 8)
		l.add("ioctl\tKVM_SET_MSRS\t0x4008ae89");
		// _IOW(0xAE, 0x90, struct kvm_cpuid2 = 8)
		l.add("ioctl\tKVM_SET_CPUID2\t0x4008ae90");
		// _IOW(0xAE, 0x8d, 416) = 1<<30 | 0x1A0<<16 | 0xAE8D
		l.add("ioctl\tKVM_SET_FPU\t0x41a0ae8d");
		// _IOW(0xAE, 0xa2, 128) = 1<<30 | 0x80<<16 | 0xAEA2
		l.add("ioctl\tKVM_SET_DEBUGREGS\t0x4080aea2");
		// _IOW(0xAE, 0xa7, 392) = 1<<30 | 0x188<<16 | 0xAEA7
		l.add("ioctl\tKVM_SET_XCRS\t0x4188aea7");
		// Plain VM and KVM_RUN (include/uapi/linux/kvm.h, asm/kvm.h):
		// struct kvm_userspace_memory_region { __u32 slot; __u32 flags; __u64 guest_phys_addr; __u64 memory_size; __u64 userspace_addr; }
		l.add("struct\tkvm_userspace_memory_region\t32");
		l.add("field\tkvm_userspace_memory_region.slot\t0\t4");
		l.add("field\tkvm_userspace_memory_region.flags\t4\t4");
		l.add("field\tkvm_userspace_memory_region.guest_phys_addr\t8\t8");
		l.add("field\tkvm_userspace_memory_region.memory_size\t16\t8");
		l.add("field\tkvm_userspace_memory_region.userspace_addr\t24\t8");
		// struct kvm_pit_config { __u32 flags; __u32 pad[15]; }
		l.add("struct\tkvm_pit_config\t64");
		l.add("field\tkvm_pit_config.flags\t0\t4");
		l.add("field\tkvm_pit_config.pad\t4\t60");
		// struct kvm_run: 8 bytes of request/immediate_exit/padding1, exit_reason, 4 bytes of flags, cr8, apic_base,
		// the 256-byte exit union at 32, kvm_valid_regs, kvm_dirty_regs, the 2048-byte s union at 304
		l.add("struct\tkvm_run\t2352");
		l.add("field\tkvm_run.request_interrupt_window\t0\t1");
		l.add("field\tkvm_run.immediate_exit\t1\t1");
		l.add("field\tkvm_run.padding1\t2\t6");
		l.add("field\tkvm_run.exit_reason\t8\t4");
		l.add("field\tkvm_run.ready_for_interrupt_injection\t12\t1");
		l.add("field\tkvm_run.if_flag\t13\t1");
		l.add("field\tkvm_run.flags\t14\t2");
		l.add("field\tkvm_run.cr8\t16\t8");
		l.add("field\tkvm_run.apic_base\t24\t8");
		l.add("field\tkvm_run.exit\t32\t256");
		l.add("field\tkvm_run.kvm_valid_regs\t288\t8");
		l.add("field\tkvm_run.kvm_dirty_regs\t296\t8");
		l.add("field\tkvm_run.s\t304\t2048");
		// KVM_EXIT_IO: struct { __u8 direction; __u8 size; __u16 port; __u32 count; __u64 data_offset; } io
		l.add("struct\tkvm_run.io\t16");
		l.add("field\tkvm_run.io.direction\t0\t1");
		l.add("field\tkvm_run.io.size\t1\t1");
		l.add("field\tkvm_run.io.port\t2\t2");
		l.add("field\tkvm_run.io.count\t4\t4");
		l.add("field\tkvm_run.io.data_offset\t8\t8");
		// KVM_EXIT_MMIO: struct { __u64 phys_addr; __u8 data[8]; __u32 len; __u8 is_write; } mmio
		l.add("struct\tkvm_run.mmio\t24");
		l.add("field\tkvm_run.mmio.phys_addr\t0\t8");
		l.add("field\tkvm_run.mmio.data\t8\t8");
		l.add("field\tkvm_run.mmio.len\t16\t4");
		l.add("field\tkvm_run.mmio.is_write\t20\t1");
		// KVM_EXIT_FAIL_ENTRY: struct { __u64 hardware_entry_failure_reason; __u32 cpu; } fail_entry
		l.add("struct\tkvm_run.fail_entry\t16");
		l.add("field\tkvm_run.fail_entry.hardware_entry_failure_reason\t0\t8");
		l.add("field\tkvm_run.fail_entry.cpu\t8\t4");
		// KVM_EXIT_INTERNAL_ERROR: struct { __u32 suberror; __u32 ndata; __u64 data[16]; } internal
		l.add("struct\tkvm_run.internal\t136");
		l.add("field\tkvm_run.internal.suberror\t0\t4");
		l.add("field\tkvm_run.internal.ndata\t4\t4");
		l.add("field\tkvm_run.internal.data\t8\t128");
		// #define KVM_MEM_READONLY (1UL << 1); asm/kvm.h #define KVM_PIT_SPEAKER_DUMMY 1
		l.add("const\tKVM_MEM_READONLY\t2");
		l.add("const\tKVM_PIT_SPEAKER_DUMMY\t1");
		// #define KVM_EXIT_UNKNOWN 0, EXCEPTION 1, IO 2, HLT 5, MMIO 6, SHUTDOWN 8, FAIL_ENTRY 9, INTR 10, INTERNAL_ERROR 17
		l.add("const\tKVM_EXIT_UNKNOWN\t0");
		l.add("const\tKVM_EXIT_EXCEPTION\t1");
		l.add("const\tKVM_EXIT_IO\t2");
		l.add("const\tKVM_EXIT_HLT\t5");
		l.add("const\tKVM_EXIT_MMIO\t6");
		l.add("const\tKVM_EXIT_SHUTDOWN\t8");
		l.add("const\tKVM_EXIT_FAIL_ENTRY\t9");
		l.add("const\tKVM_EXIT_INTR\t10");
		l.add("const\tKVM_EXIT_INTERNAL_ERROR\t17");
		// #define KVM_EXIT_IO_IN 0, KVM_EXIT_IO_OUT 1
		l.add("const\tKVM_EXIT_IO_IN\t0");
		l.add("const\tKVM_EXIT_IO_OUT\t1");
		// #define KVM_INTERNAL_ERROR_EMULATION 1, _SIMUL_EX 2, _DELIVERY_EV 3, _UNEXPECTED_EXIT_REASON 4
		l.add("const\tKVM_INTERNAL_ERROR_EMULATION\t1");
		l.add("const\tKVM_INTERNAL_ERROR_SIMUL_EX\t2");
		l.add("const\tKVM_INTERNAL_ERROR_DELIVERY_EV\t3");
		l.add("const\tKVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON\t4");
		// _IO(0xAE, 0x04)
		l.add("ioctl\tKVM_GET_VCPU_MMAP_SIZE\t0x0000ae04");
		// _IOWR(0xAE, 0x05, struct kvm_cpuid2 = 8) = 3<<30 | 8<<16 | 0xAE05
		l.add("ioctl\tKVM_GET_SUPPORTED_CPUID\t0xc008ae05");
		// _IOW(0xAE, 0x46, 32) = 1<<30 | 0x20<<16 | 0xAE46
		l.add("ioctl\tKVM_SET_USER_MEMORY_REGION\t0x4020ae46");
		// _IO(0xAE, 0x47)
		l.add("ioctl\tKVM_SET_TSS_ADDR\t0x0000ae47");
		// _IOW(0xAE, 0x48, __u64)
		l.add("ioctl\tKVM_SET_IDENTITY_MAP_ADDR\t0x4008ae48");
		// _IO(0xAE, 0x60)
		l.add("ioctl\tKVM_CREATE_IRQCHIP\t0x0000ae60");
		// _IOW(0xAE, 0x77, 64) = 1<<30 | 0x40<<16 | 0xAE77
		l.add("ioctl\tKVM_CREATE_PIT2\t0x4040ae77");
		// _IO(0xAE, 0x80)
		l.add("ioctl\tKVM_RUN\t0x0000ae80");
		// _IOR(0xAE, 0x81, 144) = 2<<30 | 0x90<<16 | 0xAE81
		l.add("ioctl\tKVM_GET_REGS\t0x8090ae81");
		// _IOWR(0xAE, 0x88, struct kvm_msrs = 8)
		l.add("ioctl\tKVM_GET_MSRS\t0xc008ae88");
		// _IOR(0xAE, 0x8c, 416) = 2<<30 | 0x1A0<<16 | 0xAE8C
		l.add("ioctl\tKVM_GET_FPU\t0x81a0ae8c");
		// _IOR(0xAE, 0xa1, 128)
		l.add("ioctl\tKVM_GET_DEBUGREGS\t0x8080aea1");
		// _IOR(0xAE, 0xa6, 392) = 2<<30 | 0x188<<16 | 0xAEA6
		l.add("ioctl\tKVM_GET_XCRS\t0x8188aea6");
		return l;
	}

	@Test
	void dumpAgreesWithTheUapiLineByLine() {
		assertEquals(sorted(EXPECTED), sorted(AbiDump.lines()));
	}

	/** Line order follows the declaration order of the dump's classes; the content is what must match. */
	private static String sorted(List<String> lines) {
		return String.join("\n", lines.stream().sorted().toList());
	}

	@Test
	void abiCommandPrintsTheDumpAndExitsZero() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(List.of("abi"), new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of(".")));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		List<String> printed = List.of(out.toString(StandardCharsets.UTF_8).split("\\R"));
		assertEquals(sorted(EXPECTED), sorted(printed));
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}
}
