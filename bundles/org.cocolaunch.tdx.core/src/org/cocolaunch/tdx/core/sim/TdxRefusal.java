/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import org.cocolaunch.core.backend.Errno;

/**
 * A launch command refused by KVM or the TDX module: what the ioctl returns to user space. {@code status} is the
 * SEAMCALL status KVM passes back in {@code hw_error} (0 when KVM refused before calling the module).
 */
final class TdxRefusal extends Exception {

	private static final long serialVersionUID = 1L;

	/** Linux errno values KVM returns for TDX commands (domain reference §1.9). */
	static final int EIO = Errno.EIO;
	static final int EBADF = Errno.EBADF;
	static final int EEXIST = Errno.EEXIST;
	static final int EINVAL = Errno.EINVAL;

	private final int errno;
	private final long status;

	TdxRefusal(int errno, long status, String message) {
		super(message, null, false, false);
		this.errno = errno;
		this.status = status;
	}

	/** Refused by KVM itself; the module was not called. */
	static TdxRefusal kvm(int errno, String message) {
		return new TdxRefusal(errno, 0, message);
	}

	/** Refused by the module with {@code status}; KVM returns {@code errno}. */
	static TdxRefusal module(int errno, long status, String message) {
		return new TdxRefusal(errno, status, message);
	}

	int errno() {
		return errno;
	}

	long status() {
		return status;
	}
}
