/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.kvm.abi.KvmIoctls;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.abi.VcpuStructs;
import org.cocolaunch.kvm.sys.IoctlOutcome;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

/**
 * A vCPU made by {@code KVM_CREATE_VCPU}: its register ioctls (used to give an SEV-ES/SNP vCPU the state KVM then
 * copies into its VMSA) and, for TDX, the launch commands issued on it.
 */
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

	/** KVM_GET_REGS: struct kvm_regs as KVM has it. */
	public StructBytes getRegs() throws SysCallException {
		StructBytes s = VcpuStructs.KVM_REGS.allocate();
		sys.ioctl(fd, KvmIoctls.KVM_GET_REGS, s.bytes(), "KVM_GET_REGS on vCPU " + id);
		return s;
	}

	/** KVM_GET_FPU: struct kvm_fpu as KVM has it. */
	public StructBytes getFpu() throws SysCallException {
		StructBytes s = VcpuStructs.KVM_FPU.allocate();
		sys.ioctl(fd, KvmIoctls.KVM_GET_FPU, s.bytes(), "KVM_GET_FPU on vCPU " + id);
		return s;
	}

	/** KVM_GET_XCRS: struct kvm_xcrs as KVM has it. */
	public StructBytes getXcrs() throws SysCallException {
		StructBytes s = VcpuStructs.KVM_XCRS.allocate();
		sys.ioctl(fd, KvmIoctls.KVM_GET_XCRS, s.bytes(), "KVM_GET_XCRS on vCPU " + id);
		return s;
	}

	/** KVM_GET_DEBUGREGS: struct kvm_debugregs as KVM has it. */
	public StructBytes getDebugRegs() throws SysCallException {
		StructBytes s = VcpuStructs.KVM_DEBUGREGS.allocate();
		sys.ioctl(fd, KvmIoctls.KVM_GET_DEBUGREGS, s.bytes(), "KVM_GET_DEBUGREGS on vCPU " + id);
		return s;
	}

	/** KVM_GET_MSRS for {@code indices}: the values in order (KVM returns how many it read; fewer is an error). */
	public long[] getMsrs(long... indices) throws SysCallException {
		int header = VcpuStructs.KVM_MSRS.size();
		int entry = VcpuStructs.KVM_MSR_ENTRY.size();
		byte[] bytes = new byte[header + indices.length * entry];
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0, indices.length);
		for (int i = 0; i < indices.length; i++) {
			b.putInt(header + i * entry, (int) indices[i]);
		}
		int read = sys.ioctl(fd, KvmIoctls.KVM_GET_MSRS, bytes, "KVM_GET_MSRS on vCPU " + id);
		if (read != indices.length) {
			throw new SysCallException("ioctl", "KVM_GET_MSRS on vCPU " + id + " read only " + read + " of " + indices.length
					+ " MSRs", Errno.EINVAL);
		}
		long[] values = new long[indices.length];
		for (int i = 0; i < indices.length; i++) {
			values[i] = b.getLong(header + i * entry + 8);
		}
		return values;
	}

	/** KVM_RUN: enters the guest until the next exit to userspace (the reason is in the mapped struct kvm_run). */
	public void run() throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_RUN, 0, "KVM_RUN on vCPU " + id);
	}

	/** KVM_SET_REGS with struct kvm_regs. */
	public void setRegs(byte[] regs) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_REGS, regs, "KVM_SET_REGS on vCPU " + id);
	}

	/** KVM_GET_SREGS: struct kvm_sregs as KVM has it. */
	public StructBytes getSregs() throws SysCallException {
		StructBytes s = VcpuStructs.KVM_SREGS.allocate();
		sys.ioctl(fd, KvmIoctls.KVM_GET_SREGS, s.bytes(), "KVM_GET_SREGS on vCPU " + id);
		return s;
	}

	/** KVM_SET_SREGS with struct kvm_sregs. */
	public void setSregs(StructBytes sregs) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_SREGS, sregs.bytes(), "KVM_SET_SREGS on vCPU " + id);
	}

	/** KVM_SET_CPUID2 with struct kvm_cpuid2 and its entries (the CPUID the guest sees; TDX needs x2APIC in it). */
	public void setCpuid2(byte[] cpuid2) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_CPUID2, cpuid2, "KVM_SET_CPUID2 on vCPU " + id);
	}

	/** KVM_SET_FPU with struct kvm_fpu. */
	public void setFpu(byte[] fpu) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_FPU, fpu, "KVM_SET_FPU on vCPU " + id);
	}

	/** KVM_SET_XCRS with struct kvm_xcrs. */
	public void setXcrs(byte[] xcrs) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_XCRS, xcrs, "KVM_SET_XCRS on vCPU " + id);
	}

	/** KVM_SET_DEBUGREGS with struct kvm_debugregs. */
	public void setDebugRegs(byte[] debugRegs) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_DEBUGREGS, debugRegs, "KVM_SET_DEBUGREGS on vCPU " + id);
	}

	/**
	 * KVM_SET_MSRS with struct kvm_msrs and its entries; KVM returns how many it set, and stops at the first it
	 * refuses, so fewer than asked is an error too.
	 */
	public void setMsrs(byte[] msrs) throws SysCallException {
		long wanted = VcpuStructs.KVM_MSRS.wrap(msrs).getU32("nmsrs");
		int set = sys.ioctl(fd, KvmIoctls.KVM_SET_MSRS, msrs, "KVM_SET_MSRS on vCPU " + id);
		if (set != wanted) {
			throw new SysCallException("ioctl", "KVM_SET_MSRS on vCPU " + id + " set only " + set + " of " + wanted + " MSRs",
					Errno.EINVAL);
		}
	}
}
