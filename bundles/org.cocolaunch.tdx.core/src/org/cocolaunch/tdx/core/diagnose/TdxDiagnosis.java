/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.diagnose;

import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.diagnose.FailureCatalogue;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdvfSectionKind;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxHost;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The TDX engine's failure diagnosis: its cause catalogue ({@code tdx-failures.tsv} beside this class, data), the
 * plan changes that make the simulated TDX module take a cause's path, and QEMU's default TDX sequence without TDVF
 * contents.
 */
public final class TdxDiagnosis {

	private static final String RESOURCE = "tdx-failures.tsv";
	private static volatile FailureCatalogue catalogue;

	private TdxDiagnosis() {
	}

	/** The catalogue, read once. */
	public static FailureCatalogue catalogue() {
		FailureCatalogue c = catalogue;
		if (c == null) {
			c = FailureCatalogue.ofResource(TdxDiagnosis.class, RESOURCE);
			catalogue = c;
		}
		return c;
	}

	/** The causes of a TDX command's failure (and of the TDX VM type missing), most likely first. */
	public static List<FailureCause> causes(String command, int errno, long status) {
		if (command == null || !command.startsWith("KVM_TDX_") && !command.equals("KVM_CREATE_VM")) {
			return List.of();
		}
		return catalogue().causes(command, errno, status);
	}

	/** Applies {@code cause}'s change to {@code plan} whose last step failed; null when done, else why not. */
	public static String apply(LaunchPlan plan, int failing, FailureCause cause) {
		Step step = plan.getSteps().get(failing);
		switch (cause.change()) {
		case "tdx-attributes-reserved" -> {
			if (!(step.getParameters() instanceof TdxInitVm init)) {
				return "the failing step is not KVM_TDX_INIT_VM";
			}
			long known = 0;
			for (TdAttribute a : TdAttribute.VALUES) {
				known |= 1L << a.getValue();
			}
			init.setAttributes(init.getAttributes() | Long.lowestOneBit(~known)); // a bit the module reserves
			return null;
		}
		case "host-tdx-disabled" -> {
			TdxHost host = TdxFactory.eINSTANCE.createTdxHost();
			host.setTdxEnabled(false);
			plan.setHost(host);
			return null;
		}
		case "tdx-region-overlap" -> {
			if (!(step.getParameters() instanceof TdxInitMemRegion)) {
				return "the failing step is not KVM_TDX_INIT_MEM_REGION";
			}
			Step first = EcoreUtil.copy(step); // the same GPA added twice: the S-EPT entry is no longer free
			first.setName(step.getName() + "-first");
			plan.getSteps().add(failing, first);
			return null;
		}
		default -> {
			return "no simulated change '" + cause.change() + "'";
		}
		}
	}

	/**
	 * QEMU's TDX sequence up to and including {@code command}: KVM_CREATE_VM (type 5), KVM_TDX_INIT_VM with QEMU's
	 * default attributes (SEPT_VE_DISABLE) and x87/SSE state, KVM_TDX_INIT_VCPU, one measured TDVF page without
	 * contents, KVM_TDX_FINALIZE_VM (only KVM_CREATE_VM for a failure to create the TD). Null for commands the sequence
	 * does not issue.
	 */
	public static LaunchPlan defaultPlan(String command) {
		List<String> order = List.of(TdxCommands.INIT_VM, TdxCommands.INIT_VCPU, TdxCommands.INIT_MEM_REGION,
				TdxCommands.FINALIZE_VM);
		if (command == null || !order.contains(command) && !command.equals(TdxCommands.CREATE_VM)) {
			return null;
		}
		ModelFactory f = ModelFactory.eINSTANCE;
		TdxFactory t = TdxFactory.eINSTANCE;
		LaunchPlan plan = f.createLaunchPlan();
		plan.setVendor(Vendor.INTEL);
		plan.setVmType(VmType.TDX);
		plan.setName("QEMU default TDX launch");
		plan.setDescription("QEMU's default TDX command sequence, without TDVF contents");
		plan.setPreset("QEMU");
		KvmCreateVm create = f.createKvmCreateVm();
		create.setVmType(TdxCommands.VM_TYPE_TDX);
		plan.getSteps().add(step("create-vm", TdxCommands.CREATE_VM, Phase.CREATE, create));
		for (String c : command.equals(TdxCommands.CREATE_VM) ? List.<String>of() : order) {
			EObject p;
			Phase phase;
			if (c.equals(TdxCommands.INIT_VM)) {
				TdxInitVm init = t.createTdxInitVm();
				init.setAttributes(1L << TdAttribute.SEPT_VE_DISABLE_VALUE);
				init.setXfam(0x3);
				p = init;
				phase = Phase.INIT_VM;
			} else if (c.equals(TdxCommands.INIT_VCPU)) {
				TdxInitVcpu vcpu = t.createTdxInitVcpu();
				p = vcpu;
				phase = Phase.INIT_VCPU;
			} else if (c.equals(TdxCommands.INIT_MEM_REGION)) {
				TdxInitMemRegion region = t.createTdxInitMemRegion();
				region.setGpa(0xFFC00000L);
				region.setNrPages(1);
				region.setFlags(TdxCommands.MEASURE_MEMORY_REGION);
				region.setMeasureOrder(MeasureOrder.PER_PAGE);
				region.setSectionType(TdvfSectionKind.BFV);
				p = region;
				phase = Phase.UPDATE;
			} else {
				p = t.createTdxFinalizeVm();
				phase = Phase.FINALIZE;
			}
			plan.getSteps().add(step(c.substring(4).toLowerCase(Locale.ROOT).replace('_', '-'), c, phase, p));
			if (c.equals(command)) {
				break;
			}
		}
		return plan;
	}

	private static Step step(String name, String command, Phase phase, EObject parameters) {
		Step s = ModelFactory.eINSTANCE.createStep();
		s.setName(name);
		s.setCommand(command);
		s.setPhase(phase);
		s.setDescription("QEMU default sequence");
		s.setParameters(parameters);
		return s;
	}
}
