/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import org.cocolaunch.sev.core.SevInputException;

/** An attestation report binary that is not a well-formed SNP ATTESTATION_REPORT; the message is one line. */
public class ReportFormatException extends SevInputException {

	private static final long serialVersionUID = 1L;

	public ReportFormatException(String message) {
		super(message);
	}
}
