/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.sys;

/** What one ioctl returned: its return value and, when it failed, errno. */
public record IoctlOutcome(int returnValue, int errno) {

	public boolean failed() {
		return returnValue < 0;
	}
}
