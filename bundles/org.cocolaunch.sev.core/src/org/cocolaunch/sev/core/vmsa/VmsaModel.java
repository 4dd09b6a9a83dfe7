/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.VmcbSegment;
import org.cocolaunch.sev.model.Vmsa;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Converts the 4096-byte VMSA page to the sev.model {@link Vmsa} object and back, field by field at the offsets of
 * domain reference §4.1. Reserved bytes are zero in both directions, so {@code toBytes(toModel(p))} equals {@code p}
 * for every page whose reserved areas are zero (all VMSAs KVM measures at launch).
 */
public final class VmsaModel {

	private static final int SEGMENT_COUNT = 10;
	private static final int FPREG_X87 = 0x420;
	private static final int FPREG_X87_SIZE = 80;
	private static final int FPREG_XMM = 0x470;
	private static final int FPREG_YMM = 0x570;
	private static final int FPREG_XMM_YMM_SIZE = 256;

	private VmsaModel() {
	}

	/** Decodes a VMSA page (exactly 4096 bytes). */
	public static Vmsa toModel(byte[] page) {
		if (page.length != SaveArea.SIZE) {
			throw new IllegalArgumentException("a VMSA has 4096 bytes, not " + page.length);
		}
		ByteBuffer b = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
		Vmsa v = SevFactory.eINSTANCE.createVmsa();
		VmcbSegment[] segs = new VmcbSegment[SEGMENT_COUNT];
		for (int i = 0; i < SEGMENT_COUNT; i++) {
			int at = i * SegmentRegister.SIZE;
			VmcbSegment s = SevFactory.eINSTANCE.createVmcbSegment();
			s.setSelector(b.getShort(at) & 0xFFFF);
			s.setAttrib(b.getShort(at + 2) & 0xFFFF);
			s.setLimit(b.getInt(at + 4) & 0xFFFF_FFFFL);
			s.setBase(b.getLong(at + 8));
			segs[i] = s;
		}
		v.setEs(segs[0]);
		v.setCs(segs[1]);
		v.setSs(segs[2]);
		v.setDs(segs[3]);
		v.setFs(segs[4]);
		v.setGs(segs[5]);
		v.setGdtr(segs[6]);
		v.setLdtr(segs[7]);
		v.setIdtr(segs[8]);
		v.setTr(segs[9]);
		for (Field f : Field.values()) {
			f.read(b, v);
		}
		v.setFpregX87(nonZero(page, FPREG_X87, FPREG_X87_SIZE));
		v.setFpregXmm(nonZero(page, FPREG_XMM, FPREG_XMM_YMM_SIZE));
		v.setFpregYmm(nonZero(page, FPREG_YMM, FPREG_XMM_YMM_SIZE));
		return v;
	}

	/** The bytes, or {@code null} when they are all zero (keeps plan files small; encodes the same). */
	private static byte[] nonZero(byte[] page, int at, int size) {
		for (int i = at; i < at + size; i++) {
			if (page[i] != 0) {
				return Arrays.copyOfRange(page, at, at + size);
			}
		}
		return null;
	}

	/** Encodes a VMSA object into its 4096-byte page (missing segments and register arrays are zero). */
	public static byte[] toBytes(Vmsa v) {
		byte[] page = new byte[SaveArea.SIZE];
		ByteBuffer b = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
		VmcbSegment[] segs = { v.getEs(), v.getCs(), v.getSs(), v.getDs(), v.getFs(), v.getGs(), v.getGdtr(),
				v.getLdtr(), v.getIdtr(), v.getTr() };
		for (int i = 0; i < SEGMENT_COUNT; i++) {
			VmcbSegment s = segs[i];
			if (s != null) {
				int at = i * SegmentRegister.SIZE;
				b.putShort(at, (short) s.getSelector());
				b.putShort(at + 2, (short) s.getAttrib());
				b.putInt(at + 4, (int) s.getLimit());
				b.putLong(at + 8, s.getBase());
			}
		}
		for (Field f : Field.values()) {
			f.write(b, v);
		}
		copyInto(v.getFpregX87(), page, FPREG_X87, FPREG_X87_SIZE);
		copyInto(v.getFpregXmm(), page, FPREG_XMM, FPREG_XMM_YMM_SIZE);
		copyInto(v.getFpregYmm(), page, FPREG_YMM, FPREG_XMM_YMM_SIZE);
		return page;
	}

	private static void copyInto(byte[] from, byte[] page, int at, int max) {
		if (from != null) {
			System.arraycopy(from, 0, page, at, Math.min(from.length, max));
		}
	}

