/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

/** A configuration search could not run (unreadable or unusable inputs); the message is one line. */
public class ExplainException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExplainException(String message, Throwable cause) {
		super(message, cause);
	}
}
