/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.abi.VcpuStructs;
import org.cocolaunch.kvm.host.KvmVcpu;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.sev.core.vmsa.SaveArea;

/**
 * The register ioctls' structs that make KVM build a given VMSA. KVM does not take a VMSA from userspace: at
 * LAUNCH_UPDATE_VMSA / SNP_LAUNCH_FINISH ({@code sev_es_sync_vmsa}) it copies the VMCB save area (segments, CRs,
 * EFER, RFLAGS, DR7, G_PAT — set by KVM_SET_SREGS, KVM_SET_REGS, KVM_SET_DEBUGREGS, KVM_SET_MSRS) and its own register
 * state (GPRs, RIP, XCR0, XSS, DR6, and on the INIT2 VM types the FXSAVE image) into the page. So the plan's VMSA is
 * split back into those structs here. What KVM fills itself and userspace cannot choose (domain reference §1.8 B,
 * §3.2.6): SEV_FEATURES (the VM's {@code vmsa_features}, plus SNPActive on SNP), EFER.SVME (ORed in by svm_set_efer),
 * CR0.CD/NW (cleared by the CD_NW_CLEARED quirk), CPL (SS.DPL), x87 CS/DS (0), and the whole x87/SSE area on the
 * legacy KVM_X86_DEFAULT_VM (left zero). Fields no ioctl here can load (syscall MSRs, CET, PKRU, YMM) must be zero.
 */
public final class VmsaRegisters {

	/** EFER.SVME: KVM sets it in every SVM guest's EFER; KVM_SET_SREGS must not carry it (nested SVM may be off). */
	static final long EFER_SVME = 0x1000;

	// VMSA offsets not named in SaveArea (domain reference §4.1)
	private static final int U_CET = 0x0C0;
	private static final int DR0 = 0x180;
	private static final int DR0_MASK = 0x1A0;
	private static final int S_CET = 0x1E0;
	private static final int SSP = 0x1E8;
	private static final int ISST_ADDR = 0x1F0;
	private static final int STAR = 0x200;
	private static final int CR2 = 0x240;
	private static final int TSC_AUX = 0x2EC;
	private static final int R8 = 0x340;
	private static final int X87_DP = 0x400;
	private static final int X87_FTW = 0x40C;
	private static final int X87_FSW = 0x40E;
	private static final int X87_FOP = 0x412;
	private static final int X87_RIP = 0x418;
	private static final int FPREG_X87 = 0x420;
	private static final int FPREG_XMM = 0x470;
	private static final int FPREG_YMM = 0x570;

	/** kvm_sregs segment fields in VMSA order: ES, CS, SS, DS, FS, GS, then GDTR, LDTR, IDTR, TR. */
	private static final String[] SEGMENTS = { "es", "cs", "ss", "ds", "fs", "gs", null, "ldt", null, "tr" };

	private final ByteBuffer page;

	/** @throws IllegalArgumentException when {@code vmsa} is not 4096 bytes or sets fields no ioctl here can load */
	public VmsaRegisters(byte[] vmsa) {
		if (vmsa == null || vmsa.length != SaveArea.SIZE) {
			throw new IllegalArgumentException("a VMSA has 4096 bytes, got " + (vmsa == null ? "none" : vmsa.length));
		}
		this.page = ByteBuffer.wrap(vmsa.clone()).order(ByteOrder.LITTLE_ENDIAN);
		List<String> unloadable = unloadableFields();
		if (!unloadable.isEmpty()) {
			throw new IllegalArgumentException("the VMSA sets " + String.join(", ", unloadable)
					+ ", which the KVM backend cannot load (KVM_SET_REGS/SREGS/FPU/XCRS/MSRS/DEBUGREGS only)");
		}
	}

	/**
	 * Gives {@code vcpu} this state in QEMU's order (regs, sregs, FPU, XCRs, MSRs, debug registers); KVM_SET_SREGS is
	 * a read-modify-write of KVM_GET_SREGS.
	 */
	public void loadInto(KvmVcpu vcpu) throws SysCallException {
		vcpu.setRegs(regs());
		StructBytes sregs = vcpu.getSregs();
		applyTo(sregs);
		vcpu.setSregs(sregs);
		vcpu.setFpu(fpu());
		vcpu.setXcrs(xcrs());
		vcpu.setMsrs(msrs());
		vcpu.setDebugRegs(debugRegs());
	}

