/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import org.cocolaunch.kvm.abi.KvmIoctls;
import org.cocolaunch.kvm.sys.IoctlOutcome;
import org.cocolaunch.kvm.sys.NativeSystem;

/** A vCPU made by {@code KVM_CREATE_VCPU}; TDX issues some launch commands on it. */
public final class KvmVcpu {

	private final NativeSystem sys;
	private final int fd;
	private final int id;

	KvmVcpu(NativeSystem sys, int fd, int id) {
		this.sys = sys;
		this.fd = fd;
		this.id = id;
	}

	public int fd() {
		return fd;
	}

	public int id() {
		return id;
	}

	/** KVM_MEMORY_ENCRYPT_OP on this vCPU with a command struct (written back in place). */
	public IoctlOutcome encryptOp(byte[] command) {
		return sys.ioctlOutcome(fd, KvmIoctls.KVM_MEMORY_ENCRYPT_OP, command);
	}
}
