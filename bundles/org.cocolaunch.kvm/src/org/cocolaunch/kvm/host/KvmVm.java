/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.KvmIoctls;
import org.cocolaunch.kvm.abi.MemoryStructs;
import org.cocolaunch.kvm.abi.RunStructs;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.abi.VmStructs;
import org.cocolaunch.kvm.sys.IoctlOutcome;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

/**
 * A VM made by {@code KVM_CREATE_VM}: vCPUs, guest_memfd, memory slots, memory attributes and
 * {@code KVM_MEMORY_ENCRYPT_OP}. Everything it creates is pushed onto the launch's resource stack.
 */
public final class KvmVm {

	private final NativeSystem sys;
	private final ResourceStack stack;
	private final int fd;
	private final long type;

	KvmVm(NativeSystem sys, ResourceStack stack, int fd, long type) {
		this.sys = sys;
		this.stack = stack;
		this.fd = fd;
		this.type = type;
	}

	public int fd() {
		return fd;
	}

	public long type() {
		return type;
	}

	NativeSystem system() {
		return sys;
	}

	public ResourceStack stack() {
		return stack;
	}

	/** KVM_CHECK_EXTENSION on the VM fd. */
	public int checkExtension(long capability) throws SysCallException {
		return sys.ioctl(fd, KvmIoctls.KVM_CHECK_EXTENSION, capability, "KVM_CHECK_EXTENSION " + capability + " on the VM");
	}

	/** KVM_ENABLE_CAP on the VM with up to four arguments (flags 0). */
	public void enableCap(long capability, long... args) throws SysCallException {
		if (args.length > 4) {
			throw new IllegalArgumentException("struct kvm_enable_cap has 4 arguments, got " + args.length);
		}
		StructBytes s = VmStructs.KVM_ENABLE_CAP.allocate().u32("cap", capability).u32("flags", 0);
		for (int i = 0; i < args.length; i++) {
			s.u64("args", i, args[i]);
		}
		sys.ioctl(fd, KvmIoctls.KVM_ENABLE_CAP, s.bytes(), "KVM_ENABLE_CAP " + capability);
	}

