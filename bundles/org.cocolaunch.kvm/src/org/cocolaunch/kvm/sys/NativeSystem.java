/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.sys;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The system calls of the KVM backend on top of {@link LibC}: each returns its result or throws a
 * {@link SysCallException} with errno. The library is {@code -Dcocolaunch.kvm.libc} (default {@code c}), so tests
 * can run the real JNA path against a fake kernel library.
 */
public final class NativeSystem {

	public static final String LIBRARY_PROPERTY = "cocolaunch.kvm.libc";

	/** fcntl.h: O_RDWR, O_CLOEXEC. */
	public static final int O_RDWR = 0x2;
	public static final int O_CLOEXEC = 0x80000;
	/** sys/mman.h: PROT_READ|PROT_WRITE, MAP_SHARED. */
	public static final int PROT_READ_WRITE = 0x1 | 0x2;
	public static final int MAP_SHARED = 0x01;
	/** linux/memfd.h: MFD_CLOEXEC. */
	public static final int MFD_CLOEXEC = 0x1;

	private static NativeSystem shared;

	private final LibC libc;
	private final String library;

	private NativeSystem(String library) {
		this.library = library;
		this.libc = Native.load(library, LibC.class);
	}

	/** The system for the configured library (loaded once). */
	public static synchronized NativeSystem get() {
		String name = System.getProperty(LIBRARY_PROPERTY, "c");
		if (shared == null || !shared.library.equals(name)) {
			shared = new NativeSystem(name);
		}
		return shared;
	}

	public String library() {
		return library;
	}

	public int open(String path) throws SysCallException {
		int fd = libc.open(path, O_RDWR | O_CLOEXEC, 0);
		return check(fd, "open", path);
	}

	public void close(int fd) throws SysCallException {
		check(libc.close(fd), "close", "fd " + fd);
	}

	/** ioctl with an integer argument; returns the (non-negative) result. */
	public int ioctl(int fd, long request, long argument, String what) throws SysCallException {
		return check(libc.ioctl(fd, new NativeLong(request), new NativeLong(argument)), "ioctl", what);
	}

	/**
	 * ioctl with a struct: {@code bytes} are copied to native memory, passed, and overwritten with what the kernel
	 * wrote back (also when the call fails, so error fields can be read).
	 */
	public int ioctl(int fd, long request, byte[] bytes, String what) throws SysCallException {
		IoctlOutcome outcome = ioctlOutcome(fd, request, bytes);
		return check(outcome.returnValue(), outcome.errno(), "ioctl", what);
	}

	/** ioctl with a struct, never throwing: return value and errno, the struct written back into {@code bytes}. */
	public IoctlOutcome ioctlOutcome(int fd, long request, byte[] bytes) {
		try (Memory memory = new Memory(bytes.length)) {
			memory.write(0, bytes, 0, bytes.length);
			int ret = libc.ioctl(fd, new NativeLong(request), memory);
			int errno = ret < 0 ? Native.getLastError() : 0;
			memory.read(0, bytes, 0, bytes.length);
			return new IoctlOutcome(ret, errno);
		}
	}

	/** A shared read-write mapping of {@code length} bytes of {@code fd}. */
	public Pointer mmapShared(int fd, long length) throws SysCallException {
		Pointer p = libc.mmap(null, new NativeLong(length), PROT_READ_WRITE, MAP_SHARED, fd, new NativeLong(0));
		if (p == null || Pointer.nativeValue(p) == -1L) {
			throw new SysCallException("mmap", length + " bytes of fd " + fd, Native.getLastError());
		}
		return p;
	}

	public void munmap(Pointer address, long length) throws SysCallException {
		check(libc.munmap(address, new NativeLong(length)), "munmap", length + " bytes at 0x" + Long.toHexString(Pointer.nativeValue(address)));
	}

	/** An anonymous memory file of {@code length} bytes (memfd_create + ftruncate); closed again if ftruncate fails. */
	public int memfd(String name, long length) throws SysCallException {
		int fd = check(libc.memfd_create(name, MFD_CLOEXEC), "memfd_create", name);
		int ret = libc.ftruncate(fd, new NativeLong(length));
		if (ret < 0) {
			int errno = Native.getLastError();
			libc.close(fd);
			throw new SysCallException("ftruncate", name + " to " + length + " bytes", errno);
		}
		return fd;
	}

	/** The signal that interrupts a KVM_RUN (SIGRTMIN + 7), or 0 before {@link #installWakeSignal()}. */
	private int wakeSignal;

	/**
	 * Installs, once, a do-nothing handler without SA_RESTART for a real-time signal the JVM does not use, so that
	 * {@link #wake} makes a blocked KVM_RUN return EINTR (KVM_EXIT_INTR). The handler is libc's {@code sched_yield}:
	 * async-signal-safe and harmless with the signal number as its ignored argument.
	 */
	public synchronized void installWakeSignal() throws SysCallException {
		if (wakeSignal != 0) {
			return;
		}
		int signal = libc.__libc_current_sigrtmin() + 7;
		try (Memory action = new Memory(152)) {
			action.clear();
			action.setPointer(0, com.sun.jna.NativeLibrary.getInstance("c").getFunction("sched_yield"));
			action.setInt(136, 0); // sa_flags: no SA_RESTART, so the interrupted ioctl returns EINTR
			check(libc.sigaction(signal, action, null), "sigaction", "signal " + signal);
		}
		wakeSignal = signal;
	}

	/** The calling thread, for {@link #wake}. */
	public long currentThread() {
		return libc.pthread_self().longValue();
	}

	/** Sends the wake signal to {@code thread} (see {@link #installWakeSignal()}). */
	public void wake(long thread) {
		if (wakeSignal != 0) {
			libc.pthread_kill(new NativeLong(thread), wakeSignal);
		}
	}

	private static int check(int ret, String call, String what) throws SysCallException {
		return check(ret, ret < 0 ? Native.getLastError() : 0, call, what);
	}

	private static int check(int ret, int errno, String call, String what) throws SysCallException {
		if (ret < 0) {
			throw new SysCallException(call, what, errno);
		}
		return ret;
	}
}
