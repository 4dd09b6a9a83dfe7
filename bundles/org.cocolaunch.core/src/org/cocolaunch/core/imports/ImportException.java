/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.imports;

/** An import that cannot go on (an input file unreadable or unusable); one line for people. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
