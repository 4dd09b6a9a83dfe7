/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import java.util.Arrays;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.KvmIoctls;
import org.cocolaunch.kvm.abi.TdxStructs;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

/** The open {@code /dev/kvm}: API version, capabilities, and VM creation. Its fd is released with the stack. */
public final class KvmDevice {

	public static final String DEFAULT_PATH = "/dev/kvm";

	private final NativeSystem sys;
	private final ResourceStack stack;
	private final int fd;

	private KvmDevice(NativeSystem sys, ResourceStack stack, int fd) {
		this.sys = sys;
		this.stack = stack;
		this.fd = fd;
	}

	/** Opens the device read-write; the fd is pushed onto {@code stack}. */
	public static KvmDevice open(NativeSystem sys, ResourceStack stack, String path) throws SysCallException {
		int fd = sys.open(path);
		stack.push("fd " + fd + " (" + path + ")", () -> sys.close(fd));
		return new KvmDevice(sys, stack, fd);
	}

	public int fd() {
		return fd;
	}

	/** KVM_GET_API_VERSION: 12 on every kernel that has KVM. */
	public int apiVersion() throws SysCallException {
		return sys.ioctl(fd, KvmIoctls.KVM_GET_API_VERSION, 0, "KVM_GET_API_VERSION");
	}

	/** KVM_CHECK_EXTENSION on /dev/kvm: 0 when the capability is absent, else its (often boolean) value. */
	public int checkExtension(long capability) throws SysCallException {
		return sys.ioctl(fd, KvmIoctls.KVM_CHECK_EXTENSION, capability, "KVM_CHECK_EXTENSION " + capability);
	}

	/** KVM_CHECK_EXTENSION(KVM_CAP_VM_TYPES), decoded. */
	public VmTypes vmTypes() throws SysCallException {
		return VmTypes.fromCapability(Integer.toUnsignedLong(checkExtension(KvmConstants.KVM_CAP_VM_TYPES)));
	}

	/** KVM_GET_VCPU_MMAP_SIZE: how many bytes of a vCPU fd to map (struct kvm_run and the pages after it). */
	public int vcpuMmapSize() throws SysCallException {
		return sys.ioctl(fd, KvmIoctls.KVM_GET_VCPU_MMAP_SIZE, 0, "KVM_GET_VCPU_MMAP_SIZE");
	}

	/**
	 * KVM_GET_SUPPORTED_CPUID: struct kvm_cpuid2 with the entries KVM can give a guest, trimmed to {@code nent}; room
	 * for {@code capacity} entries is offered (KVM answers E2BIG when that is too few).
	 */
	public byte[] supportedCpuid(int capacity) throws SysCallException {
		int header = TdxStructs.KVM_CPUID2.size();
		int entry = TdxStructs.KVM_CPUID_ENTRY2.size();
		byte[] bytes = new byte[header + capacity * entry];
		TdxStructs.KVM_CPUID2.wrap(bytes).u32("nent", capacity);
		sys.ioctl(fd, KvmIoctls.KVM_GET_SUPPORTED_CPUID, bytes, "KVM_GET_SUPPORTED_CPUID (" + capacity + " entries)");
		int nent = (int) TdxStructs.KVM_CPUID2.wrap(bytes).getU32("nent");
		return Arrays.copyOf(bytes, header + nent * entry);
	}

	/** KVM_CREATE_VM with {@code type} (0–5); the VM fd is pushed onto the stack. */
	public KvmVm createVm(long type) throws SysCallException {
		int vmFd = sys.ioctl(fd, KvmIoctls.KVM_CREATE_VM, type, "KVM_CREATE_VM " + VmTypes.name(type));
		stack.push("fd " + vmFd + " (VM, " + VmTypes.name(type) + ")", () -> sys.close(vmFd));
		return new KvmVm(sys, stack, vmFd, type);
	}
}
