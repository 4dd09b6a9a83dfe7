/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

/**
 * The log cannot be imported at all: it cannot be read, holds no launch events, or an input file is unreadable.
 * The message is one line naming the file.
 */
public class TraceImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public TraceImportException(String message) {
		super(message);
	}

	public TraceImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