	/** SEV_FEATURES as the plan's VMSA has them; KVM writes the VM's vmsa_features there instead. */
	public long sevFeatures() {
		return page.getLong(SaveArea.SEV_FEATURES);
	}

	/** struct kvm_regs: RAX…R15, RIP, RFLAGS. */
	public byte[] regs() {
		StructBytes r = VcpuStructs.KVM_REGS.allocate();
		r.u64("rax", u64(SaveArea.RAX)).u64("rbx", u64(SaveArea.RBX)).u64("rcx", u64(SaveArea.RCX)).u64("rdx", u64(SaveArea.RDX))
				.u64("rsi", u64(SaveArea.RSI)).u64("rdi", u64(SaveArea.RDI)).u64("rsp", u64(SaveArea.RSP))
				.u64("rbp", u64(SaveArea.RBP)).u64("rip", u64(SaveArea.RIP)).u64("rflags", u64(SaveArea.RFLAGS));
		for (int i = 0; i < 8; i++) {
			r.u64("r" + (8 + i), u64(R8 + 8 * i));
		}
		return r.bytes();
	}

	/**
	 * Overwrites in {@code sregs} (as KVM_GET_SREGS returned it) the segments, descriptor tables, CR0, CR2, CR3, CR4
	 * and EFER (without SVME); CR8, APIC base and the interrupt bitmap stay KVM's, so the APIC base stays valid.
	 */
	public void applyTo(StructBytes sregs) {
		for (int i = 0; i < SEGMENTS.length; i++) {
			if (SEGMENTS[i] != null) {
				sregs.array(SEGMENTS[i], segment(i * 16));
			}
		}
		sregs.array("gdt", dtable(SaveArea.GDTR)).array("idt", dtable(SaveArea.IDTR));
		sregs.u64("cr0", u64(SaveArea.CR0)).u64("cr2", u64(CR2)).u64("cr3", u64(SaveArea.CR3)).u64("cr4", u64(SaveArea.CR4))
				.u64("efer", u64(SaveArea.EFER) & ~EFER_SVME);
	}

	/** struct kvm_fpu: the FXSAVE image KVM copies into the VMSA's x87/SSE area on the INIT2 VM types. */
	public byte[] fpu() {
		StructBytes f = VcpuStructs.KVM_FPU.allocate();
		byte[] fpr = new byte[128];
		for (int i = 0; i < 8; i++) {
			// the VMSA keeps bytes 0-7 of each register in an 8*8 area, then bytes 8-9 in an 8*2 area
			page.get(FPREG_X87 + 8 * i, fpr, 16 * i, 8);
			page.get(FPREG_X87 + 64 + 2 * i, fpr, 16 * i + 8, 2);
		}
		byte[] xmm = new byte[256];
		page.get(FPREG_XMM, xmm);
		return f.array("fpr", fpr).u16("fcw", u16(SaveArea.X87_FCW)).u16("fsw", u16(X87_FSW))
				.u8("ftwx", u16(X87_FTW) & 0xFF).u16("last_opcode", u16(X87_FOP)).u64("last_ip", u64(X87_RIP))
				.u64("last_dp", u64(X87_DP)).array("xmm", xmm).u32("mxcsr", page.getInt(SaveArea.MXCSR) & 0xFFFF_FFFFL).bytes();
	}

	/** struct kvm_xcrs with XCR0. */
	public byte[] xcrs() {
		byte[] xcr0 = VcpuStructs.KVM_XCR.allocate().u32("xcr", 0).u64("value", u64(SaveArea.XCR0)).bytes();
		return VcpuStructs.KVM_XCRS.allocate().u32("nr_xcrs", 1).u32("flags", 0).array("xcrs", xcr0).bytes();
	}

