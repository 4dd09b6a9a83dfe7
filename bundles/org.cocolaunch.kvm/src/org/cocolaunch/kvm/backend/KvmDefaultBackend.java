/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.abi.TdxStructs;
import org.cocolaunch.kvm.host.GuestMemfd;
import org.cocolaunch.kvm.host.HostMemory;
import org.cocolaunch.kvm.host.KvmVcpu;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.launch.RunExits;
import org.cocolaunch.kvm.launch.VmsaRegisters;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.KvmCreateVcpu;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.KvmInitVm;
import org.cocolaunch.model.KvmRun;
import org.cocolaunch.model.KvmSetMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.sev.core.vmsa.VmsaBuilder;
import org.cocolaunch.sev.model.VmmType;

import com.sun.jna.Pointer;

/**
 * Runs a plain KVM VM (KVM_X86_DEFAULT_VM, or KVM_X86_SW_PROTECTED_VM where offered) step by step, as QEMU sets one
 * up: create, init VM (identity map, TSS, in-kernel irqchip and PIT, supported CPUID), memory slots (guest RAM, the
 * firmware below 4 GiB), vCPUs with the x86 reset state, and KVM_RUN to the next exits. No vendor engine is involved.
 * <p>
 * The reset state goes through the same register loading as an SEV-ES/SNP vCPU's VMSA ({@link VmsaRegisters}): QEMU's
 * reset VMSA ({@link VmsaBuilder#resetState}) split into KVM_SET_REGS/SREGS/FPU/XCRS/MSRS/DEBUGREGS. No device is
 * emulated: port and MMIO reads the guest makes see zero bytes, writes are only recorded in the exit.
 */
public final class KvmDefaultBackend extends KvmBackendBase {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	/** Room offered to KVM_GET_SUPPORTED_CPUID (QEMU starts lower and grows on E2BIG; 256 covers every host). */
	static final int CPUID_CAPACITY = 256;
	private static final long FOUR_GIB = 1L << 32;
	private static final long PAGE = 4096;

	private final NativeSystem sys;
	private final String kvmPath;
	private final List<KvmVcpu> vcpus = new ArrayList<>();
	private final List<Pointer> runAreas = new ArrayList<>();
	private final List<Integer> exitCounts = new ArrayList<>();
	private byte[] cpuid;
	private int runAreaSize;

	public KvmDefaultBackend(LaunchPlan plan, PlanInputs inputs, NativeSystem sys, String kvmPath) {
		super(plan, inputs);
		this.sys = sys;
		this.kvmPath = kvmPath;
	}

	@Override
	protected String guestName() {
		return "a plain KVM VM";
	}

	@Override
	public String kind() {
		return "kvm";
	}

	@Override
	protected void forgetLaunch() {
		vcpus.clear();
		runAreas.clear();
		exitCounts.clear();
		cpuid = null;
		runAreaSize = 0;
	}

	@Override
	protected StepResult issue(Step step) throws BackendException {
		String command = step.getCommand();
		Object p = step.getParameters();
		try {
			if (p instanceof KvmCreateVm create) {
				String refusal = createVmOrRefusal(sys, kvmPath, create.getVmType());
				return refusal != null ? StepResults.refused(command, refusal)
						: StepResults.success(String.format("%s: VM fd %d (%s)", command, vm.fd(), VmTypes.name(create.getVmType())));
			}
			if (vm == null) {
				return StepResults.refused(command, "no VM (the create step has not run or failed)");
			}
			return switch (p) {
			case KvmInitVm init -> initVm(command, init);
			case KvmSetMemoryRegion region -> memoryRegion(command, region, step.getPages());
			case KvmCreateVcpu create -> createVcpu(command, create);
			case KvmRun run -> run(command, run);
			case null -> throw new BackendException("step " + command + " has no parameters; a plain KVM VM needs KvmInitVm,"
					+ " KvmSetMemoryRegion, KvmCreateVcpu or KvmRun");
			default -> throw new BackendException("step " + command + " has parameters of type " + step.getParameters().eClass()
					.getName() + ", which a plain KVM VM does not take");
			};
		} catch (SysCallException e) {
			return StepResults.of(command, e);
		}
	}