	/** The scalar fields: offset, width and the model feature (domain reference §4.1). */
	enum Field {
		VMPL0_SSP(0x0A0, 8, "vmpl0Ssp"), VMPL1_SSP(0x0A8, 8, "vmpl1Ssp"), VMPL2_SSP(0x0B0, 8, "vmpl2Ssp"),
		VMPL3_SSP(0x0B8, 8, "vmpl3Ssp"), U_CET(0x0C0, 8, "uCet"), VMPL(0x0CA, 1, "vmpl"), CPL(0x0CB, 1, "cpl"),
		EFER(0x0D0, 8, "efer"), XSS(0x140, 8, "xss"), CR4(0x148, 8, "cr4"), CR3(0x150, 8, "cr3"), CR0(0x158, 8, "cr0"),
		DR7(0x160, 8, "dr7"), DR6(0x168, 8, "dr6"), RFLAGS(0x170, 8, "rflags"), RIP(0x178, 8, "rip"),
		DR0(0x180, 8, "dr0"), DR1(0x188, 8, "dr1"), DR2(0x190, 8, "dr2"), DR3(0x198, 8, "dr3"),
		DR0_MASK(0x1A0, 8, "dr0AddrMask"), DR1_MASK(0x1A8, 8, "dr1AddrMask"), DR2_MASK(0x1B0, 8, "dr2AddrMask"),
		DR3_MASK(0x1B8, 8, "dr3AddrMask"), RSP(0x1D8, 8, "rsp"), S_CET(0x1E0, 8, "sCet"), SSP(0x1E8, 8, "ssp"),
		ISST_ADDR(0x1F0, 8, "isstAddr"), RAX(0x1F8, 8, "rax"), STAR(0x200, 8, "star"), LSTAR(0x208, 8, "lstar"),
		CSTAR(0x210, 8, "cstar"), SFMASK(0x218, 8, "sfmask"), KERNEL_GS_BASE(0x220, 8, "kernelGsBase"),
		SYSENTER_CS(0x228, 8, "sysenterCs"), SYSENTER_ESP(0x230, 8, "sysenterEsp"),
		SYSENTER_EIP(0x238, 8, "sysenterEip"), CR2(0x240, 8, "cr2"), G_PAT(0x268, 8, "gPat"),
		DBGCTL(0x270, 8, "dbgctl"), BR_FROM(0x278, 8, "brFrom"), BR_TO(0x280, 8, "brTo"),
		LAST_EXCP_FROM(0x288, 8, "lastExcpFrom"), LAST_EXCP_TO(0x290, 8, "lastExcpTo"), PKRU(0x2E8, 4, "pkru"),
		TSC_AUX(0x2EC, 4, "tscAux"), RCX(0x308, 8, "rcx"), RDX(0x310, 8, "rdx"), RBX(0x318, 8, "rbx"),
		RBP(0x328, 8, "rbp"), RSI(0x330, 8, "rsi"), RDI(0x338, 8, "rdi"), R8(0x340, 8, "r8"), R9(0x348, 8, "r9"),
		R10(0x350, 8, "r10"), R11(0x358, 8, "r11"), R12(0x360, 8, "r12"), R13(0x368, 8, "r13"), R14(0x370, 8, "r14"),
		R15(0x378, 8, "r15"), EXIT_INFO_1(0x390, 8, "guestExitInfo1"), EXIT_INFO_2(0x398, 8, "guestExitInfo2"),
		EXIT_INT_INFO(0x3A0, 8, "guestExitIntInfo"), NRIP(0x3A8, 8, "guestNrip"),
		SEV_FEATURES(0x3B0, 8, "sevFeatures"), VINTR_CTRL(0x3B8, 8, "vintrCtrl"),
		EXIT_CODE(0x3C0, 8, "guestExitCode"), VIRTUAL_TOM(0x3C8, 8, "virtualTom"), TLB_ID(0x3D0, 8, "tlbId"),
		PCPU_ID(0x3D8, 8, "pcpuId"), EVENT_INJ(0x3E0, 8, "eventInj"), XCR0(0x3E8, 8, "xcr0"),
		X87_DP(0x400, 8, "x87Dp"), MXCSR(0x408, 4, "mxcsr"), X87_FTW(0x40C, 2, "x87Ftw"), X87_FSW(0x40E, 2, "x87Fsw"),
		X87_FCW(0x410, 2, "x87Fcw"), X87_FOP(0x412, 2, "x87Fop"), X87_DS(0x414, 2, "x87Ds"), X87_CS(0x416, 2, "x87Cs"),
		X87_RIP(0x418, 8, "x87Rip");

		final int offset;
		final int size;
		final String feature;

		Field(int offset, int size, String feature) {
			this.offset = offset;
			this.size = size;
			this.feature = feature;
		}

		void read(ByteBuffer b, Vmsa v) {
			EStructuralFeature f = v.eClass().getEStructuralFeature(feature);
			switch (size) {
			case 8 -> v.eSet(f, b.getLong(offset));
			case 4 -> v.eSet(f, b.getInt(offset));
			case 2 -> v.eSet(f, b.getShort(offset) & 0xFFFF);
			default -> v.eSet(f, b.get(offset) & 0xFF);
			}
		}

		void write(ByteBuffer b, Vmsa v) {
			Object value = v.eGet(v.eClass().getEStructuralFeature(feature));
			long x = ((Number) value).longValue();
			switch (size) {
			case 8 -> b.putLong(offset, x);
			case 4 -> b.putInt(offset, (int) x);
			case 2 -> b.putShort(offset, (short) x);
			default -> b.put(offset, (byte) x);
			}
		}
	}
}
