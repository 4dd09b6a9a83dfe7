/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.TdxPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The TDX checks of a plan before it runs: the rules the simulated module and KVM apply when the steps are issued
 * ({@link TdxModule}), in step order: the TD op state (INIT_VM once, before vCPUs, memory and finalize; nothing after
 * finalize), vCPUs initialised before memory is added through them, parameters of the command's type, TD attributes
 * and XFAM the module accepts, page-aligned regions that agree with the step's pages.
 */
public final class TdxPlanValidator {

	private static final Map<String, EClass> PARAMETERS = Map.of(TdxCommands.CREATE_VM, ModelPackage.Literals.KVM_CREATE_VM,
			TdxCommands.INIT_VM, TdxPackage.Literals.TDX_INIT_VM, TdxCommands.INIT_VCPU, TdxPackage.Literals.TDX_INIT_VCPU,
			TdxCommands.INIT_MEM_REGION, TdxPackage.Literals.TDX_INIT_MEM_REGION, TdxCommands.FINALIZE_VM,
			TdxPackage.Literals.TDX_FINALIZE_VM);

	private final List<PlanProblem> problems = new ArrayList<>();
	private final Set<Integer> vcpus = new HashSet<>();
	private boolean vmCreated;
	private boolean initialized;
	private boolean finalized;

	private TdxPlanValidator() {
	}

	public static List<PlanProblem> validate(LaunchPlan plan) {
		TdxPlanValidator v = new TdxPlanValidator();
		for (int i = 0; i < plan.getSteps().size(); i++) {
			v.check(i, plan.getSteps().get(i));
		}
		return v.problems;
	}

	private void check(int i, Step step) {
		String command = step.getCommand();
		EClass expected = PARAMETERS.get(command);
		if (expected == null) {
			problems.add(PlanProblem.warning(i, null, "command " + command + " is not a TDX launch command"));
			return;
		}
		EObject p = step.getParameters();
		if (p != null && !expected.isInstance(p)) {
			error(i, null, command + " takes " + expected.getName() + " parameters, not " + p.eClass().getName());
			return;
		}
		if (TdxCommands.CREATE_VM.equals(command)) {
			if (vmCreated) {
				error(i, null, "KVM_CREATE_VM again: a plan launches one TD");
			}
			vmCreated = true;
			return;
		}
		if (!vmCreated) {
			error(i, null, command + " needs a VM: KVM_CREATE_VM comes first");
		}
		if (TdxCommands.INIT_VM.equals(command)) {
			initVm(i, (TdxInitVm) p);
		} else if (!opStateInitialized(i, command)) {
			return;
		} else if (p instanceof TdxInitVcpu vcpu) {
			initVcpu(i, vcpu);
		} else if (p instanceof TdxInitMemRegion region) {
			initMemRegion(i, step, region);
		} else if (TdxCommands.FINALIZE_VM.equals(command)) {
			if (vcpus.isEmpty()) {
				error(i, null, "KVM_TDX_FINALIZE_VM needs at least one initialised vCPU (TDX_NO_VCPUS)");
			}
			finalized = true;
		}
	}

	private boolean opStateInitialized(int i, String command) {
		if (!initialized || finalized) {
			error(i, null, command + " in op state " + (finalized ? "RUNNABLE (after KVM_TDX_FINALIZE_VM)"
					: "UNINITIALIZED (before KVM_TDX_INIT_VM)") + ": the module refuses it (TDX_OP_STATE_INCORRECT)");
			return false;
		}
		return true;
	}

	private void initVm(int i, TdxInitVm init) {
		if (initialized) {
			error(i, null, "KVM_TDX_INIT_VM again: TDH.MNG.INIT is allowed only once (TDX_OP_STATE_INCORRECT)");
			return;
		}
		initialized = true;
		if (init == null) {
			return;
		}
		long known = 0;
		for (TdAttribute a : TdAttribute.VALUES) {
			known |= 1L << a.getValue();
		}
		long reserved = init.getAttributes() & ~known;
		if (reserved != 0) {
			error(i, "attributes", "TD attributes " + hex(init.getAttributes()) + " set reserved bits " + hex(reserved));
		}
		String xfam = TdxModule.xfamProblem(init.getXfam());
		if (xfam != null) {
			error(i, "xfam", "XFAM " + hex(init.getXfam()) + ": " + xfam);
		}
	}

	private void initVcpu(int i, TdxInitVcpu vcpu) {
		if (vcpu.getFlags() != 0) {
			error(i, "flags", "flags " + hex(vcpu.getFlags()) + " must be 0");
		}
		if (!vcpus.add(vcpu.getVcpuIndex())) {
			error(i, "vcpuIndex", "vCPU " + vcpu.getVcpuIndex() + " is already initialised (TDX_VCPU_STATE_INCORRECT)");
		}
	}

	private void initMemRegion(int i, Step step, TdxInitMemRegion region) {
		if (!vcpus.contains(region.getVcpuIndex())) {
			error(i, "vcpuIndex", "KVM_TDX_INIT_MEM_REGION through vCPU " + region.getVcpuIndex()
					+ ", which has not had KVM_TDX_INIT_VCPU yet");
		}
		if ((region.getFlags() & ~TdxCommands.MEASURE_MEMORY_REGION) != 0) {
			error(i, "flags", "flags " + hex(region.getFlags()) + " has bits other than KVM_TDX_MEASURE_MEMORY_REGION");
		}
		long gpa = region.getGpa();
		if (gpa % TdxModuleState.PAGE_SIZE != 0) {
			error(i, "gpa", "GPA " + hex(gpa) + " is not 4 KiB-aligned");
		} else if (gpa < 0 || gpa >= TdxModule.PRIVATE_GPA_LIMIT) {
			error(i, "gpa", "GPA " + hex(gpa) + " is not a private GPA (below " + hex(TdxModule.PRIVATE_GPA_LIMIT) + ")");
		}
		if (region.getNrPages() <= 0) {
			error(i, "nrPages", "nr_pages " + region.getNrPages() + " must be at least 1");
		}
		if (!step.getPages().isEmpty()) {
			long start = step.getPages().get(0).getGpa();
			if (start != gpa) {
				error(i, "gpa", "GPA " + hex(gpa) + " but the step's pages start at " + hex(start));
			}
			long bytes = step.getPages().stream().mapToLong(PageRange::getLength).sum();
			if (bytes > region.getNrPages() * TdxModuleState.PAGE_SIZE) {
				error(i, "nrPages", "the step's pages cover " + hex(bytes) + " bytes, more than " + region.getNrPages()
						+ " pages");
			}
		}
	}

	private static String hex(long value) {
		return StepSummary.hex(value);
	}

	private void error(int i, String field, String message) {
		problems.add(PlanProblem.error(i, field, message));
	}
}
