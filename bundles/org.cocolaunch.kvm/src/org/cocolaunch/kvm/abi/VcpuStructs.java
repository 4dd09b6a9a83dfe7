/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The vCPU register structs of arch/x86/include/uapi/asm/kvm.h that KVM_SET_REGS, KVM_GET/SET_SREGS, KVM_SET_FPU,
 * KVM_SET_DEBUGREGS, KVM_SET_XCRS and KVM_SET_MSRS take. All members are naturally aligned, so offsets follow from the
 * declaration order; the array bounds are the header's (KVM_NR_INTERRUPTS 256, KVM_MAX_XCRS 16).
 */
public final class VcpuStructs {

	/**
	 * struct kvm_regs { __u64 rax, rbx, rcx, rdx; __u64 rsi, rdi, rsp, rbp; __u64 r8, r9, r10, r11; __u64 r12, r13,
	 * r14, r15; __u64 rip, rflags; };
	 */
	public static final StructLayout KVM_REGS = StructLayout.struct("kvm_regs", 144)
			.u64("rax", 0).u64("rbx", 8).u64("rcx", 16).u64("rdx", 24).u64("rsi", 32).u64("rdi", 40).u64("rsp", 48)
			.u64("rbp", 56).u64("r8", 64).u64("r9", 72).u64("r10", 80).u64("r11", 88).u64("r12", 96).u64("r13", 104)
			.u64("r14", 112).u64("r15", 120).u64("rip", 128).u64("rflags", 136).build();

	/**
	 * struct kvm_segment { __u64 base; __u32 limit; __u16 selector; __u8 type; __u8 present, dpl, db, s, l, g, avl;
	 * __u8 unusable; __u8 padding; };
	 */
	public static final StructLayout KVM_SEGMENT = StructLayout.struct("kvm_segment", 24)
			.u64("base", 0).u32("limit", 8).u16("selector", 12).u8("type", 14).u8("present", 15).u8("dpl", 16)
			.u8("db", 17).u8("s", 18).u8("l", 19).u8("g", 20).u8("avl", 21).u8("unusable", 22).u8("padding", 23).build();

	/** struct kvm_dtable { __u64 base; __u16 limit; __u16 padding[3]; }; */
	public static final StructLayout KVM_DTABLE = StructLayout.struct("kvm_dtable", 16)
			.u64("base", 0).u16("limit", 8).array("padding", 10, 2, 3).build();

	/**
	 * struct kvm_sregs { struct kvm_segment cs, ds, es, fs, gs, ss; struct kvm_segment tr, ldt; struct kvm_dtable gdt,
	 * idt; __u64 cr0, cr2, cr3, cr4, cr8; __u64 efer; __u64 apic_base; __u64 interrupt_bitmap[(KVM_NR_INTERRUPTS +
	 * 63) / 64]; }; — KVM_NR_INTERRUPTS is 256, so the bitmap is 4 words.
	 */
	public static final StructLayout KVM_SREGS = StructLayout.struct("kvm_sregs", 312)
			.struct("cs", 0, KVM_SEGMENT, 8).struct("ds", 24, KVM_SEGMENT, 8).struct("es", 48, KVM_SEGMENT, 8)
			.struct("fs", 72, KVM_SEGMENT, 8).struct("gs", 96, KVM_SEGMENT, 8).struct("ss", 120, KVM_SEGMENT, 8)
			.struct("tr", 144, KVM_SEGMENT, 8).struct("ldt", 168, KVM_SEGMENT, 8).struct("gdt", 192, KVM_DTABLE, 8)
			.struct("idt", 208, KVM_DTABLE, 8).u64("cr0", 224).u64("cr2", 232).u64("cr3", 240).u64("cr4", 248)
			.u64("cr8", 256).u64("efer", 264).u64("apic_base", 272).array("interrupt_bitmap", 280, 8, 4).build();

	/**
	 * struct kvm_fpu { __u8 fpr[8][16]; __u16 fcw; __u16 fsw; __u8 ftwx; __u8 pad1; __u16 last_opcode; __u64 last_ip;
	 * __u64 last_dp; __u8 xmm[16][16]; __u32 mxcsr; __u32 pad2; }; — the FXSAVE image ({@code ftwx} is the abridged tag).
	 */
	public static final StructLayout KVM_FPU = StructLayout.struct("kvm_fpu", 416)
			.array("fpr", 0, 1, 128).u16("fcw", 128).u16("fsw", 130).u8("ftwx", 132).u8("pad1", 133)
			.u16("last_opcode", 134).u64("last_ip", 136).u64("last_dp", 144).array("xmm", 152, 1, 256)
			.u32("mxcsr", 408).u32("pad2", 412).build();

	/** struct kvm_xcr { __u32 xcr; __u32 reserved; __u64 value; }; */
	public static final StructLayout KVM_XCR = StructLayout.struct("kvm_xcr", 16)
			.u32("xcr", 0).u32("reserved", 4).u64("value", 8).build();

	/** struct kvm_xcrs { __u32 nr_xcrs; __u32 flags; struct kvm_xcr xcrs[KVM_MAX_XCRS]; __u64 padding[16]; }; */
	public static final StructLayout KVM_XCRS = StructLayout.struct("kvm_xcrs", 392)
			.u32("nr_xcrs", 0).u32("flags", 4).array("xcrs", 8, 8, 32).array("padding", 264, 8, 16).build();

	/** struct kvm_debugregs { __u64 db[4]; __u64 dr6; __u64 dr7; __u64 flags; __u64 reserved[9]; }; */
	public static final StructLayout KVM_DEBUGREGS = StructLayout.struct("kvm_debugregs", 128)
			.array("db", 0, 8, 4).u64("dr6", 32).u64("dr7", 40).u64("flags", 48).array("reserved", 56, 8, 9).build();

	/** struct kvm_msr_entry { __u32 index; __u32 reserved; __u64 data; }; */
	public static final StructLayout KVM_MSR_ENTRY = StructLayout.struct("kvm_msr_entry", 16)
			.u32("index", 0).u32("reserved", 4).u64("data", 8).build();

	/** struct kvm_msrs { __u32 nmsrs; __u32 pad; struct kvm_msr_entry entries[]; }; (the flexible array adds nothing) */
	public static final StructLayout KVM_MSRS = StructLayout.struct("kvm_msrs", 8)
			.u32("nmsrs", 0).u32("pad", 4).build();

	private VcpuStructs() {
	}
}
