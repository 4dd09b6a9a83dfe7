/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

/** A command that could not do its work (unreadable input, bad file): reported in one line, exit code 1. */
public class CliFailure extends Exception {

	private static final long serialVersionUID = 1L;

	public CliFailure(String message) {
		super(message);
	}

	public CliFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
