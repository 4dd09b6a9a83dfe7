/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core;

/**
 * A launch input (firmware image, kernel, memory size, ...) cannot be used to describe a TDX launch. The message is
 * one line meant for the user: it names the input and says what was expected.
 */
public class TdxInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public TdxInputException(String message) {
		super(message);
	}

	public TdxInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
