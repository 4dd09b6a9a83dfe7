/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

import java.lang.reflect.Field;

/**
 * The ioctl request numbers the backend issues, computed with the kernel's own macros ({@link Ioctl}) from the
 * definitions in include/uapi/linux/kvm.h, quoted beside each. Argument sizes are the struct sizes of
 * {@link MemoryStructs}, {@link VmStructs} and {@link VcpuStructs}; {@code unsigned long} is 8 bytes on x86-64. {@link AbiDump} lists every public field.
 */
public final class KvmIoctls {

	private static final int KVMIO = (int) KvmConstants.KVMIO;

	/** #define KVM_GET_API_VERSION _IO(KVMIO, 0x00) */
	public static final long KVM_GET_API_VERSION = Ioctl.io(KVMIO, 0x00);
	/** #define KVM_CREATE_VM _IO(KVMIO, 0x01) — the argument is the VM type */
	public static final long KVM_CREATE_VM = Ioctl.io(KVMIO, 0x01);
	/** #define KVM_CHECK_EXTENSION _IO(KVMIO, 0x03) */
	public static final long KVM_CHECK_EXTENSION = Ioctl.io(KVMIO, 0x03);
	/** #define KVM_CREATE_VCPU _IO(KVMIO, 0x41) — the argument is the vCPU id */
	public static final long KVM_CREATE_VCPU = Ioctl.io(KVMIO, 0x41);
	/** #define KVM_SET_USER_MEMORY_REGION2 _IOW(KVMIO, 0x49, struct kvm_userspace_memory_region2) */
	public static final long KVM_SET_USER_MEMORY_REGION2 = Ioctl.iow(KVMIO, 0x49,
			MemoryStructs.KVM_USERSPACE_MEMORY_REGION2.size());
	/** #define KVM_ENABLE_CAP _IOW(KVMIO, 0xa3, struct kvm_enable_cap) */
	public static final long KVM_ENABLE_CAP = Ioctl.iow(KVMIO, 0xa3, VmStructs.KVM_ENABLE_CAP.size());
	/** #define KVM_MEMORY_ENCRYPT_OP _IOWR(KVMIO, 0xba, unsigned long) */
	public static final long KVM_MEMORY_ENCRYPT_OP = Ioctl.iowr(KVMIO, 0xba, Long.BYTES);
	/** #define KVM_MEMORY_ENCRYPT_REG_REGION _IOR(KVMIO, 0xbb, struct kvm_enc_region) */
	public static final long KVM_MEMORY_ENCRYPT_REG_REGION = Ioctl.ior(KVMIO, 0xbb, MemoryStructs.KVM_ENC_REGION.size());
	/** #define KVM_MEMORY_ENCRYPT_UNREG_REGION _IOR(KVMIO, 0xbc, struct kvm_enc_region) */
	public static final long KVM_MEMORY_ENCRYPT_UNREG_REGION = Ioctl.ior(KVMIO, 0xbc, MemoryStructs.KVM_ENC_REGION.size());
	/** #define KVM_SET_MEMORY_ATTRIBUTES _IOW(KVMIO, 0xd2, struct kvm_memory_attributes) */
	public static final long KVM_SET_MEMORY_ATTRIBUTES = Ioctl.iow(KVMIO, 0xd2, MemoryStructs.KVM_MEMORY_ATTRIBUTES.size());
	/** #define KVM_CREATE_GUEST_MEMFD _IOWR(KVMIO, 0xd4, struct kvm_create_guest_memfd) */
	public static final long KVM_CREATE_GUEST_MEMFD = Ioctl.iowr(KVMIO, 0xd4, MemoryStructs.KVM_CREATE_GUEST_MEMFD.size());

	/** #define KVM_SET_REGS _IOW(KVMIO, 0x82, struct kvm_regs) */
	public static final long KVM_SET_REGS = Ioctl.iow(KVMIO, 0x82, VcpuStructs.KVM_REGS.size());
	/** #define KVM_GET_SREGS _IOR(KVMIO, 0x83, struct kvm_sregs) */
	public static final long KVM_GET_SREGS = Ioctl.ior(KVMIO, 0x83, VcpuStructs.KVM_SREGS.size());
	/** #define KVM_SET_SREGS _IOW(KVMIO, 0x84, struct kvm_sregs) */
	public static final long KVM_SET_SREGS = Ioctl.iow(KVMIO, 0x84, VcpuStructs.KVM_SREGS.size());
	/** #define KVM_SET_MSRS _IOW(KVMIO, 0x89, struct kvm_msrs) — the header only; the entries follow it */
	public static final long KVM_SET_MSRS = Ioctl.iow(KVMIO, 0x89, VcpuStructs.KVM_MSRS.size());
	/** #define KVM_SET_CPUID2 _IOW(KVMIO, 0x90, struct kvm_cpuid2) — the header only; the entries follow it */
	public static final long KVM_SET_CPUID2 = Ioctl.iow(KVMIO, 0x90, TdxStructs.KVM_CPUID2.size());
	/** #define KVM_SET_FPU _IOW(KVMIO, 0x8d, struct kvm_fpu) */
	public static final long KVM_SET_FPU = Ioctl.iow(KVMIO, 0x8d, VcpuStructs.KVM_FPU.size());
	/** #define KVM_SET_DEBUGREGS _IOW(KVMIO, 0xa2, struct kvm_debugregs) */
	public static final long KVM_SET_DEBUGREGS = Ioctl.iow(KVMIO, 0xa2, VcpuStructs.KVM_DEBUGREGS.size());
	/** #define KVM_SET_XCRS _IOW(KVMIO, 0xa7, struct kvm_xcrs) */
	public static final long KVM_SET_XCRS = Ioctl.iow(KVMIO, 0xa7, VcpuStructs.KVM_XCRS.size());