	/** struct kvm_debugregs: DR0–DR3, DR6, DR7 (KVM refuses to encrypt a VMSA whose DR7 has more than bit 10). */
	public byte[] debugRegs() {
		StructBytes d = VcpuStructs.KVM_DEBUGREGS.allocate();
		for (int i = 0; i < 4; i++) {
			d.u64("db", i, u64(DR0 + 8 * i));
		}
		return d.u64("dr6", u64(SaveArea.DR6)).u64("dr7", u64(SaveArea.DR7)).u64("flags", 0).bytes();
	}

	/** struct kvm_msrs with its entries: IA32_CR_PAT (the VMSA's G_PAT), and IA32_XSS when the VMSA sets it. */
	public byte[] msrs() {
		List<long[]> entries = new ArrayList<>();
		entries.add(new long[] { KvmConstants.MSR_IA32_CR_PAT, u64(SaveArea.G_PAT) });
		if (u64(SaveArea.XSS) != 0) {
			entries.add(new long[] { KvmConstants.MSR_IA32_XSS, u64(SaveArea.XSS) });
		}
		int header = VcpuStructs.KVM_MSRS.size();
		int entrySize = VcpuStructs.KVM_MSR_ENTRY.size();
		byte[] bytes = new byte[header + entries.size() * entrySize];
		System.arraycopy(VcpuStructs.KVM_MSRS.allocate().u32("nmsrs", entries.size()).bytes(), 0, bytes, 0, header);
		for (int i = 0; i < entries.size(); i++) {
			byte[] e = VcpuStructs.KVM_MSR_ENTRY.allocate().u32("index", entries.get(i)[0]).u64("data", entries.get(i)[1]).bytes();
			System.arraycopy(e, 0, bytes, header + i * entrySize, entrySize);
		}
		return bytes;
	}

	/** A VMCB segment {u16 selector; u16 attrib; u32 limit; u64 base} as struct kvm_segment (svm_set_segment reversed). */
	private byte[] segment(int at) {
		int attrib = u16(at + 2);
		int present = (attrib >> 7) & 1;
		return VcpuStructs.KVM_SEGMENT.allocate().u64("base", u64(at + 8)).u32("limit", page.getInt(at + 4) & 0xFFFF_FFFFL)
				.u16("selector", u16(at)).u8("type", attrib & 0xF).u8("s", (attrib >> 4) & 1).u8("dpl", (attrib >> 5) & 3)
				.u8("present", present).u8("avl", (attrib >> 8) & 1).u8("l", (attrib >> 9) & 1).u8("db", (attrib >> 10) & 1)
				.u8("g", (attrib >> 11) & 1).u8("unusable", present == 0 ? 1 : 0).bytes();
	}

	/** GDTR/IDTR: only base and a 16-bit limit exist in struct kvm_dtable. */
	private byte[] dtable(int at) {
		return VcpuStructs.KVM_DTABLE.allocate().u64("base", u64(at + 8)).u16("limit", page.getInt(at + 4) & 0xFFFF).bytes();
	}

	private List<String> unloadableFields() {
		List<String> names = new ArrayList<>();
		nonZero(names, "U_CET", U_CET, 8);
		nonZero(names, "DR0-DR3 address masks", DR0_MASK, 32);
		nonZero(names, "S_CET/SSP/ISST_ADDR", S_CET, ISST_ADDR + 8 - S_CET);
		nonZero(names, "STAR/LSTAR/CSTAR/SFMASK/KERNEL_GS_BASE/SYSENTER_*", STAR, CR2 - STAR);
		nonZero(names, "PKRU", SaveArea.PKRU, 4);
		nonZero(names, "TSC_AUX", TSC_AUX, 4);
		nonZero(names, "FPREG_YMM", FPREG_YMM, 256);
		if ((page.getInt(SaveArea.GDTR + 4) & 0xFFFF_0000) != 0 || (page.getInt(SaveArea.IDTR + 4) & 0xFFFF_0000) != 0) {
			names.add("a GDTR/IDTR limit above 16 bits");
		}
		return names;
	}

	private void nonZero(List<String> names, String name, int at, int length) {
		for (int i = at; i < at + length; i++) {
			if (page.get(i) != 0) {
				names.add(name);
				return;
			}
		}
	}

	private long u64(int at) {
		return page.getLong(at);
	}

	private int u16(int at) {
		return page.getShort(at) & 0xFFFF;
	}
}