	private StepResult initVm(String command, KvmInitVm init) throws SysCallException {
		List<String> done = new ArrayList<>();
		if (init.getIdentityMapAddr() >= 0) {
			vm.setIdentityMapAddr(init.getIdentityMapAddr());
			done.add(String.format("KVM_SET_IDENTITY_MAP_ADDR 0x%x", init.getIdentityMapAddr()));
		}
		if (init.getTssAddr() >= 0) {
			vm.setTssAddr(init.getTssAddr());
			done.add(String.format("KVM_SET_TSS_ADDR 0x%x", init.getTssAddr()));
		}
		if (init.isIrqchip()) {
			vm.createIrqchip();
			done.add("KVM_CREATE_IRQCHIP");
		}
		if (init.isPit()) {
			vm.createPit2(KvmConstants.KVM_PIT_SPEAKER_DUMMY);
			done.add("KVM_CREATE_PIT2");
		}
		if (init.isSupportedCpuid()) {
			cpuid = device.supportedCpuid(CPUID_CAPACITY);
			done.add("KVM_GET_SUPPORTED_CPUID (" + TdxStructs.KVM_CPUID2.wrap(cpuid).getU32("nent") + " entries)");
		}
		return StepResults.success(command + ": " + (done.isEmpty() ? "nothing to do" : String.join(", ", done)));
	}

	private StepResult memoryRegion(String command, KvmSetMemoryRegion region, List<PageRange> pages)
			throws SysCallException, BackendException {
		List<byte[]> contents = new ArrayList<>();
		long contentSize = 0;
		for (PageRange page : pages) {
			byte[] data = content(command, page);
			contents.add(data);
			contentSize += data.length;
		}
		long size = region.getSize() != 0 ? region.getSize() : contentSize;
		if (size <= 0 || size % PAGE != 0) {
			throw new BackendException(command + ": a memory slot needs a size that is a positive multiple of 4 KiB, got " + size);
		}
		long gpa = region.isBelowFourGiB() ? FOUR_GIB - size : region.getGpa();
		HostMemory memory = HostMemory.allocate(sys, stack, "slot" + region.getSlot(), size);
		long offset = 0;
		for (int i = 0; i < pages.size(); i++) {
			byte[] data = contents.get(i);
			long at = region.isBelowFourGiB() ? offset : pages.get(i).getGpa() - gpa;
			if (at < 0 || at + data.length > size) {
				throw new BackendException(String.format("%s: page range at 0x%x (%d bytes) lies outside slot %d (0x%x, %d bytes)",
						command, pages.get(i).getGpa(), data.length, region.getSlot(), gpa, size));
			}
			memory.write(at, data);
			offset += data.length;
		}
		MemorySlot slot;
		String how;
		if (region.isGuestMemfd()) {
			if (region.isReadOnly()) {
				return StepResults.refused(command, "KVM does not take KVM_MEM_READONLY together with a guest_memfd");
			}
			if (vm.checkExtension(KvmConstants.KVM_CAP_GUEST_MEMFD) <= 0) {
				return StepResults.refused(command, "this host has no guest_memfd (KVM_CAP_GUEST_MEMFD is 0)");
			}
			GuestMemfd gmem = vm.createGuestMemfd(size);
			slot = vm.setUserMemoryRegion2(region.getSlot(), gpa, memory, gmem);
			how = "KVM_SET_USER_MEMORY_REGION2 with guest_memfd fd " + gmem.fd();
		} else {
			long flags = region.isReadOnly() ? KvmConstants.KVM_MEM_READONLY : 0;
			slot = vm.setUserMemoryRegion(region.getSlot(), gpa, memory, flags);
			how = "KVM_SET_USER_MEMORY_REGION" + (region.isReadOnly() ? " (read-only)" : "");
		}
		return StepResults.success(String.format("%s: slot %d at 0x%x..0x%x (%d KiB, %d bytes of content) via %s", command,
				slot.slot(), gpa, gpa + size - 1, size / 1024, contentSize, how));
	}

