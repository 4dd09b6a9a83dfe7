/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.util.Map;

/** The errno values of Linux x86-64 (asm-generic/errno-base.h, errno.h) that KVM launch ioctls return, by name. */
public final class Errno {

	public static final int EPERM = 1;
	public static final int ENOENT = 2;
	public static final int EINTR = 4;
	public static final int EIO = 5;
	public static final int ENXIO = 6;
	public static final int E2BIG = 7;
	public static final int EBADF = 9;
	public static final int EAGAIN = 11;
	public static final int ENOMEM = 12;
	public static final int EACCES = 13;
	public static final int EFAULT = 14;
	public static final int EBUSY = 16;
	public static final int EEXIST = 17;
	public static final int ENODEV = 19;
	public static final int EINVAL = 22;
	public static final int ENOSPC = 28;
	public static final int ENOTTY = 25;
	public static final int ENOSYS = 38;
	public static final int EOPNOTSUPP = 95;

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(EPERM, "EPERM"), Map.entry(ENOENT, "ENOENT"),
			Map.entry(EINTR, "EINTR"), Map.entry(EIO, "EIO"), Map.entry(ENXIO, "ENXIO"), Map.entry(E2BIG, "E2BIG"),
			Map.entry(EBADF, "EBADF"), Map.entry(EAGAIN, "EAGAIN"), Map.entry(ENOMEM, "ENOMEM"), Map.entry(EACCES, "EACCES"),
			Map.entry(EFAULT, "EFAULT"), Map.entry(EBUSY, "EBUSY"), Map.entry(EEXIST, "EEXIST"), Map.entry(ENODEV, "ENODEV"),
			Map.entry(EINVAL, "EINVAL"), Map.entry(ENOSPC, "ENOSPC"), Map.entry(ENOTTY, "ENOTTY"), Map.entry(ENOSYS, "ENOSYS"),
			Map.entry(EOPNOTSUPP, "EOPNOTSUPP"));

	private Errno() {
	}

	/** E.g. 22 → {@code EINVAL}; unknown values as {@code errno N}. */
	public static String name(int errno) {
		String name = NAMES.get(errno);
		return name != null ? name : "errno " + errno;
	}
}
