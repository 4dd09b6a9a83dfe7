/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.hob.TdHobBuilder;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdvfSectionKind;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.eclipse.emf.ecore.EObject;

/**
 * Builds the launch plan of a TD as QEMU issues it (domain reference §1.8 D; QEMU target/i386/kvm/tdx.c
 * {@code tdx_finalize_vm}): KVM_CREATE_VM type 5, KVM_TDX_INIT_VM, KVM_TDX_INIT_VCPU for every vCPU with the TD HOB
 * address, KVM_TDX_INIT_MEM_REGION for every TDVF section in metadata order (MEASURE when the section has
 * MR.EXTEND), KVM_TDX_FINALIZE_VM. BFV/CFV contents are slices of the firmware input, the TD HOB is the one QEMU
 * builds for the memory size (inline), TempMem has no contents. The page order becomes each region's
 * {@link MeasureOrder}: {@code single} is PER_PAGE, {@code two-pass} AFTER_REGION.
 */
public final class TdxPlanBuilder {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final TdxFactory T = TdxFactory.eINSTANCE;
	/** Largest vCPU count accepted (KVM_MAX_VCPUS on x86). */
	static final int MAX_VCPUS = 4096;
	private static final int MR_SIZE = 48;

	private TdxPlanBuilder() {
	}

	public static LaunchPlan build(TdxPlanSpec spec) throws TdxInputException {
		check(spec);
		TdvfImage image = TdvfParser.parse(spec.firmware(), spec.firmwarePlanPath());
		TdHob hob;
		try {
			hob = TdHobBuilder.build(image, new GuestRamLayout(spec.memory()));
		} catch (IllegalArgumentException e) {
			throw new TdxInputException(e.getMessage(), e);
		}
		LaunchPlan plan = F.createLaunchPlan();
		plan.setName(spec.name() != null ? spec.name() : defaultName(spec));
		plan.setDescription("TDX launch as QEMU issues it: " + spec.vcpus() + " vCPU(s), " + spec.memory()
				+ " bytes of RAM, page order " + TdxPageOrders.cliName(spec.pageOrder())
				+ (spec.kernel() != null ? ", direct kernel boot" : ""));
		plan.setVendor(Vendor.INTEL);
		plan.setVmType(VmType.TDX);
		plan.setPreset(spec.pageOrder() == MeasureOrder.PER_PAGE ? "QEMU" : "QEMU 8.x TDX tree (two-pass)");
		plan.getInputs().add(fileInput(TdxInputRoles.FIRMWARE, spec.firmwarePlanPath(), image.bytes()));
		if (spec.kernel() != null) {
			plan.getInputs().add(fileInput(TdxInputRoles.KERNEL, spec.kernelPlanPath(), read(spec.kernel(), "kernel")));
		}
		if (spec.initrd() != null) {
			plan.getInputs().add(fileInput(TdxInputRoles.INITRD, spec.initrdPlanPath(), read(spec.initrd(), "initrd")));
		}
		if (spec.commandLine() != null) {
			LaunchInput cmdline = F.createLaunchInput();
			cmdline.setRole(TdxInputRoles.CMDLINE);
			cmdline.setValue(spec.commandLine());
			plan.getInputs().add(cmdline);
		}
		addMemory(plan, new GuestRamLayout(spec.memory()));
		for (int i = 0; i < spec.vcpus(); i++) {
			plan.getVcpus().add(vcpu(i));
		}
		for (String name : TdxRegisterNames.ALL) {
			MeasurementRegister r = F.createMeasurementRegister();
			r.setName(name);
			r.setWidthBits(TdxRegisterNames.WIDTH_BITS);
			plan.getRegisters().add(r);
		}
		addSteps(plan, spec, image, hob);
		return plan;
	}

	private static void addSteps(LaunchPlan plan, TdxPlanSpec spec, TdvfImage image, TdHob hob) {
		KvmCreateVm create = ModelFactory.eINSTANCE.createKvmCreateVm();
		create.setVmType(TdxCommands.VM_TYPE_TDX);
		plan.getSteps().add(step("create-vm", TdxCommands.CREATE_VM, Phase.CREATE, "Create a TD (KVM_X86_TDX_VM)", create));

		TdxInitVm init = T.createTdxInitVm();
		init.setAttributes(spec.attributes());
		init.setXfam(spec.xfam());
		init.setMrConfigId(spec.mrConfigId());
		init.setMrOwner(spec.mrOwner());
		init.setMrOwnerConfig(spec.mrOwnerConfig());
		plan.getSteps().add(step("init-vm", TdxCommands.INIT_VM, Phase.INIT_VM,
				"TDH.MNG.CREATE, KEY.CONFIG, ADDCX and TDH.MNG.INIT with the TD_PARAMS", init));

		for (int i = 0; i < spec.vcpus(); i++) {
			TdxInitVcpu vcpu = T.createTdxInitVcpu();
			vcpu.setVcpuIndex(i);
			vcpu.setRcx(hob.gpa());
			plan.getSteps().add(step("init-vcpu-" + i, TdxCommands.INIT_VCPU, Phase.INIT_VCPU,
					String.format("TDH.VP.CREATE and TDH.VP.INIT of vCPU %d, RCX = TD HOB at 0x%x", i, hob.gpa()), vcpu));
		}

		MeasureOrder order = spec.pageOrder() == MeasureOrder.PER_PAGE ? MeasureOrder.PER_PAGE : MeasureOrder.AFTER_REGION;
		for (TdvfSection s : image.sections()) {
			plan.getSteps().add(memRegionStep(s, hob, order));
		}

		plan.getSteps().add(step("finalize-vm", TdxCommands.FINALIZE_VM, Phase.FINALIZE, "TDH.MR.FINALIZE: MRTD is fixed",
				T.createTdxFinalizeVm()));
	}