	private byte[] content(String command, PageRange page) throws BackendException {
		ContentSource source = page.getContent();
		if (source == null || source.getKind() == ContentSourceKind.NONE) {
			return new byte[(int) page.getLength()];
		}
		if (source.getKind() == ContentSourceKind.INLINE) {
			byte[] data = source.getData() == null ? new byte[0] : source.getData();
			return data;
		}
		String role = source.getInput();
		if (role == null || role.isEmpty()) {
			throw new BackendException(command + ": a page range's content names no input role");
		}
		long length = source.getLength() != 0 ? source.getLength() : inputs.size(role) - source.getOffset();
		return inputs.slice(role, source.getOffset(), length);
	}

	private StepResult createVcpu(String command, KvmCreateVcpu create) throws SysCallException, BackendException {
		int id = create.getVcpuId();
		KvmVcpu vcpu = vm.createVcpu(id);
		List<String> notes = new ArrayList<>();
		long signature = 0;
		if (cpuid != null) {
			vcpu.setCpuid2(cpuid);
			signature = cpuidLeaf1Eax(cpuid);
			notes.add("KVM_SET_CPUID2 (supported CPUID)");
		}
		// QEMU's reset VMSA, loaded with the register ioctls the SEV-ES/SNP path uses (RDX = the CPUID signature).
		byte[] reset = VmsaBuilder.resetState(VmmType.QEMU, VmsaBuilder.BSP_RESET_EIP, 0, signature).toBytes();
		new VmsaRegisters(reset).loadInto(vcpu);
		notes.add("reset state: KVM_SET_REGS, KVM_SET_SREGS, KVM_SET_FPU, KVM_SET_XCRS, KVM_SET_MSRS, KVM_SET_DEBUGREGS"
				+ String.format(" (CS 0xf000 base 0xffff0000, RIP 0xfff0, RDX 0x%x)", signature));
		if (runAreaSize == 0) {
			runAreaSize = device.vcpuMmapSize();
		}
		Pointer area = sys.mmapShared(vcpu.fd(), runAreaSize);
		stack.push("mapping of struct kvm_run of vCPU " + id, () -> sys.munmap(area, runAreaSize));
		vcpus.add(vcpu);
		runAreas.add(area);
		exitCounts.add(0);
		return StepResults.success(command + ": vCPU " + id + " fd " + vcpu.fd() + "; " + String.join("; ", notes));
	}

	private static long cpuidLeaf1Eax(byte[] cpuid2) {
		StructBytes header = TdxStructs.KVM_CPUID2.wrap(cpuid2);
		int header_ = TdxStructs.KVM_CPUID2.size();
		int entry = TdxStructs.KVM_CPUID_ENTRY2.size();
		for (int i = 0; i < header.getU32("nent"); i++) {
			byte[] e = Arrays.copyOfRange(cpuid2, header_ + i * entry, header_ + (i + 1) * entry);
			StructBytes s = TdxStructs.KVM_CPUID_ENTRY2.wrap(e);
			if (s.getU32("function") == 1 && s.getU32("index") == 0) {
				return s.getU32("eax");
			}
		}
		return 0;
	}

