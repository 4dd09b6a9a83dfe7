/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The ioctl request encoding of include/uapi/asm-generic/ioctl.h, which x86 uses: bits 7:0 the number, 15:8 the
 * type (KVMIO = 0xAE), 29:16 the argument size, 31:30 the direction (none 0, write 1, read 2, both 3).
 */
public final class Ioctl {

	/** _IOC_NRSHIFT, _IOC_TYPESHIFT, _IOC_SIZESHIFT, _IOC_DIRSHIFT (asm-generic/ioctl.h). */
	static final int NR_SHIFT = 0;
	static final int TYPE_SHIFT = 8;
	static final int SIZE_SHIFT = 16;
	static final int DIR_SHIFT = 30;
	/** _IOC_SIZEBITS = 14. */
	static final int SIZE_MASK = (1 << 14) - 1;

	/** _IOC_NONE, _IOC_WRITE, _IOC_READ. */
	public static final int DIR_NONE = 0;
	public static final int DIR_WRITE = 1;
	public static final int DIR_READ = 2;

	private Ioctl() {
	}

	/** _IOC(dir, type, nr, size) as an unsigned 32-bit value. */
	public static long ioc(int dir, int type, int nr, int size) {
		if (size < 0 || size > SIZE_MASK) {
			throw new IllegalArgumentException("ioctl argument size " + size + " does not fit in 14 bits");
		}
		return ((long) dir << DIR_SHIFT) | ((long) size << SIZE_SHIFT) | ((long) (type & 0xFF) << TYPE_SHIFT)
				| ((long) (nr & 0xFF) << NR_SHIFT);
	}

	/** _IO(type, nr). */
	public static long io(int type, int nr) {
		return ioc(DIR_NONE, type, nr, 0);
	}

	/** _IOR(type, nr, size). */
	public static long ior(int type, int nr, int size) {
		return ioc(DIR_READ, type, nr, size);
	}

	/** _IOW(type, nr, size). */
	public static long iow(int type, int nr, int size) {
		return ioc(DIR_WRITE, type, nr, size);
	}

	/** _IOWR(type, nr, size). */
	public static long iowr(int type, int nr, int size) {
		return ioc(DIR_READ | DIR_WRITE, type, nr, size);
	}
}
