/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.sys;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The C library calls the backend makes, bound by JNA to the library named by {@link NativeSystem#LIBRARY_PROPERTY}
 * (the real libc, or a fake kernel in tests). On failure each returns -1 (mmap: MAP_FAILED) and errno is read with
 * {@code Native.getLastError()}.
 */
public interface LibC extends Library {

	int open(String path, int flags, int mode);

	int close(int fd);

	/** ioctl with a pointer argument (a struct). */
	int ioctl(int fd, NativeLong request, Pointer argument);

	/** ioctl with an integer argument (a VM type, a vCPU id, a capability number). */
	int ioctl(int fd, NativeLong request, NativeLong argument);

	Pointer mmap(Pointer address, NativeLong length, int protection, int flags, int fd, NativeLong offset);

	int munmap(Pointer address, NativeLong length);

	int memfd_create(String name, int flags);

	int ftruncate(int fd, NativeLong length);

	/** The calling thread's pthread_t (to interrupt its KVM_RUN). */
	NativeLong pthread_self();

	int pthread_kill(NativeLong thread, int signal);

	/** glibc's struct sigaction (x86-64: handler, 128-byte mask, flags, restorer). */
	int sigaction(int signal, Pointer action, Pointer oldAction);

	/** glibc: the first real-time signal the application may use. */
	int __libc_current_sigrtmin();
}
