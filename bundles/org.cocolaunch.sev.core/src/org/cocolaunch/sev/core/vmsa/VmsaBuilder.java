/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import org.cocolaunch.sev.model.VmmType;

/**
 * Builds the initial VMSA pages that KVM measures at LAUNCH_UPDATE_VMSA / SNP_LAUNCH_FINISH (domain reference
 * §3.2.6, §4.3). The BSP starts at the architectural reset vector 0xFFFFFFF0; APs start at the OVMF SEV-ES reset
 * block address (§3.2.4).
 */
public final class VmsaBuilder {

	/** The BSP's first instruction: CS.base 0xFFFF0000 + RIP 0xFFF0. */
	public static final long BSP_RESET_EIP = 0xFFFF_FFF0L;

	// Common reset values (domain reference §3.2.6 / §4.3; KVM sets EFER.SVME and CR4.MCE for SEV-ES guests).
	private static final long EFER_SVME = 0x1000;
	private static final long CR4_MCE = 0x40;
	private static final long CR0_ET = 0x10;
	private static final long DR7_RESET = 0x400;
	private static final long DR6_RESET = 0xFFFF_0FF0L;
	private static final long RFLAGS_RESET = 0x2;
	private static final long XCR0_X87 = 0x1;
	private static final int DATA_SEGMENT = 0x93;
	private static final int LDT_SEGMENT = 0x82;
	private static final long REAL_MODE_LIMIT = 0xFFFF;

	private VmsaBuilder() {
	}

	/**
	 * The reset VMSA of a vCPU starting at {@code eip} under {@code vmm}.
	 *
	 * @param eip         {@link #BSP_RESET_EIP} for the BSP, the OVMF reset block address for APs
	 * @param sevFeatures SEV_FEATURES (guest features; 0 for SEV-ES, bit 0 set for SNP)
	 * @param vcpuSig     CPUID(1).EAX of the guest CPU model (ignored where the VMM uses a fixed RDX)
	 */
	public static SaveArea resetState(VmmType vmm, long eip, long sevFeatures, long vcpuSig) {
		ResetStatePreset p = ResetStatePreset.of(vmm);
		int csAttrib = eip == BSP_RESET_EIP ? p.csAttribBsp() : p.csAttribAp();
		SaveArea a = new SaveArea();
		a.segment(SaveArea.ES, new SegmentRegister(0, DATA_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.CS, new SegmentRegister(0xF000, csAttrib, REAL_MODE_LIMIT, eip & 0xFFFF_0000L));
		a.segment(SaveArea.SS, new SegmentRegister(0, p.ssAttrib(), REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.DS, new SegmentRegister(0, DATA_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.FS, new SegmentRegister(0, DATA_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.GS, new SegmentRegister(0, DATA_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.GDTR, new SegmentRegister(0, 0, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.IDTR, new SegmentRegister(0, 0, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.LDTR, new SegmentRegister(0, LDT_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.TR, new SegmentRegister(0, p.trAttrib(), REAL_MODE_LIMIT, 0));
		a.u64(SaveArea.EFER, EFER_SVME);
		a.u64(SaveArea.CR4, CR4_MCE);
		a.u64(SaveArea.CR0, CR0_ET);
		a.u64(SaveArea.DR7, DR7_RESET);
		a.u64(SaveArea.DR6, DR6_RESET);
		a.u64(SaveArea.RFLAGS, RFLAGS_RESET);
		a.u64(SaveArea.RIP, eip & 0xFFFF);
		a.u64(SaveArea.G_PAT, p.gPat());
		a.u64(SaveArea.RDX, p.fixedRdx() != null ? p.fixedRdx() : vcpuSig);
		a.u64(SaveArea.SEV_FEATURES, sevFeatures);
		a.u64(SaveArea.XCR0, XCR0_X87);
		a.u32(SaveArea.MXCSR, p.mxcsr());
		a.u16(SaveArea.X87_FCW, p.x87Fcw());
		return a;
	}

	/**
	 * The VMSA QEMU gives every vCPU of a COCONUT-SVSM launch: 32-bit protected mode, flat segments, entry at the
	 * SVSM start address (sev-snp-measure 0.0.13 {@code VMSA_SVSM}; COCONUT QEMU sev.c).
	 */
	public static SaveArea svsmState(long entry, long vcpuSig) {
		SaveArea a = new SaveArea();
		SegmentRegister flatData = new SegmentRegister(0x10, 0xC93, 0xFFFF_FFFFL, 0);
		a.segment(SaveArea.ES, flatData);
		a.segment(SaveArea.CS, new SegmentRegister(0x08, 0xC9B, 0xFFFF_FFFFL, 0));
		a.segment(SaveArea.SS, flatData);
		a.segment(SaveArea.DS, flatData);
		a.segment(SaveArea.FS, flatData);
		a.segment(SaveArea.GS, new SegmentRegister(0, DATA_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.GDTR, new SegmentRegister(0, 0, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.IDTR, new SegmentRegister(0, 0, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.LDTR, new SegmentRegister(0, LDT_SEGMENT, REAL_MODE_LIMIT, 0));
		a.segment(SaveArea.TR, new SegmentRegister(0, 0x8B, REAL_MODE_LIMIT, 0));
		a.u64(SaveArea.EFER, EFER_SVME);
		a.u64(SaveArea.CR4, CR4_MCE);
		a.u64(SaveArea.CR0, CR0_ET | 0x1); // PE: the SVSM starts in protected mode
		a.u64(SaveArea.DR7, DR7_RESET);
		a.u64(SaveArea.DR6, DR6_RESET);
		a.u64(SaveArea.RFLAGS, RFLAGS_RESET);
		a.u64(SaveArea.RIP, entry);
		a.u64(SaveArea.G_PAT, ResetStatePreset.PAT_RESET);
		a.u64(SaveArea.RDX, vcpuSig);
		a.u64(SaveArea.SEV_FEATURES, 0x1); // SNPActive only
		a.u64(SaveArea.XCR0, XCR0_X87);
		// MXCSR has its reset value but x87 FCW stays 0: that is what sev-snp-measure 0.0.13 measures and what the
		// real SNP launches behind testdata rows svsm-hw-2/4 produced (found by matching them, field by field).
		a.u32(SaveArea.MXCSR, 0x1F80);
		return a;
	}
}
