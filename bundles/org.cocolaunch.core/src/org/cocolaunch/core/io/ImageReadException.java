/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

/**
 * An {@link ImageBytes} read in place failed part-way (the file vanished, shrank, grew or became unreadable). Unchecked
 * because it surfaces inside hashing loops; the measurers turn it into their input exception. The message is one line
 * starting with the file.
 */
public class ImageReadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImageReadException(String message, Throwable cause) {
		super(message, cause);
	}
}