	private static Step memRegionStep(TdvfSection s, TdHob hob, MeasureOrder order) {
		TdxInitMemRegion region = T.createTdxInitMemRegion();
		region.setGpa(s.memoryAddress());
		region.setNrPages(s.pageCount());
		region.setFlags(s.mrExtend() ? TdxCommands.MEASURE_MEMORY_REGION : 0);
		region.setMeasureOrder(order);
		region.setVcpuIndex(0);
		region.setSectionIndex(s.index());
		region.setSectionType(TdvfSectionKind.get(s.type().code()));
		region.setSectionAttributes(s.attributes());

		PageRange pages = F.createPageRange();
		pages.setGpa(s.memoryAddress());
		pages.setLength(s.memoryDataSize());
		pages.setKind(s.pageAug() ? PageKind.AUG : s.mrExtend() ? PageKind.NORMAL : PageKind.UNMEASURED);
		ContentSource content = F.createContentSource();
		if (s.rawDataSize() > 0) {
			content.setKind(ContentSourceKind.FIRMWARE);
			content.setInput(TdxInputRoles.FIRMWARE);
			content.setOffset(s.dataOffset());
			content.setLength(s.rawDataSize());
		} else if (s.memoryAddress() == hob.gpa() && s.type() == TdvfSectionType.TD_HOB) {
			content.setKind(ContentSourceKind.GENERATED);
			content.setData(hob.bytes());
		} else {
			content.setKind(ContentSourceKind.NONE);
		}
		pages.setContent(content);

		String type = s.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String what = String.format("TDVF section %d (%s) at 0x%x, %d pages: PAGE.ADD%s%s", s.index(), s.type(),
				s.memoryAddress(), s.pageCount(), s.mrExtend() ? " + MR.EXTEND" : "",
				s.pageAug() ? " (PAGE.AUG section: added after launch, not measured)" : "");
		Step step = step("init-mem-region-" + s.index() + "-" + type, TdxCommands.INIT_MEM_REGION, Phase.UPDATE, what, region);
		step.getPages().add(pages);
		return step;
	}

	private static Step step(String name, String command, Phase phase, String description,
			EObject parameters) {
		Step step = F.createStep();
		step.setName(name);
		step.setCommand(command);
		step.setPhase(phase);
		step.setDescription(description);
		step.setParameters(parameters);
		return step;
	}

	private static VcpuState vcpu(int index) {
		VcpuState v = F.createVcpuState();
		v.setIndex(index);
		v.setApicId(index);
		v.setDescription("TD vCPU " + index);
		TdVcpuState state = T.createTdVcpuState();
		state.setVcpuIndex(index);
		state.setX2apicId(index);
		state.setState(VcpuTdState.UNINITIALIZED);
		v.setState(state);
		return v;
	}

	private static void addMemory(LaunchPlan plan, GuestRamLayout layout) {
		List<long[]> ranges = layout.ramRanges();
		for (long[] r : ranges) {
			GuestMemoryRegion region = F.createGuestMemoryRegion();
			region.setName(r[0] < GuestRamLayout.FOUR_GIB ? "ram-below-4g" : "ram-above-4g");
			region.setGpa(r[0]);
			region.setLength(r[1]);
			region.setPrivateMemory(true);
			plan.getMemoryRegions().add(region);
		}
	}

	private static LaunchInput fileInput(String role, String path, byte[] data) {
		LaunchInput input = F.createLaunchInput();
		input.setRole(role);
		input.setPath(path);
		input.setDigest(PlanInputs.sha256(data));
		return input;
	}

	private static byte[] read(Path file, String what) throws TdxInputException {
		try {
			return BoundedInput.readAll(file, what.contains("initrd") ? InputKind.INITRD
					: what.contains("kernel") ? InputKind.KERNEL : InputKind.FIRMWARE);
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read " + what + " " + file + ": " + e.reason());
		}
	}

	private static void check(TdxPlanSpec spec) throws TdxInputException {
		if (spec.firmware() == null) {
			throw new TdxInputException("a TDX plan needs a TDVF firmware image");
		}
		if (spec.vcpus() < 1 || spec.vcpus() > MAX_VCPUS) {
			throw new TdxInputException("vCPU count must be 1.." + MAX_VCPUS + ", got " + spec.vcpus());
		}
		if ((spec.initrd() != null || spec.commandLine() != null) && spec.kernel() == null) {
			throw new TdxInputException("an initrd or a command line needs a kernel (QEMU refuses them without -kernel)");
		}
		checkMr("MRCONFIGID", spec.mrConfigId());
		checkMr("MROWNER", spec.mrOwner());
		checkMr("MROWNERCONFIG", spec.mrOwnerConfig());
	}

	private static void checkMr(String name, byte[] value) throws TdxInputException {
		if (value != null && value.length != MR_SIZE) {
			throw new TdxInputException(name + " must be " + MR_SIZE + " bytes (a SHA-384 digest), got " + value.length);
		}
	}

	private static String defaultName(TdxPlanSpec spec) {
		String fw = spec.firmware().getFileName().toString();
		return "TDX launch, QEMU, " + fw + ", " + spec.vcpus() + " vCPU" + (spec.vcpus() == 1 ? "" : "s")
				+ (spec.pageOrder() == MeasureOrder.AFTER_REGION ? ", two-pass" : "");
	}
}
