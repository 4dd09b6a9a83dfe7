/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A DCAP TDX quote, version 4 or 5 (Intel "TDX DCAP Quote Generation Library and Quote Verification Library"
 * Quote Format; Google go-tdx-guest abi.go; domain reference §5.4). Only the header and the TD quote body are
 * interpreted; the signature data is kept as bytes (its length is checked), with the bytes it signs (header and body,
 * with v5's body descriptor) for {@code TdxQuoteVerifier}.
 * <ul>
 * <li>v4: header (48 B), body (584 B) at 0x30, u32 signature length, signature data.</li>
 * <li>v5: header, u16 body type (2 = TDX 1.0, 584 B; 3 = TDX 1.5, 648 B), u32 body size, body, u32 signature
 * length, signature data.</li>
 * </ul>
 */
public final class TdxQuote {

	public static final int HEADER_SIZE = 48;
	public static final int BODY_V10_SIZE = 584;
	public static final int BODY_V15_SIZE = 648;
	/** TEE type of TDX in the header. */
	public static final int TEE_TYPE_TDX = 0x81;

	static final int BODY_MRSEAM = 0x010;
	static final int BODY_TD_ATTRIBUTES = 0x078;
	static final int BODY_XFAM = 0x080;
	static final int BODY_MRTD = 0x088;
	static final int BODY_MRCONFIGID = 0x0B8;
	static final int BODY_MROWNER = 0x0E8;
	static final int BODY_MROWNERCONFIG = 0x118;
	static final int BODY_RTMR0 = 0x148;
	static final int BODY_REPORT_DATA = 0x208;
	static final int BODY_MRSERVICETD = 0x258;

	private final int version;
	private final int attestationKeyType;
	private final byte[] body;
	private final byte[] signatureData;
	private final byte[] signed;

	private TdxQuote(int version, int attestationKeyType, byte[] body, byte[] signatureData, byte[] signed) {
		this.version = version;
		this.attestationKeyType = attestationKeyType;
		this.body = body;
		this.signatureData = signatureData;
		this.signed = signed;
	}

	public static TdxQuote parse(byte[] data, String name) throws TdxReportFormatException {
		ByteBuffer le = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		if (data.length < HEADER_SIZE) {
			throw new TdxReportFormatException(name, "quote of " + data.length + " bytes is shorter than its 48-byte header");
		}
		int version = Short.toUnsignedInt(le.getShort(0));
		int keyType = Short.toUnsignedInt(le.getShort(2));
		long teeType = Integer.toUnsignedLong(le.getInt(4));
		if (teeType != TEE_TYPE_TDX) {
			throw new TdxReportFormatException(name, "TEE type 0x" + Long.toHexString(teeType) + ", expected 0x81 (TDX)");
		}
		int bodyAt;
		int bodySize;
		if (version == 4) {
			bodyAt = HEADER_SIZE;
			bodySize = BODY_V10_SIZE;
		} else if (version == 5) {
			need(data, HEADER_SIZE + 6, name, "v5 body descriptor");
			int bodyType = Short.toUnsignedInt(le.getShort(HEADER_SIZE));
			long size = Integer.toUnsignedLong(le.getInt(HEADER_SIZE + 2));
			int expected = switch (bodyType) {
			case 2 -> BODY_V10_SIZE;
			case 3 -> BODY_V15_SIZE;
			default -> throw new TdxReportFormatException(name, "v5 body type " + bodyType + ", expected 2 or 3 (TDX)");
			};
			if (size != expected) {
				throw new TdxReportFormatException(name, "v5 body type " + bodyType + " has size " + size + ", expected " + expected);
			}
			bodyAt = HEADER_SIZE + 6;
			bodySize = expected;
		} else {
			throw new TdxReportFormatException(name, "quote version " + version + ", expected 4 or 5");
		}
		need(data, (long) bodyAt + bodySize + 4, name, "TD quote body");
		long sigLen = Integer.toUnsignedLong(le.getInt(bodyAt + bodySize));
		long sigAt = (long) bodyAt + bodySize + 4;
		need(data, sigAt + sigLen, name, "signature data of " + sigLen + " bytes");
		byte[] body = Arrays.copyOfRange(data, bodyAt, bodyAt + bodySize);
		byte[] sig = Arrays.copyOfRange(data, (int) sigAt, (int) (sigAt + sigLen));
		return new TdxQuote(version, keyType, body, sig, Arrays.copyOfRange(data, 0, bodyAt + bodySize));
	}

	private static void need(byte[] data, long end, String name, String what) throws TdxReportFormatException {
		if (end > data.length) {
			throw new TdxReportFormatException(name, "quote of " + data.length + " bytes is truncated in its " + what);
		}
	}

	private byte[] slice(int at, int len) {
		return Arrays.copyOfRange(body, at, at + len);
	}

	public int version() {
		return version;
	}

	/** 2 = ECDSA-256 with P-256. */
	public int attestationKeyType() {
		return attestationKeyType;
	}

	/** Whether the body is the TDX 1.5 layout with TEE_TCB_SVN2 and MRSERVICETD. */
	public boolean tdx15Body() {
		return body.length == BODY_V15_SIZE;
	}

	public byte[] mrSeam() {
		return slice(BODY_MRSEAM, 48);
	}

	public byte[] tdAttributes() {
		return slice(BODY_TD_ATTRIBUTES, 8);
	}

	public byte[] xfam() {
		return slice(BODY_XFAM, 8);
	}

	public byte[] mrtd() {
		return slice(BODY_MRTD, 48);
	}

	public byte[] mrConfigId() {
		return slice(BODY_MRCONFIGID, 48);
	}

	public byte[] mrOwner() {
		return slice(BODY_MROWNER, 48);
	}

	public byte[] mrOwnerConfig() {
		return slice(BODY_MROWNERCONFIG, 48);
	}

	public byte[] rtmr(int index) {
		return slice(BODY_RTMR0 + 48 * TdReport.checkRtmr(index), 48);
	}

	public byte[] reportData() {
		return slice(BODY_REPORT_DATA, 64);
	}

	/** MRSERVICETD of a TDX 1.5 body; empty array for a TDX 1.0 body. */
	public byte[] mrServiceTd() {
		return tdx15Body() ? slice(BODY_MRSERVICETD, 48) : new byte[0];
	}

	public byte[] signatureData() {
		return signatureData.clone();
	}

	/** The bytes the attestation key signs: header, v5 body descriptor and body. */
	public byte[] signedBytes() {
		return signed.clone();
	}

	/** QE_VENDOR_ID of the header (bytes 12-27). */
	public byte[] qeVendorId() {
		return Arrays.copyOfRange(signed, 12, 28);
	}

	/** TEE_TCB_SVN, the first 16 bytes of the body. */
	public byte[] teeTcbSvn() {
		return slice(0, 16);
	}
}
