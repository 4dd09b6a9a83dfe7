/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import org.cocolaunch.tdx.core.TdxInputException;

/** A CCEL event log that cannot be read; the message is one line naming the file, the record and the field. */
public final class EventLogFormatException extends TdxInputException {

	private static final long serialVersionUID = 1L;

	public EventLogFormatException(String file, String message) {
		super(file + ": " + message);
	}
}
