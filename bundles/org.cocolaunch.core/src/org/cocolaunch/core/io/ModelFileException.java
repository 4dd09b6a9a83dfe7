/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;

/** A plan or trace file that cannot be read or written; the message is one line naming the file and the problem. */
public class ModelFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ModelFileException(String message, Throwable cause) {
		super(message, cause);
	}

	public ModelFileException(String message) {
		super(message);
	}
}