	/** #define KVM_GET_VCPU_MMAP_SIZE _IO(KVMIO, 0x04) — the size of the vCPU fd's mapping (struct kvm_run and pages after it) */
	public static final long KVM_GET_VCPU_MMAP_SIZE = Ioctl.io(KVMIO, 0x04);
	/** #define KVM_GET_SUPPORTED_CPUID _IOWR(KVMIO, 0x05, struct kvm_cpuid2) — the header only; the entries follow it */
	public static final long KVM_GET_SUPPORTED_CPUID = Ioctl.iowr(KVMIO, 0x05, TdxStructs.KVM_CPUID2.size());
	/** #define KVM_SET_USER_MEMORY_REGION _IOW(KVMIO, 0x46, struct kvm_userspace_memory_region) */
	public static final long KVM_SET_USER_MEMORY_REGION = Ioctl.iow(KVMIO, 0x46, RunStructs.KVM_USERSPACE_MEMORY_REGION.size());
	/** #define KVM_SET_TSS_ADDR _IO(KVMIO, 0x47) — the argument is the address */
	public static final long KVM_SET_TSS_ADDR = Ioctl.io(KVMIO, 0x47);
	/** #define KVM_SET_IDENTITY_MAP_ADDR _IOW(KVMIO, 0x48, __u64) */
	public static final long KVM_SET_IDENTITY_MAP_ADDR = Ioctl.iow(KVMIO, 0x48, Long.BYTES);
	/** #define KVM_CREATE_IRQCHIP _IO(KVMIO, 0x60) */
	public static final long KVM_CREATE_IRQCHIP = Ioctl.io(KVMIO, 0x60);
	/** #define KVM_CREATE_PIT2 _IOW(KVMIO, 0x77, struct kvm_pit_config) */
	public static final long KVM_CREATE_PIT2 = Ioctl.iow(KVMIO, 0x77, RunStructs.KVM_PIT_CONFIG.size());
	/** #define KVM_RUN _IO(KVMIO, 0x80) */
	public static final long KVM_RUN = Ioctl.io(KVMIO, 0x80);
	/** #define KVM_GET_REGS _IOR(KVMIO, 0x81, struct kvm_regs) */
	public static final long KVM_GET_REGS = Ioctl.ior(KVMIO, 0x81, VcpuStructs.KVM_REGS.size());
	/** #define KVM_GET_MSRS _IOWR(KVMIO, 0x88, struct kvm_msrs) — the header only; the entries follow it */
	public static final long KVM_GET_MSRS = Ioctl.iowr(KVMIO, 0x88, VcpuStructs.KVM_MSRS.size());
	/** #define KVM_GET_FPU _IOR(KVMIO, 0x8c, struct kvm_fpu) */
	public static final long KVM_GET_FPU = Ioctl.ior(KVMIO, 0x8c, VcpuStructs.KVM_FPU.size());
	/** #define KVM_GET_DEBUGREGS _IOR(KVMIO, 0xa1, struct kvm_debugregs) */
	public static final long KVM_GET_DEBUGREGS = Ioctl.ior(KVMIO, 0xa1, VcpuStructs.KVM_DEBUGREGS.size());
	/** #define KVM_GET_XCRS _IOR(KVMIO, 0xa6, struct kvm_xcrs) */
	public static final long KVM_GET_XCRS = Ioctl.ior(KVMIO, 0xa6, VcpuStructs.KVM_XCRS.size());

	private KvmIoctls() {
	}

	/** The kernel name of a request number, or its hex value. */
	public static String name(long request) {
		for (Field f : KvmIoctls.class.getFields()) {
			try {
				if (f.getType() == long.class && f.getLong(null) == request) {
					return f.getName();
				}
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		return String.format("0x%08x", request);
	}
}
