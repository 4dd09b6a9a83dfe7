/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.model.TdParams;

/**
 * The TDREPORT_STRUCT of a simulated TD (domain reference §5.3): REPORTTYPE TDX (0x81) version 0, TDINFO from the
 * TD's TD_PARAMS and measurement registers, REPORTDATA as given. There is no SEAM module to measure, so CPUSVN and
 * TEE_TCB_INFO are zero and the MAC is zero. TEE_INFO_HASH is SHA-384 of TDINFO and TEE_TCB_INFO_HASH SHA-384 of the
 * 239 TEE_TCB_INFO bytes — both definitions UNVERIFIED (domain reference §3.3.3). RTMRs the launch inputs do not
 * determine are reported as zero.
 */
final class TdReportBuilder {

	static final int REPORT_DATA_SIZE = 64;
	private static final int TEE_TCB_INFO_HASH = 0x020;
	private static final int TEE_INFO_HASH = 0x050;
	private static final int REPORT_DATA = 0x080;
	private static final int TEE_TCB_INFO = 0x100;
	private static final int TEE_TCB_INFO_SIZE = 239;
	private static final int TDINFO = 0x200;
	private static final int TDINFO_SIZE = 512;

	private TdReportBuilder() {
	}

	static byte[] build(TdParams params, byte[] mrtd, List<byte[]> rtmrs, byte[] reportData) {
		if (reportData.length != REPORT_DATA_SIZE) {
			throw new IllegalArgumentException("REPORTDATA must be " + REPORT_DATA_SIZE + " bytes, got " + reportData.length);
		}
		ByteBuffer b = ByteBuffer.allocate(TdReport.SIZE).order(ByteOrder.LITTLE_ENDIAN);
		b.put(0, (byte) TdReport.TYPE_TDX);
		b.put(REPORT_DATA, reportData);
		b.position(TDINFO);
		b.putLong(params.getAttributes());
		b.putLong(params.getXfam());
		b.put(mrtd);
		b.put(params.getMrConfigId());
		b.put(params.getMrOwner());
		b.put(params.getMrOwnerConfig());
		for (byte[] rtmr : rtmrs) {
			b.put(rtmr == null ? new byte[Sha384.LENGTH] : rtmr);
		}
		byte[] report = b.array();
		System.arraycopy(Sha384.of(report, TDINFO, TDINFO_SIZE), 0, report, TEE_INFO_HASH, Sha384.LENGTH);
		System.arraycopy(Sha384.of(report, TEE_TCB_INFO, TEE_TCB_INFO_SIZE), 0, report, TEE_TCB_INFO_HASH, Sha384.LENGTH);
		return report;
	}
}