	/** KVM_SET_TSS_ADDR: where the three pages of the real-mode TSS (VMX) lie in guest physical memory. */
	public void setTssAddr(long address) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_SET_TSS_ADDR, address, String.format("KVM_SET_TSS_ADDR 0x%x", address));
	}

	/** KVM_SET_IDENTITY_MAP_ADDR: the page of the identity page table (VMX without unrestricted guest). */
	public void setIdentityMapAddr(long address) throws SysCallException {
		byte[] arg = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(address).array();
		sys.ioctl(fd, KvmIoctls.KVM_SET_IDENTITY_MAP_ADDR, arg, String.format("KVM_SET_IDENTITY_MAP_ADDR 0x%x", address));
	}

	/** KVM_CREATE_IRQCHIP: in-kernel PIC, IOAPIC and local APICs (before any vCPU). Released with the VM. */
	public void createIrqchip() throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_CREATE_IRQCHIP, 0, "KVM_CREATE_IRQCHIP");
	}

	/** KVM_CREATE_PIT2 with {@code flags} (QEMU: KVM_PIT_SPEAKER_DUMMY). Released with the VM. */
	public void createPit2(long flags) throws SysCallException {
		byte[] config = RunStructs.KVM_PIT_CONFIG.allocate().u32("flags", flags).bytes();
		sys.ioctl(fd, KvmIoctls.KVM_CREATE_PIT2, config, "KVM_CREATE_PIT2 flags " + flags);
	}

	/**
	 * KVM_SET_USER_MEMORY_REGION: slot {@code slot} maps {@code memory} at {@code gpa} with {@code flags} (e.g.
	 * KVM_MEM_READONLY). Released by setting the slot's size to 0.
	 */
	public MemorySlot setUserMemoryRegion(int slot, long gpa, HostMemory memory, long flags) throws SysCallException {
		long size = memory.size();
		sys.ioctl(fd, KvmIoctls.KVM_SET_USER_MEMORY_REGION, region(slot, flags, gpa, size, memory.address()),
				String.format("KVM_SET_USER_MEMORY_REGION slot %d at 0x%x", slot, gpa));
		stack.push(String.format("memory slot %d (0x%x, %d bytes)", slot, gpa, size), () -> sys.ioctl(fd,
				KvmIoctls.KVM_SET_USER_MEMORY_REGION, region(slot, flags, gpa, 0, memory.address()),
				String.format("KVM_SET_USER_MEMORY_REGION deleting slot %d", slot)));
		return new MemorySlot(slot, gpa, size, memory, null);
	}

	private static byte[] region(int slot, long flags, long gpa, long size, long userspaceAddr) {
		return RunStructs.KVM_USERSPACE_MEMORY_REGION.allocate().u32("slot", slot).u32("flags", flags)
				.u64("guest_phys_addr", gpa).u64("memory_size", size).u64("userspace_addr", userspaceAddr).bytes();
	}

	/** KVM_CREATE_VCPU with {@code id}. */
	public KvmVcpu createVcpu(int id) throws SysCallException {
		int vcpuFd = sys.ioctl(fd, KvmIoctls.KVM_CREATE_VCPU, id, "KVM_CREATE_VCPU " + id);
		stack.push("fd " + vcpuFd + " (vCPU " + id + ")", () -> sys.close(vcpuFd));
		return new KvmVcpu(sys, vcpuFd, id);
	}

	/** KVM_CREATE_GUEST_MEMFD of {@code size} bytes (flags 0, as confidential VMs need). */
	public GuestMemfd createGuestMemfd(long size) throws SysCallException {
		StructBytes s = MemoryStructs.KVM_CREATE_GUEST_MEMFD.allocate().u64("size", size).u64("flags", 0);
		int memfd = sys.ioctl(fd, KvmIoctls.KVM_CREATE_GUEST_MEMFD, s.bytes(), "KVM_CREATE_GUEST_MEMFD " + size + " bytes");
		stack.push("fd " + memfd + " (guest_memfd, " + size + " bytes)", () -> sys.close(memfd));
		return new GuestMemfd(memfd, size);
	}

	/**
	 * KVM_SET_USER_MEMORY_REGION2: slot {@code slot} maps {@code shared} (and, when given, {@code guestMemfd} from
	 * offset 0 with KVM_MEM_GUEST_MEMFD) at {@code gpa}. Released by setting the slot's size to 0.
	 */
	public MemorySlot setUserMemoryRegion2(int slot, long gpa, HostMemory shared, GuestMemfd guestMemfd) throws SysCallException {
		long size = shared.size();
		sys.ioctl(fd, KvmIoctls.KVM_SET_USER_MEMORY_REGION2, region2(slot, gpa, size, shared.address(), guestMemfd).bytes(),
				String.format("KVM_SET_USER_MEMORY_REGION2 slot %d at 0x%x", slot, gpa));
		stack.push(String.format("memory slot %d (0x%x, %d bytes)", slot, gpa, size), () -> sys.ioctl(fd,
				KvmIoctls.KVM_SET_USER_MEMORY_REGION2, region2(slot, gpa, 0, shared.address(), guestMemfd).bytes(),
				String.format("KVM_SET_USER_MEMORY_REGION2 deleting slot %d", slot)));
		return new MemorySlot(slot, gpa, size, shared, guestMemfd);
	}

	private static StructBytes region2(int slot, long gpa, long size, long userspaceAddr, GuestMemfd guestMemfd) {
		StructBytes s = MemoryStructs.KVM_USERSPACE_MEMORY_REGION2.allocate().u32("slot", slot).u64("guest_phys_addr", gpa)
				.u64("memory_size", size).u64("userspace_addr", userspaceAddr);
		if (guestMemfd != null) {
			s.u32("flags", KvmConstants.KVM_MEM_GUEST_MEMFD).u64("guest_memfd_offset", 0).u32("guest_memfd", guestMemfd.fd());
		}
		return s;
	}

	/** KVM_SET_MEMORY_ATTRIBUTES of {@code [gpa, gpa + size)} to {@code attributes} (e.g. PRIVATE). */
	public void setMemoryAttributes(long gpa, long size, long attributes) throws SysCallException {
		StructBytes s = MemoryStructs.KVM_MEMORY_ATTRIBUTES.allocate().u64("address", gpa).u64("size", size)
				.u64("attributes", attributes).u64("flags", 0);
		sys.ioctl(fd, KvmIoctls.KVM_SET_MEMORY_ATTRIBUTES, s.bytes(),
				String.format("KVM_SET_MEMORY_ATTRIBUTES 0x%x+0x%x = 0x%x", gpa, size, attributes));
	}

	/** KVM_MEMORY_ENCRYPT_REG_REGION (SEV, SEV-ES: pins host memory); unregistered on release. */
	public void registerEncryptedRegion(long address, long size) throws SysCallException {
		sys.ioctl(fd, KvmIoctls.KVM_MEMORY_ENCRYPT_REG_REGION, encRegion(address, size),
				String.format("KVM_MEMORY_ENCRYPT_REG_REGION 0x%x+0x%x", address, size));
		stack.push(String.format("encrypted region 0x%x+0x%x", address, size), () -> sys.ioctl(fd,
				KvmIoctls.KVM_MEMORY_ENCRYPT_UNREG_REGION, encRegion(address, size), "KVM_MEMORY_ENCRYPT_UNREG_REGION"));
	}

	private static byte[] encRegion(long address, long size) {
		return MemoryStructs.KVM_ENC_REGION.allocate().u64("addr", address).u64("size", size).bytes();
	}

	/** KVM_MEMORY_ENCRYPT_OP on the VM with a command struct (kvm_sev_cmd or kvm_tdx_cmd), written back in place. */
	public IoctlOutcome encryptOp(byte[] command) {
		return sys.ioctlOutcome(fd, KvmIoctls.KVM_MEMORY_ENCRYPT_OP, command);
	}
}
