/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core;

/**
 * A problem with the inputs of a measurement (unreadable file, malformed firmware, inconsistent options) that the
 * user can fix. The message is always a single line that names the input and what was expected, so front ends can
 * print it as is, without a stack trace.
 */
public class SevInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public SevInputException(String message) {
		super(oneLine(message));
	}

	public SevInputException(String message, Throwable cause) {
		super(oneLine(message), cause);
	}

	private static String oneLine(String message) {
		return message == null ? "unknown error" : message.replace('\r', ' ').replace('\n', ' ');
	}
}
