/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.report;

import java.util.Arrays;

/**
 * TDREPORT_STRUCT (1024 bytes) as TDG.MR.REPORT returns it (TDX module {@code td_report_t}; domain reference §5.3):
 * REPORTMACSTRUCT at 0x000, TEE_TCB_INFO at 0x100, TDINFO at 0x200. Accessors return copies.
 */
public final class TdReport {

	public static final int SIZE = 1024;
	/** REPORTTYPE.TYPE of a TDX report. */
	public static final int TYPE_TDX = 0x81;

	static final int CPUSVN = 0x010;
	static final int TEE_TCB_INFO_HASH = 0x020;
	static final int TEE_INFO_HASH = 0x050;
	static final int REPORT_DATA = 0x080;
	static final int MAC = 0x0E0;
	static final int MRSEAM = 0x100 + 0x18;
	static final int TDINFO = 0x200;
	static final int TD_ATTRIBUTES = TDINFO;
	static final int XFAM = TDINFO + 0x008;
	static final int MRTD = TDINFO + 0x010;
	static final int MRCONFIGID = TDINFO + 0x040;
	static final int MROWNER = TDINFO + 0x070;
	static final int MROWNERCONFIG = TDINFO + 0x0A0;
	static final int RTMR0 = TDINFO + 0x0D0;
	static final int SERVTD_HASH = TDINFO + 0x190;

	private final byte[] raw;

	private TdReport(byte[] raw) {
		this.raw = raw;
	}

	public static TdReport parse(byte[] data, String name) throws TdxReportFormatException {
		if (data.length != SIZE) {
			throw new TdxReportFormatException(name, "TDREPORT must be " + SIZE + " bytes, got " + data.length);
		}
		if (Byte.toUnsignedInt(data[0]) != TYPE_TDX) {
			throw new TdxReportFormatException(name,
					String.format("REPORTTYPE.TYPE 0x%02x, expected 0x%02x (TDX)", data[0] & 0xFF, TYPE_TDX));
		}
		return new TdReport(data.clone());
	}

	private byte[] slice(int at, int len) {
		return Arrays.copyOfRange(raw, at, at + len);
	}

	public int reportSubtype() {
		return raw[1] & 0xFF;
	}

	public int reportVersion() {
		return raw[2] & 0xFF;
	}

	public byte[] cpuSvn() {
		return slice(CPUSVN, 16);
	}

	public byte[] teeTcbInfoHash() {
		return slice(TEE_TCB_INFO_HASH, 48);
	}

	public byte[] teeInfoHash() {
		return slice(TEE_INFO_HASH, 48);
	}

	public byte[] reportData() {
		return slice(REPORT_DATA, 64);
	}

	public byte[] mac() {
		return slice(MAC, 32);
	}

	public byte[] mrSeam() {
		return slice(MRSEAM, 48);
	}

	public byte[] tdAttributes() {
		return slice(TD_ATTRIBUTES, 8);
	}

	public byte[] xfam() {
		return slice(XFAM, 8);
	}

	public byte[] mrtd() {
		return slice(MRTD, 48);
	}

	public byte[] mrConfigId() {
		return slice(MRCONFIGID, 48);
	}

	public byte[] mrOwner() {
		return slice(MROWNER, 48);
	}

	public byte[] mrOwnerConfig() {
		return slice(MROWNERCONFIG, 48);
	}

	/** RTMR {@code index} (0..3). */
	public byte[] rtmr(int index) {
		return slice(RTMR0 + 48 * checkRtmr(index), 48);
	}

	public byte[] servTdHash() {
		return slice(SERVTD_HASH, 48);
	}

	static int checkRtmr(int index) {
		if (index < 0 || index > 3) {
			throw new IllegalArgumentException("RTMR index " + index);
		}
		return index;
	}
}
