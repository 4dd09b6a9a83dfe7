/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

/**
 * One check of a verification: its group ({@link #SIGNATURE}, {@link #CHAIN} or {@link #CONSISTENCY}), a short
 * stable name (e.g. {@code report signature}), the outcome and one line saying why.
 */
public record EvidenceCheck(String group, String name, CheckOutcome outcome, String reason) {

	/** The evidence's own signature(s). */
	public static final String SIGNATURE = "signature";
	/** The certificate chain from the signing key up to the pinned vendor root. */
	public static final String CHAIN = "chain";
	/** Offline consistency of the evidence with its certificates (TCB, chip ID, product). */
	public static final String CONSISTENCY = "consistency";

	public static EvidenceCheck pass(String group, String name, String reason) {
		return new EvidenceCheck(group, name, CheckOutcome.PASS, reason);
	}

	public static EvidenceCheck fail(String group, String name, String reason) {
		return new EvidenceCheck(group, name, CheckOutcome.FAIL, reason);
	}

	public static EvidenceCheck notChecked(String group, String name, String reason) {
		return new EvidenceCheck(group, name, CheckOutcome.NOT_CHECKED, reason);
	}

	public boolean failed() {
		return outcome == CheckOutcome.FAIL;
	}
}
