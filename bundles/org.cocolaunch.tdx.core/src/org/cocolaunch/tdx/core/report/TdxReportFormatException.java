/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.report;

import org.cocolaunch.tdx.core.TdxInputException;

/** A TDREPORT or quote blob does not have the expected layout; the only exception the report parsers throw. */
public final class TdxReportFormatException extends TdxInputException {

	private static final long serialVersionUID = 1L;

	public TdxReportFormatException(String name, String problem) {
		super(name + ": " + problem);
	}
}
