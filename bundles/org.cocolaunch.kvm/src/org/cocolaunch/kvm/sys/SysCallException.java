/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.sys;

import org.cocolaunch.core.backend.Errno;

/** A system call failed; carries the call, what it was for, and errno. The message is one line. */
public class SysCallException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String call;
	private final int errno;

	public SysCallException(String call, String what, int errno) {
		super(call + " (" + what + ") failed: " + Errno.name(errno));
		this.call = call;
		this.errno = errno;
	}

	public String call() {
		return call;
	}

	public int errno() {
		return errno;
	}
}
