/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

/** Bad command-line usage: reported in one line, exit code 2. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
