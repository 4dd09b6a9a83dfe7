/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 4 KiB SEV-ES/SEV-SNP VMSA page (kernel {@code struct sev_es_save_area}, APM vol. 2 table B-4). Offsets are
 * the ones of domain reference §4.1; everything not set stays zero, which is what a fresh KVM vCPU has.
 */
public final class SaveArea {

	/** Page size of the VMSA. */
	public static final int SIZE = 4096;

	// Offsets: domain reference §4.1 (sev-snp-measure vmsa.py ctypes layout, checked against the kernel struct).
	public static final int ES = 0x000;
	public static final int CS = 0x010;
	public static final int SS = 0x020;
	public static final int DS = 0x030;
	public static final int FS = 0x040;
	public static final int GS = 0x050;
	public static final int GDTR = 0x060;
	public static final int LDTR = 0x070;
	public static final int IDTR = 0x080;
	public static final int TR = 0x090;
	public static final int VMPL = 0x0CA;
	public static final int CPL = 0x0CB;
	public static final int EFER = 0x0D0;
	public static final int XSS = 0x140;
	public static final int CR4 = 0x148;
	public static final int CR3 = 0x150;
	public static final int CR0 = 0x158;
	public static final int DR7 = 0x160;
	public static final int DR6 = 0x168;
	public static final int RFLAGS = 0x170;
	public static final int RIP = 0x178;
	public static final int RSP = 0x1D8;
	public static final int RAX = 0x1F8;
	public static final int G_PAT = 0x268;
	public static final int PKRU = 0x2E8;
	public static final int RCX = 0x308;
	public static final int RDX = 0x310;
	public static final int RBX = 0x318;
	public static final int RBP = 0x328;
	public static final int RSI = 0x330;
	public static final int RDI = 0x338;
	public static final int SEV_FEATURES = 0x3B0;
	public static final int XCR0 = 0x3E8;
	public static final int MXCSR = 0x408;
	public static final int X87_FCW = 0x410;

	private final ByteBuffer page = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);

	/** Sets the segment register at offset {@code at} (one of {@link #ES} … {@link #TR}). */
	public SaveArea segment(int at, SegmentRegister s) {
		page.putShort(at, (short) s.selector());
		page.putShort(at + 2, (short) s.attrib());
		page.putInt(at + 4, (int) s.limit());
		page.putLong(at + 8, s.base());
		return this;
	}

	/** Reads the segment register at offset {@code at}. */
	public SegmentRegister segment(int at) {
		return new SegmentRegister(page.getShort(at) & 0xFFFF, page.getShort(at + 2) & 0xFFFF,
				page.getInt(at + 4) & 0xFFFF_FFFFL, page.getLong(at + 8));
	}

	/** Sets the 64-bit field at {@code at}. */
	public SaveArea u64(int at, long value) {
		page.putLong(at, value);
		return this;
	}

	/** Reads the 64-bit field at {@code at}. */
	public long u64(int at) {
		return page.getLong(at);
	}

	/** Sets the 32-bit field at {@code at} (MXCSR, PKRU). */
	public SaveArea u32(int at, long value) {
		page.putInt(at, (int) value);
		return this;
	}

	/** Reads the 32-bit field at {@code at}. */
	public long u32(int at) {
		return page.getInt(at) & 0xFFFF_FFFFL;
	}

	/** Sets the 16-bit field at {@code at} (x87 control words). */
	public SaveArea u16(int at, int value) {
		page.putShort(at, (short) value);
		return this;
	}

	/** Reads the 16-bit field at {@code at}. */
	public int u16(int at) {
		return page.getShort(at) & 0xFFFF;
	}

	/** Writes a little-endian u64 into a VMSA page. */
	public static void putU64(byte[] page, int at, long value) {
		ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);
	}

	/** The page bytes (a copy). */
	public byte[] toBytes() {
		return page.array().clone();
	}
}
