/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.inspect;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.tdx.core.plan.TdxRegisterNames;
import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.core.report.TdxQuote;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;

/** A TDREPORT (1024 bytes, REPORTTYPE 0x81) or a TD quote (v4/v5, TEE type 0x81) as {@link DecodedEvidence}. */
public final class TdxEvidence {

	private static final int TEE_TYPE_AT = 4;

	private TdxEvidence() {
	}

	/** The decoded report or quote, or null when {@code data} is neither. */
	public static DecodedEvidence decode(byte[] data, String name) throws EvidenceFormatException {
		try {
			if (data.length == TdReport.SIZE && (data[0] & 0xFF) == TdReport.TYPE_TDX) {
				return report(TdReport.parse(data, name));
			}
			if (data.length >= TdxQuote.HEADER_SIZE && ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN)
					.getInt(TEE_TYPE_AT) == TdxQuote.TEE_TYPE_TDX) {
				return quote(TdxQuote.parse(data, name));
			}
			return null;
		} catch (TdxReportFormatException e) {
			throw new EvidenceFormatException(e.getMessage());
		}
	}

	private static DecodedEvidence report(TdReport r) {
		List<StateField> f = new ArrayList<>();
		f.add(StateField.group("REPORTMACSTRUCT", List.of(
				StateField.of("REPORTTYPE", "TDX (0x81), subtype " + r.reportSubtype() + ", version " + r.reportVersion()),
				hex("CPUSVN", r.cpuSvn()), hex("TEE_TCB_INFO_HASH", r.teeTcbInfoHash()),
				hex("TEE_INFO_HASH", r.teeInfoHash()), hex("REPORTDATA", r.reportData()), hex("MAC", r.mac()))));
		f.add(StateField.group("TEE_TCB_INFO", List.of(hex("MRSEAM", r.mrSeam()))));
		f.add(StateField.group("TDINFO", tdInfo(r.tdAttributes(), r.xfam(), r.mrtd(), r.mrConfigId(), r.mrOwner(),
				r.mrOwnerConfig(), List.of(r.rtmr(0), r.rtmr(1), r.rtmr(2), r.rtmr(3)), hex("SERVTD_HASH", r.servTdHash()))));
		return new DecodedEvidence("TDX TDREPORT", f, TdxRegisterNames.MRTD, r.mrtd());
	}

	private static DecodedEvidence quote(TdxQuote q) {
		List<StateField> f = new ArrayList<>();
		f.add(StateField.group("Header", List.of(StateField.of("VERSION", Integer.toString(q.version())),
				StateField.of("ATTESTATION_KEY_TYPE", Integer.toString(q.attestationKeyType())),
				StateField.of("TEE_TYPE", "TDX (0x81)"),
				StateField.of("body", q.tdx15Body() ? "TDX 1.5 (648 bytes)" : "TDX 1.0 (584 bytes)"))));
		List<StateField> body = new ArrayList<>(List.of(hex("MRSEAM", q.mrSeam())));
		body.addAll(tdInfo(q.tdAttributes(), q.xfam(), q.mrtd(), q.mrConfigId(), q.mrOwner(), q.mrOwnerConfig(),
				List.of(q.rtmr(0), q.rtmr(1), q.rtmr(2), q.rtmr(3)), hex("REPORTDATA", q.reportData())));
		if (q.tdx15Body()) {
			body.add(hex("MRSERVICETD", q.mrServiceTd()));
		}
		f.add(StateField.group("TD quote body", body));
		f.add(StateField.of("signature data", q.signatureData().length + " bytes"));
		return new DecodedEvidence("TDX quote v" + q.version(), f, TdxRegisterNames.MRTD, q.mrtd());
	}

	private static List<StateField> tdInfo(byte[] attributes, byte[] xfam, byte[] mrtd, byte[] mrConfigId,
			byte[] mrOwner, byte[] mrOwnerConfig, List<byte[]> rtmrs, StateField last) {
		List<StateField> f = new ArrayList<>();
		f.add(TdxBits.attributes("ATTRIBUTES", le(attributes)));
		f.add(TdxBits.xfam("XFAM", le(xfam)));
		f.add(hex("MRTD", mrtd));
		f.add(hex("MRCONFIGID", mrConfigId));
		f.add(hex("MROWNER", mrOwner));
		f.add(hex("MROWNERCONFIG", mrOwnerConfig));
		for (int i = 0; i < rtmrs.size(); i++) {
			f.add(hex("RTMR" + i, rtmrs.get(i)));
		}
		f.add(last);
		return f;
	}

	private static long le(byte[] eight) {
		return ByteBuffer.wrap(eight).order(ByteOrder.LITTLE_ENDIAN).getLong();
	}

	private static StateField hex(String name, byte[] value) {
		return StateField.of(name, HexFormat.of().formatHex(value));
	}
}
