/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.plan;

import java.util.List;

/** Names of the measurement registers of a TD, in display order (all 384 bits wide). */
public final class TdxRegisterNames {

	public static final String MRTD = "MRTD";
	public static final String RTMR0 = "RTMR0";
	public static final String RTMR1 = "RTMR1";
	public static final String RTMR2 = "RTMR2";
	public static final String RTMR3 = "RTMR3";
	public static final String MRCONFIGID = "MRCONFIGID";
	public static final String MROWNER = "MROWNER";
	public static final String MROWNERCONFIG = "MROWNERCONFIG";

	public static final List<String> ALL = List.of(MRTD, RTMR0, RTMR1, RTMR2, RTMR3, MRCONFIGID, MROWNER, MROWNERCONFIG);

	/** Width of every TDX measurement register. */
	public static final int WIDTH_BITS = 384;

	private TdxRegisterNames() {
	}

	/** RTMR{@code index}. */
	public static String rtmr(int index) {
		return "RTMR" + index;
	}
}
