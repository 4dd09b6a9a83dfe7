/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

/** A report or quote file of a vendor's format that is malformed; the message is one line for people. */
public class EvidenceFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public EvidenceFormatException(String message) {
		super(message);
	}
}
