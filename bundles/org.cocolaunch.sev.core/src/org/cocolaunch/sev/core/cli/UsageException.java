/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.cli;

/** A command-line usage error (exit status 2, like argparse). */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
