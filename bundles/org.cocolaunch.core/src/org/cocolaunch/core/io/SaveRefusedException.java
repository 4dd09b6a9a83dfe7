/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;

/** A save that was not attempted because it would replace the wrong thing; the message is one line naming the file. */
public class SaveRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	public SaveRefusedException(String message) {
		super(message);
	}
}
