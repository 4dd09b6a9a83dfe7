/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file that cannot be read as the kind it was declared: missing, not a regular file, too large, unreadable.
 * The message is one line {@code FILE: REASON}, the file as the user named it; {@link #reason()} is the part after it,
 * for callers that name the file their own way.
 */
public class InputFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	public InputFileException(Path file, String reason) {
		this(file, reason, null);
	}

	public InputFileException(Path file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.reason = reason;
	}

	/** What is wrong, without the file: {@code is a FIFO, expected a regular file}. */
	public String reason() {
		return reason;
	}
}
