/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

/** A launch configuration that cannot be measured or turned into a plan: its inputs are unusable. One line. */
public class LaunchConfigException extends Exception {

	private static final long serialVersionUID = 1L;

	public LaunchConfigException(String message) {
		super(message);
	}

	public LaunchConfigException(String message, Throwable cause) {
		super(message, cause);
	}
}
