/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVcpu;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.launch.TdxLaunch;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.core.plan.TdxRegisterNames;
import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxFinalizeVm;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs a TDX launch plan (tdx model parameters) on real KVM, one step at a time, as QEMU issues it (domain reference
 * §1.8 D): {@code KVM_CREATE_VM} type 5, the split irqchip, and guest_memfd-backed PRIVATE memory slots; {@code KVM_TDX_CAPABILITIES}
 * and {@code KVM_TDX_INIT_VM}; per vCPU {@code KVM_CREATE_VCPU}, {@code KVM_TDX_GET_CPUID} and {@code KVM_SET_CPUID2} with
 * the TD's CPUID, then {@code KVM_TDX_INIT_VCPU};
 * {@code KVM_TDX_INIT_MEM_REGION} with the section contents copied into the shared memory as source;
 * {@code KVM_TDX_FINALIZE_VM}. After a failed step, and on close, everything is released in reverse order. The host
 * cannot read MRTD or RTMRs, so the registers stay unknown (null); restarting replays the steps on a new VM
 * ({@link KvmBackendBase}). The vCPUs get no KVM_SET_REGS/SREGS: a TD vCPU's initial state is set by the TDX module at
 * TDH.VP.INIT (KVM_TDX_INIT_VCPU), and KVM refuses register access to protected vCPUs.
 */
public final class KvmTdxBackend extends KvmBackendBase {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final NativeSystem sys;
	private final String devicePath;
	private final Map<Integer, KvmVcpu> vcpus = new TreeMap<>();
	private final Map<Integer, TdVcpuState> vcpuStates = new TreeMap<>();
	private TdxLaunch tdx;
	private KvmGuestMemory memory;

	public KvmTdxBackend(LaunchPlan plan, PlanInputs inputs, NativeSystem sys, String devicePath) {
		super(plan, inputs);
		this.sys = sys;
		this.devicePath = devicePath;
	}

	/** On the configured native library and /dev/kvm. */
	public KvmTdxBackend(LaunchPlan plan, PlanInputs inputs) {
		this(plan, inputs, NativeSystem.get(), KvmDevice.DEFAULT_PATH);
	}

	@Override
	protected String guestName() {
		return "a TD";
	}

	/** The resources held now, most recent first. */
	public ResourceStack resources() {
		return stack;
	}

	@Override
	protected void forgetLaunch() {
		vcpus.clear();
		vcpuStates.clear();
		tdx = null;
		memory = null;
	}

	@Override
	protected StepResult issue(Step step) throws BackendException {
		EObject p = step.getParameters();
		String command = step.getCommand();
		if (p instanceof KvmCreateVm create) {
			expect(step, TdxCommands.CREATE_VM);
			return createVm(create.getVmType());
		}
		if (p == null && TdxCommands.CREATE_VM.equals(command)) {
			return createVm(KvmConstants.KVM_X86_TDX_VM);
		}
		if (p instanceof TdxInitVm init) {
			expect(step, TdxCommands.INIT_VM);
			return initVm(init);
		}
		if (p instanceof TdxInitVcpu vcpu) {
			expect(step, TdxCommands.INIT_VCPU);
			return initVcpu(vcpu);
		}
		if (p instanceof TdxInitMemRegion region) {
			expect(step, TdxCommands.INIT_MEM_REGION);
			return initMemRegion(step, region);
		}
		if (p instanceof TdxFinalizeVm || (p == null && TdxCommands.FINALIZE_VM.equals(command))) {
			expect(step, TdxCommands.FINALIZE_VM);
			if (vm == null) {
				return StepResults.refused(command, "no VM (the create step has not run or failed)");
			}
			return StepResults.of(command, tdx.finalizeVm());
		}
		throw new BackendException("step '" + step.getName() + "': " + command + " with "
				+ (p == null ? "no parameters" : p.eClass().getName() + " parameters") + " is not a TDX launch command");
	}

	private StepResult createVm(long type) {
		String command = TdxCommands.CREATE_VM;
		try {
			String refusal = createVmOrRefusal(sys, devicePath, type);
			if (refusal != null) {
				return StepResults.refused(command, refusal);
			}
			// TDX vCPUs need the split irqchip (QEMU: KVM_ENABLE_CAP(KVM_CAP_SPLIT_IRQCHIP, 24) before any vCPU)
			vm.enableCap(KvmConstants.KVM_CAP_SPLIT_IRQCHIP, KvmConstants.KVM_IOAPIC_NUM_PINS);
			tdx = new TdxLaunch(vm);
			memory = KvmGuestMemory.create(sys, vm, SlotLayout.of(plan), true);
			return StepResults.success(String.format("%s: VM fd %d (%s), %d PRIVATE guest_memfd slot(s)", command, vm.fd(),
					VmTypes.name(type), memory.slots().size()));
		} catch (SysCallException e) {
			return StepResults.of(command, e);
		}
	}

	private StepResult initVm(TdxInitVm init) {
		String command = TdxCommands.INIT_VM;
		if (vm == null) {
			return StepResults.refused(command, "no VM (the create step has not run or failed)");
		}
		CommandResult caps = tdx.capabilities();
		if (!caps.succeeded()) {
			return StepResults.of(command, caps);
		}
		List<TdxLaunch.CpuidEntry> cpuid = new ArrayList<>();
		for (CpuidEntry e : init.getCpuid()) {
			cpuid.add(new TdxLaunch.CpuidEntry(e.getFunction(), e.getIndex(), e.getFlags(), e.getEax(), e.getEbx(), e.getEcx(),
					e.getEdx()));
		}
		return StepResults.of(command, tdx.initVm(init.getAttributes(), init.getXfam(), init.getMrConfigId(), init.getMrOwner(),
				init.getMrOwnerConfig(), cpuid));
	}

