/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.measure.DirectBootEventLog;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.core.plan.TdxInputRoles;
import org.cocolaunch.tdx.core.plan.TdxRegisterNames;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdvfSectionKind;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxFinalizeVm;
import org.cocolaunch.tdx.model.TdxHost;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The simulated TDX module as a {@link Backend}: runs the steps of a TDX launch plan (parameters from the tdx model)
 * against a {@link TdxModule}, resolving page contents through the plan's inputs. Registers: MRTD (running value
 * while pages are added, fixed by FINALIZE), RTMR0–3 (zero at launch; at FINALIZE the values the firmware and kernel
 * stub will produce from the plan's inputs, null where they do not determine them), MRCONFIGID, MROWNER,
 * MROWNERCONFIG.
 */
public final class TdxModuleSimulator implements Backend {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final int RTMRS = 4;

	private final PlanInputs inputs;
	private final TdxModule module;
	private final TdxHost host;
	private boolean closed;

	public TdxModuleSimulator(LaunchPlan plan, PlanInputs inputs) {
		this.inputs = inputs;
		this.module = new TdxModule(new TdxModuleState(vcpuCount(plan)));
		this.host = plan.getHost() instanceof TdxHost h ? EcoreUtil.copy(h) : TdxFactory.eINSTANCE.createTdxHost();
	}

	/** The plan's vCPUs, or as many as it has KVM_TDX_INIT_VCPU steps when it lists none. */
	private static int vcpuCount(LaunchPlan plan) {
		if (!plan.getVcpus().isEmpty()) {
			return plan.getVcpus().size();
		}
		return (int) Math.max(1, plan.getSteps().stream().filter(s -> s.getParameters() instanceof TdxInitVcpu).count());
	}

	@Override
	public String kind() {
		return "sim";
	}

	@Override
	public StepResult execute(Step step) throws BackendException {
		if (closed) {
			throw new BackendException("the simulated TDX module was closed");
		}
		StepResult result = F.createStepResult();
		try {
			PageRange changed = dispatch(step);
			if (changed != null) {
				result.getChangedPages().add(changed);
			}
			result.setStatus(StepStatus.SUCCESS);
		} catch (TdxRefusal r) {
			result.setStatus(StepStatus.FAILED);
			result.setReturnValue(-1);
			result.setErrno(r.errno());
			result.setFirmwareError(r.status());
			TdxStatus status = r.status() == 0 ? null : TdxStatus.of(r.status());
			result.setFirmwareErrorName(status == null ? null : status.name());
			result.setMessage(step.getCommand() + ": " + r.getMessage());
		}
		return result;
	}

	private PageRange dispatch(Step step) throws TdxRefusal, BackendException {
		EObject p = step.getParameters();
		String command = step.getCommand();
		if (p instanceof KvmCreateVm create) {
			expect(step, TdxCommands.CREATE_VM);
			offered(create.getVmType());
			module.createVm(create.getVmType());
		} else if (p instanceof TdxInitVm init) {
			expect(step, TdxCommands.INIT_VM);
			checkMeasurementValue(step, "MRCONFIGID", init.getMrConfigId());
			checkMeasurementValue(step, "MROWNER", init.getMrOwner());
			checkMeasurementValue(step, "MROWNERCONFIG", init.getMrOwnerConfig());
			module.initVm(init);
		} else if (p instanceof TdxInitVcpu vcpu) {
			expect(step, TdxCommands.INIT_VCPU);
			module.initVcpu(vcpu.getVcpuIndex(), vcpu.getRcx(), vcpu.getFlags());
		} else if (p instanceof TdxInitMemRegion region) {
			expect(step, TdxCommands.INIT_MEM_REGION);
			return initMemRegion(step, region);
		} else if (p instanceof TdxFinalizeVm || (p == null && TdxCommands.FINALIZE_VM.equals(command))) {
			expect(step, TdxCommands.FINALIZE_VM);
			finalizeVm();
		} else if (p == null && TdxCommands.CREATE_VM.equals(command)) {
			offered(TdxCommands.VM_TYPE_TDX);
			module.createVm(TdxCommands.VM_TYPE_TDX);
		} else {
			throw new BackendException("step '" + step.getName() + "': " + command + " with "
					+ (p == null ? "no parameters" : p.eClass().getName() + " parameters")
					+ " is not a TDX launch command the simulator knows");
		}
		return null;
	}

	/** KVM's VM type check (kvm_is_vm_type_supported): the TD type only where the host's KVM offers TDX. */
	private void offered(int vmType) throws TdxRefusal {
		if (vmType == TdxCommands.VM_TYPE_TDX && !host.isTdxEnabled()) {
			throw TdxRefusal.kvm(TdxRefusal.EINVAL, "KVM on this host does not offer KVM_X86_TDX_VM (bit 5 of"
					+ " KVM_CAP_VM_TYPES): kvm_intel.tdx is off, the TDX module is not initialised or the kernel has no TDX");
		}
	}

	/**
	 * Step Into: a region loaded page by page (single page order) as KVM_TDX_INIT_MEM_REGION calls of one page each.
	 * Not split: two-pass regions (all PAGE.ADDs precede the extends, so page steps would change MRTD) and the TD HOB
	 * and CFV, whose whole contents the RTMR0 prediction needs from one step.
	 */
	@Override
	public List<Step> pageSteps(Step step) {
		if (!(step.getParameters() instanceof TdxInitMemRegion region) || region.getMeasureOrder() != MeasureOrder.PER_PAGE
				|| region.getSectionType() == TdvfSectionKind.TD_HOB || region.getSectionType() == TdvfSectionKind.CFV) {
			return List.of(step);
		}
		List<Step> pages = PlanEdits.pageSteps(step);
		if (pages.size() > 1) {
			for (Step page : pages) {
				TdxInitMemRegion r = (TdxInitMemRegion) page.getParameters();
				r.setGpa(page.getPages().get(0).getGpa());
				r.setNrPages(1);
			}
		}
		return pages;
	}

	private PageRange initMemRegion(Step step, TdxInitMemRegion region) throws TdxRefusal, BackendException {
		byte[] content = null;
		if (!step.getPages().isEmpty()) {
			PageRange range = step.getPages().get(0);
			if (range.getGpa() != region.getGpa()) {
				throw new BackendException(String.format("step '%s': page range at 0x%x does not start at the region's gpa 0x%x",
						step.getName(), range.getGpa(), region.getGpa()));
			}
			content = inputs.content(range.getContent());
		}
		module.initMemRegion(region, content);
		TdxModuleState s = module.state();
		if (region.getSectionType() == TdvfSectionKind.TD_HOB && content != null) {
			s.tdHob = content;
			s.tdHobGpa = region.getGpa();
		} else if (region.getSectionType() == TdvfSectionKind.CFV && s.cfv == null) {
			s.cfv = content == null ? new byte[0] : content;
		}
		PageRange changed = F.createPageRange();
		changed.setGpa(region.getGpa());
		changed.setLength(region.getNrPages() * TdxModuleState.PAGE_SIZE);
		boolean aug = (region.getSectionAttributes() & TdxModule.SECTION_PAGE_AUG) != 0;
		changed.setKind(aug ? PageKind.AUG : region.isMeasure() ? PageKind.NORMAL : PageKind.UNMEASURED);
		return changed;
	}

	private void finalizeVm() throws TdxRefusal, BackendException {
		TdxModuleState s = module.state();
		List<RtmrEvent> events = new ArrayList<>();
		if (s.tdHob != null && s.tdHob.length >= 8) {
			events.addAll(DirectBootEventLog.firmwareEvents(new TdHob(s.tdHobGpa, s.tdHob), s.cfv));
		}
		byte[] kernel = optionalInput(TdxInputRoles.KERNEL);
		byte[] initrd = optionalInput(TdxInputRoles.INITRD);
		String cmdline = inputs.has(TdxInputRoles.CMDLINE)
				? new String(inputs.bytes(TdxInputRoles.CMDLINE), StandardCharsets.UTF_8)
				: null;
		try {
			events.addAll(DirectBootEventLog.kernelEvents(kernel, TdxInputRoles.KERNEL, initrd, cmdline));
		} catch (TdxInputException e) {
			throw new BackendException(e.getMessage(), e);
		}
		module.finalizeVm(events, TdxLaunchMeasurer.rtmrs(events, kernel != null));
	}

	private byte[] optionalInput(String role) throws BackendException {
		return inputs.has(role) ? inputs.bytes(role) : null;
	}

	private static void expect(Step step, String command) throws BackendException {
		if (!command.equals(step.getCommand())) {
			throw new BackendException("step '" + step.getName() + "': command " + step.getCommand() + " does not match its "
					+ step.getParameters().eClass().getName() + " parameters, which belong to " + command);
		}
	}

	private static void checkMeasurementValue(Step step, String name, byte[] value) throws BackendException {
		if (value != null && value.length != 0 && value.length != TdParamsBuilder.MR_SIZE) {
			throw new BackendException("step '" + step.getName() + "': " + name + " must be " + TdParamsBuilder.MR_SIZE
					+ " bytes, got " + value.length);
		}
	}

	@Override
	public List<MeasurementRegister> registers() {
		TdxModuleState s = module.state();
		List<MeasurementRegister> list = new ArrayList<>();
		byte[] mrtd = s.finalMrtd != null ? s.finalMrtd : s.hkidAssigned ? s.mrtd.current() : null;
		list.add(register(TdxRegisterNames.MRTD, mrtd));
		for (int i = 0; i < RTMRS; i++) {
			byte[] value = s.finalMrtd != null ? s.rtmrs.get(i) : new byte[Sha384.LENGTH];
			list.add(register(TdxRegisterNames.rtmr(i), value));
		}
		boolean params = s.tdParams != null;
		list.add(register(TdxRegisterNames.MRCONFIGID, params ? s.tdParams.getMrConfigId() : null));
		list.add(register(TdxRegisterNames.MROWNER, params ? s.tdParams.getMrOwner() : null));
		list.add(register(TdxRegisterNames.MROWNERCONFIG, params ? s.tdParams.getMrOwnerConfig() : null));
		return list;
	}

	private static MeasurementRegister register(String name, byte[] value) {
		MeasurementRegister r = F.createMeasurementRegister();
		r.setName(name);
		r.setWidthBits(TdxRegisterNames.WIDTH_BITS);
		r.setValue(value == null ? null : value.clone());
		return r;
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (TdVcpuState v : module.state().vcpus) {
			VcpuState c = F.createVcpuState();
			c.setIndex(v.getVcpuIndex());
			c.setApicId(v.getX2apicId());
			c.setDescription("TD vCPU " + v.getVcpuIndex() + " (" + v.getState() + ")");
			c.setState(EcoreUtil.copy(v));
			list.add(c);
		}
		return list;
	}

	@Override
	public List<EObject> vendorState() {
		return List.of(tdState());
	}

	/** The TD-level state as the host sees it now (a new object). */
	public TdState tdState() {
		TdxModuleState s = module.state();
		TdState t = TdxFactory.eINSTANCE.createTdState();
		t.setHkidAssigned(s.hkidAssigned);
		t.setLifecycleState(s.lifecycle);
		t.setOpState(s.opState);
		t.setPagesAdded(s.added.pageCount());
		t.setChunksExtended(s.chunksExtended);
		t.setPagesAugmented(s.augmented.pageCount());
		t.setTdParams(s.tdParams == null ? null : EcoreUtil.copy(s.tdParams));
		return t;
	}

	/** The RTMR events predicted at FINALIZE from the loaded TD HOB and CFV and the plan's kernel inputs. */
	public List<RtmrEvent> rtmrEvents() {
		return module.state().events;
	}

	/**
	 * The TDREPORT the finished TD would return for {@code reportData} (TDG.MR.REPORT), see {@link TdReportBuilder}.
	 *
	 * @throws IllegalStateException before KVM_TDX_FINALIZE_VM
	 */
	public byte[] tdReport(byte[] reportData) {
		TdxModuleState s = module.state();
		if (s.finalMrtd == null) {
			throw new IllegalStateException("a TDREPORT exists only once the TD is RUNNABLE (after KVM_TDX_FINALIZE_VM)");
		}
		return TdReportBuilder.build(s.tdParams, s.finalMrtd, s.rtmrs, reportData);
	}

	@Override
	public PlanInputs inputs() {
		return inputs;
	}

	@Override
	public boolean supportsSnapshots() {
		return true;
	}

	@Override
	public BackendSnapshot snapshot() {
		return new TdxSnapshot(this, module.state().copy());
	}

	@Override
	public void restore(BackendSnapshot snapshot) {
		if (!(snapshot instanceof TdxSnapshot t) || t.owner != this) {
			throw new IllegalArgumentException("the snapshot was not taken from this simulated TDX module");
		}
		module.replaceState(t.state.copy());
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			module.teardown();
		}
	}
}
