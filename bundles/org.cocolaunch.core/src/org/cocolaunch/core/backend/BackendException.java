/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

/**
 * The backend itself cannot go on (an input file is missing or does not match its digest, a step is malformed
 * beyond what the firmware would check). The message is one line naming the step or file and what was expected.
 */
public class BackendException extends Exception {

	private static final long serialVersionUID = 1L;

	public BackendException(String message) {
		super(message);
	}

	public BackendException(String message, Throwable cause) {
		super(message, cause);
	}
}
