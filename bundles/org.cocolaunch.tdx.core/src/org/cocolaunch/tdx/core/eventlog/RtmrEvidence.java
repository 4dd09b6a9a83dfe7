/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.core.report.TdxQuote;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;

/**
 * RTMR0..3 read from a TD quote (v4/v5) or a TDREPORT, to compare with a replayed log.
 *
 * @param format "TDREPORT" or "quote v4"/"quote v5"
 * @param rtmrs  four 48-byte values
 */
public record RtmrEvidence(String format, List<byte[]> rtmrs) {

	/** Reads {@code data} as a TDREPORT when {@code report}, else as a quote. */
	public static RtmrEvidence read(byte[] data, String name, boolean report) throws TdxReportFormatException {
		List<byte[]> r = new ArrayList<>();
		if (report) {
			TdReport t = TdReport.parse(data, name);
			for (int i = 0; i < 4; i++) {
				r.add(t.rtmr(i));
			}
			return new RtmrEvidence("TDREPORT", r);
		}
		TdxQuote q = TdxQuote.parse(data, name);
		for (int i = 0; i < 4; i++) {
			r.add(q.rtmr(i));
		}
		return new RtmrEvidence("quote v" + q.version(), r);
	}

	/** Reads {@code data} as whichever it is: a 1024-byte TDREPORT (type 0x81) or a quote. */
	public static RtmrEvidence detect(byte[] data, String name) throws TdxReportFormatException {
		boolean report = data.length == TdReport.SIZE && (data[0] & 0xFF) == TdReport.TYPE_TDX
				&& (data.length < 8 || ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(4) != TdxQuote.TEE_TYPE_TDX);
		return read(data, name, report);
	}
}