	private StepResult initVcpu(TdxInitVcpu init) {
		String command = TdxCommands.INIT_VCPU;
		if (vm == null) {
			return StepResults.refused(command, "no VM (the create step has not run or failed)");
		}
		int index = init.getVcpuIndex();
		try {
			KvmVcpu vcpu = vcpus.get(index);
			String cpuidNote = null;
			if (vcpu == null) {
				vcpu = vm.createVcpu(index);
				vcpus.put(index, vcpu);
				vcpuStates.put(index, vcpuState(index, init.getRcx(), VcpuTdState.UNINITIALIZED));
				// as QEMU does for a new TD vCPU: read the TD's CPUID and give it to the vCPU (KVM_TDX_INIT_VCPU puts
				// the local APIC in x2APIC mode, which KVM refuses unless the vCPU's CPUID has x2APIC)
				TdxLaunch.TdCpuid cpuid = tdx.getCpuid(vcpu);
				if (!cpuid.result().succeeded()) {
					return StepResults.of(command, cpuid.result());
				}
				vcpu.setCpuid2(TdxLaunch.cpuid2Bytes(TdxLaunch.withX2apic(cpuid.entries())));
				cpuidNote = "vCPU " + index + ": KVM_TDX_GET_CPUID gave " + cpuid.entries().size()
						+ " CPUID leaves, set with KVM_SET_CPUID2 (x2APIC on)";
			}
			CommandResult r = tdx.initVcpu(vcpu, init.getFlags(), init.getRcx());
			if (r.succeeded()) {
				vcpuStates.get(index).setState(VcpuTdState.INITIALIZED);
			}
			StepResult result = StepResults.of(command, r);
			if (cpuidNote != null) {
				result.setMessage(result.getMessage() + "; " + cpuidNote);
			}
			return result;
		} catch (SysCallException e) {
			return StepResults.of(command, e);
		}
	}

	private StepResult initMemRegion(Step step, TdxInitMemRegion region) throws BackendException {
		String command = TdxCommands.INIT_MEM_REGION;
		if (vm == null) {
			return StepResults.refused(command, "no VM (the create step has not run or failed)");
		}
		KvmVcpu vcpu = vcpus.get(region.getVcpuIndex());
		if (vcpu == null) {
			return StepResults.refused(command, "vCPU " + region.getVcpuIndex() + " was not created (no KVM_TDX_INIT_VCPU step before)");
		}
		long length = region.getNrPages() * SlotLayout.PAGE_SIZE;
		MemorySlot slot = memory.slotFor(region.getGpa(), length);
		if (slot == null) {
			throw new BackendException(String.format("step '%s': 0x%x+0x%x lies in no memory slot of the plan", step.getName(),
					region.getGpa(), length));
		}
		byte[] content = null;
		if (!step.getPages().isEmpty()) {
			content = inputs.content(step.getPages().get(0).getContent());
		}
		if (content != null) {
			if (content.length > length) {
				throw new BackendException("step '" + step.getName() + "': " + content.length + " bytes of content for "
						+ region.getNrPages() + " pages");
			}
			slot.shared().write(region.getGpa() - slot.gpa(), content);
		}
		CommandResult r = tdx.initMemRegion(vcpu, slot.hostAddress(region.getGpa()), region.getGpa(), region.getNrPages(),
				(region.getFlags() & KvmConstants.KVM_TDX_MEASURE_MEMORY_REGION) != 0);
		StepResult result = StepResults.of(command, r);
		if (r.succeeded()) {
			PageRange changed = F.createPageRange();
			changed.setGpa(region.getGpa());
			changed.setLength(length);
			changed.setKind(region.isMeasure() ? PageKind.NORMAL : PageKind.UNMEASURED);
			result.getChangedPages().add(changed);
		}
		return result;
	}

	private static void expect(Step step, String command) throws BackendException {
		if (!command.equals(step.getCommand())) {
			throw new BackendException("step '" + step.getName() + "': command " + step.getCommand() + " does not match its "
					+ step.getParameters().eClass().getName() + " parameters, which belong to " + command);
		}
	}

	private static TdVcpuState vcpuState(int index, long rcx, VcpuTdState state) {
		TdVcpuState s = TdxFactory.eINSTANCE.createTdVcpuState();
		s.setVcpuIndex(index);
		s.setX2apicId(index);
		s.setRcx(rcx);
		s.setState(state);
		return s;
	}

	/** MRTD, RTMRs and the MR values: the host cannot read them from a TD, so all are unknown (null). */
	@Override
	public List<MeasurementRegister> registers() {
		List<MeasurementRegister> list = new ArrayList<>();
		for (String name : TdxRegisterNames.ALL) {
			MeasurementRegister r = F.createMeasurementRegister();
			r.setName(name);
			r.setWidthBits(TdxRegisterNames.WIDTH_BITS);
			list.add(r);
		}
		return list;
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (TdVcpuState s : vcpuStates.values()) {
			VcpuState v = F.createVcpuState();
			v.setIndex(s.getVcpuIndex());
			v.setApicId(s.getX2apicId());
			v.setDescription("TD vCPU " + s.getVcpuIndex() + " (" + s.getState() + ", KVM)");
			v.setState(EcoreUtil.copy(s));
			list.add(v);
		}
		return list;
	}
}
