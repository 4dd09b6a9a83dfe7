/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

/** The Linux errno values KVM's SEV code returns (asm-generic/errno-base.h; domain reference §1.9). */
public final class Errno {

	public static final int EPERM = 1;
	public static final int EIO = 5;
	public static final int EBADF = 9;
	public static final int EFAULT = 14;
	public static final int EEXIST = 17;
	public static final int EINVAL = 22;
	public static final int ENOTTY = 25;

	private Errno() {
	}

	/** The symbolic name, e.g. {@code EIO}. */
	public static String name(int errno) {
		return switch (errno) {
		case EPERM -> "EPERM";
		case EIO -> "EIO";
		case EBADF -> "EBADF";
		case EFAULT -> "EFAULT";
		case EEXIST -> "EEXIST";
		case EINVAL -> "EINVAL";
		case ENOTTY -> "ENOTTY";
		default -> "errno " + errno;
		};
	}
}