	private StepResult run(String command, KvmRun run) throws SysCallException, BackendException {
		int index = vcpuIndex(run.getVcpuId());
		KvmVcpu vcpu = vcpus.get(index);
		Pointer area = runAreas.get(index);
		int wanted = Math.max(1, run.getExits());
		StepResult result = StepResults.success(command);
		KvmExit last = null;
		boolean timedOut = false;
		for (int i = 0; i < wanted && !timedOut; i++) {
			timedOut = runOnce(vcpu, area);
			int n = exitCounts.get(index) + 1;
			exitCounts.set(index, n);
			last = RunExits.decode(area, runAreaSize);
			if (timedOut) {
				last.setDetails(String.format("no exit within %d ms: KVM_RUN interrupted (the guest halted with interrupts"
						+ " off, or loops without port or MMIO access)", runTimeoutMillis()));
			}
			last.setIndex(n);
			StructBytes regs = vcpu.getRegs();
			last.setRip(regs.getU64("rip"));
			last.setCsBase(csBase(vcpu));
			result.getExits().add(last);
			if (!RunExits.canContinue(last)) {
				break;
			}
		}
		int got = result.getExits().size();
		result.setMessage(String.format("%s: %s%s", command, RunExits.describe(last),
				got < wanted ? String.format(" (stopped after %d of %d exits: the vCPU cannot go on)", got, wanted)
						: wanted > 1 ? " (exit " + got + " of this step)" : ""));
		return result;
	}

	/** How long one KVM_RUN may take before it is interrupted: {@code -Dcocolaunch.kvm.runTimeoutMs}, default 10 s. */
	static long runTimeoutMillis() {
		return Long.getLong("cocolaunch.kvm.runTimeoutMs", 10_000L);
	}

	/**
	 * One KVM_RUN, interrupted when it takes longer than {@link #runTimeoutMillis()}: a watchdog sets
	 * {@code immediate_exit} in struct kvm_run and signals this thread until the ioctl returns, so KVM_RUN ends with
	 * EINTR (KVM_EXIT_INTR) whether the signal lands inside the guest or just before the entry.
	 *
	 * @return true when the watchdog ended it
	 */
	private boolean runOnce(KvmVcpu vcpu, Pointer area) throws SysCallException {
		sys.installWakeSignal();
		long thread = sys.currentThread();
		Object lock = new Object();
		boolean[] state = { true, false }; // running, fired
		ScheduledExecutorService watchdog = Executors
				.newSingleThreadScheduledExecutor(r -> {
					Thread t = new Thread(r, "KVM_RUN watchdog");
					t.setDaemon(true);
					return t;
				});
		watchdog.scheduleWithFixedDelay(() -> {
			synchronized (lock) {
				if (state[0]) {
					state[1] = true;
					area.setByte(1, (byte) 1); // kvm_run.immediate_exit
					sys.wake(thread);
				}
			}
		}, runTimeoutMillis(), 20, TimeUnit.MILLISECONDS);
		try {
			vcpu.run();
			return false;
		} catch (SysCallException e) {
			synchronized (lock) {
				if (state[1] && e.errno() == Errno.EINTR) {
					return true;
				}
			}
			throw e;
		} finally {
			synchronized (lock) {
				state[0] = false;
			}
			watchdog.shutdownNow();
			area.setByte(1, (byte) 0);
		}
	}

	private static long csBase(KvmVcpu vcpu) throws SysCallException {
		byte[] cs = vcpu.getSregs().getArray("cs");
		return ByteBuffer.wrap(cs).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
	}

	private int vcpuIndex(int id) throws BackendException {
		for (int i = 0; i < vcpus.size(); i++) {
			if (vcpus.get(i).id() == id) {
				return i;
			}
		}
		throw new BackendException("vCPU " + id + " was not created (no KVM_CREATE_VCPU step for it ran)");
	}

	/** A plain VM measures nothing. */
	@Override
	public List<MeasurementRegister> registers() {
		return List.of();
	}

	/** Each vCPU with the exits it made so far. */
	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (int i = 0; i < vcpus.size(); i++) {
			KvmVcpu vcpu = vcpus.get(i);
			VcpuState v = F.createVcpuState();
			v.setIndex(vcpu.id());
			v.setApicId(vcpu.id());
			v.setDescription("vCPU " + vcpu.id() + " (KVM, " + exitCounts.get(i) + " exits so far)");
			list.add(v);
		}
		return list;
	}
}
