/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
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
import org.cocolaunch.sev.core.InputFiles;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.MetadataSection;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.core.sim.LaunchRegisters;
import org.cocolaunch.sev.core.vmsa.KvmVmsaSync;
import org.cocolaunch.sev.core.vmsa.VmsaModel;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevLaunchUpdateVmsa;
import org.cocolaunch.sev.model.SevLegacyInit;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.VmmType;
import org.eclipse.emf.ecore.EObject;

/**
 * Builds the ordered launch plan a VMM issues for an SEV, SEV-ES or SEV-SNP guest (domain reference §1.8 A–C): create
 * the VM, initialise the SEV context, start the launch, the updates (firmware as one step, then — SNP — every OVMF
 * metadata section, or — SEV — the kernel-hash table), the VMSAs, measure and finish. The page lists come from the
 * measurement engine ({@link LaunchMeasurer}, {@link org.cocolaunch.sev.core.measure.SnpLaunchPlanner}), so a plan
 * run on the simulated firmware measures exactly what {@code cocolaunch measure} computes.
 */
public final class SevPlanBuilder {

	/** SEV LAUNCH_MEASURE output: MEASURE(32) || MNONCE(16). */
	public static final int LAUNCH_MEASURE_LENGTH = 48;

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final SevFactory S = SevFactory.eINSTANCE;
	private static final int PAGE = PageUpdate.PAGE_SIZE;

	private SevPlanBuilder() {
	}

	/** Builds the plan; every input file is read and its SHA-256 recorded. */
	public static LaunchPlan build(SevPlanRequest r) throws SevInputException {
		if (r.mode() == SevMode.SEV_SNP_SVSM) {
			throw new SevInputException("the plan builder does not support snp:svsm launches yet");
		}
		if (r.vcpus() < 0) {
			throw new SevInputException("vCPU count " + r.vcpus() + " is negative");
		}
		if (r.mode() != SevMode.SEV_SNP && r.legacyInit() && r.vmm() != VmmType.QEMU) {
			throw new SevInputException("legacy KVM_SEV_INIT is a QEMU/KVM choice; use INIT2 with --vmm-type " + r.vmm().cliName());
		}
		FirmwareImage ovmf = FirmwareImage.load(r.firmware(), "OVMF");
		LaunchPlan plan = F.createLaunchPlan();
		plan.setName(defaultName(r));
		plan.setDescription(description(r));
		plan.setVendor(Vendor.AMD);
		plan.setVmType(vmType(r));
		plan.setPreset(r.vmm().cliName());
		addInputs(plan, r, ovmf);
		for (MeasurementRegister reg : LaunchRegisters.declared(r.mode().isSnp())) {
			plan.getRegisters().add(reg);
		}
		plan.getSteps().add(createVm(r));
		plan.getSteps().add(init(r));
		if (r.mode() == SevMode.SEV_SNP) {
			buildSnp(plan, r, ovmf);
		} else {
			buildSev(plan, r, ovmf);
		}
		return plan;
	}

	private static void buildSnp(LaunchPlan plan, SevPlanRequest r, FirmwareImage ovmf) throws SevInputException {
		SnpLaunchStart start = S.createSnpLaunchStart();
		start.setPolicy(r.effectivePolicy());
		plan.getSteps().add(step("launch-start", SevCommandId.KVM_SEV_SNP_LAUNCH_START, Phase.INIT_VM,
				"Start the launch with the guest policy", start));

		List<PageUpdate> pages = LaunchMeasurer.snpPlan(measurementRequest(r));
		int firmwarePages = ovmf.size() / PAGE;
		PageUpdate first = pages.get(0);
		SnpLaunchUpdate fw = snpUpdate(first.gpa(), (long) ovmf.size(), SnpPageType.NORMAL);
		Step firmware = step("update-firmware", SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, Phase.UPDATE,
				"OVMF image, measured", fw);
		firmware.getPages().add(firmwarePages(first.gpa(), ovmf.size()));
		plan.getSteps().add(firmware);

		Map<Long, MetadataSection> sectionAt = new HashMap<>();
		for (MetadataSection s : ovmf.metadataSections()) {
			sectionAt.putIfAbsent(s.gpa(), s);
		}
		List<byte[]> vmsas = new ArrayList<>();
		int index = 0;
		int i = firmwarePages;
		while (i < pages.size()) {
			PageUpdate p = pages.get(i);
			if (p.type() == SnpPageType.VMSA) {
				vmsas.add(bytes(p.contents()));
				i++;
				continue;
			}
			int end = i + 1;
			while (end < pages.size() && continues(pages.get(end - 1), pages.get(end), sectionAt)) {
				end++;
			}
			MetadataSection section = sectionAt.get(p.gpa());
			SnpPageType type = p.type();
			long length = (long) (end - i) * PAGE;
			Step update = step("update-metadata-" + index++, SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, Phase.UPDATE,
					sectionText(section, p, r), snpUpdate(p.gpa(), length, type));
			PageRange range = range(p.gpa(), length, SnpPageKinds.kindOf(p.type()));
			if (SnpPageKinds.measuresContents(p.type())) {
				range.setContent(generated(bytes(p.contents())));
			}
			update.getPages().add(range);
			plan.getSteps().add(update);
			i = end;
		}

		SnpLaunchFinish finish = S.createSnpLaunchFinish();
		finish.setIdBlockEn(false);
		finish.setAuthKeyEn(false);
		Step finishStep = step("launch-finish", SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, Phase.FINALIZE,
				finishText(vmsas.size()), finish);
		long features = r.guestFeatures() | 1;
		for (byte[] v : vmsas) {
			PageRange range = range(PageUpdate.VMSA_GPA, PAGE, PageKind.VMSA);
			range.setContent(generated(KvmVmsaSync.apply(v, features, true)));
			finishStep.getPages().add(range);
		}
		plan.getSteps().add(finishStep);
		addVcpus(plan, vmsas, features, true, ovmf);
	}

	private static void buildSev(LaunchPlan plan, SevPlanRequest r, FirmwareImage ovmf) throws SevInputException {
		SevLaunchStart start = S.createSevLaunchStart();
		start.setHandle(0);
		start.setPolicy((int) r.effectivePolicy());
		plan.getSteps().add(step("launch-start", SevCommandId.KVM_SEV_LAUNCH_START, Phase.INIT_VM,
				"Start the launch with the guest policy", start));

		SevLaunchUpdateData fw = S.createSevLaunchUpdateData();
		fw.setLen(ovmf.size());
		Step firmware = step("update-firmware", SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA, Phase.UPDATE,
				"OVMF image, encrypted in place and measured", fw);
		firmware.getPages().add(firmwarePages(ovmf.ovmfGpa(), ovmf.size()));
		plan.getSteps().add(firmware);

		if (r.kernel() != null) {
			if (!ovmf.supportsKernelHashes()) {
				throw new SevInputException("Kernel specified but OVMF doesn't support kernel/initrd/cmdline measurement");
			}
			byte[] table = hashTable(r).table();
			SevLaunchUpdateData hashes = S.createSevLaunchUpdateData();
			hashes.setLen(table.length);
			Step step = step("update-kernel-hashes", SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA, Phase.UPDATE,
					"Kernel, initrd and command line hash table (measured direct boot)", hashes);
			PageRange range = range(ovmf.sevHashTableGpa(), table.length, PageKind.NORMAL);
			range.setContent(generated(table));
			step.getPages().add(range);
			plan.getSteps().add(step);
		}

		if (r.mode() == SevMode.SEV_ES) {
			// SEV-ES VMSAs carry SEV_FEATURES 0, as sev-snp-measure measures them.
			List<byte[]> vmsas = LaunchMeasurer.vmsas(measurementRequest(r), ovmf, 0);
			SevLaunchUpdateVmsa params = S.createSevLaunchUpdateVmsa();
			params.setVcpuCount(vmsas.size());
			Step step = step("update-vmsa", SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, Phase.INIT_VCPU,
					"Encrypt and measure the VMSA of every vCPU, in vCPU order", params);
			for (byte[] v : vmsas) {
				PageRange range = range(0, PAGE, PageKind.VMSA);
				range.setContent(generated(KvmVmsaSync.apply(v, 0, !r.legacyInit())));
				step.getPages().add(range);
			}
			plan.getSteps().add(step);
			addVcpus(plan, vmsas, 0, !r.legacyInit(), ovmf);
		}

		SevLaunchMeasure measure = S.createSevLaunchMeasure();
		measure.setLen(LAUNCH_MEASURE_LENGTH);
		plan.getSteps().add(step("launch-measure", SevCommandId.KVM_SEV_LAUNCH_MEASURE, Phase.MEASURE,
				"Get the launch measurement: HMAC of the launch digest with the TIK, and the MNONCE", measure));
		plan.getSteps().add(step("launch-finish", SevCommandId.KVM_SEV_LAUNCH_FINISH, Phase.FINALIZE,
				"Finish the launch: the guest can run", S.createSevLaunchFinish()));
	}

	private static boolean continues(PageUpdate prev, PageUpdate next, Map<Long, MetadataSection> sectionAt) {
		return next.type() == prev.type() && next.type() != SnpPageType.VMSA && next.gpa() == prev.gpa() + PAGE
				&& !sectionAt.containsKey(next.gpa());
	}

	private static Step createVm(SevPlanRequest r) {
		VmType type = vmType(r);
		KvmCreateVm p = F.createKvmCreateVm();
		p.setVmType(type.getValue());
		String what = switch (r.mode()) {
		case SEV -> "an SEV";
		case SEV_ES -> "an SEV-ES";
		default -> "an SNP";
		};
		Step s = step("create-vm", null, Phase.CREATE, "Create " + what + " VM", p);
		s.setCommand(SevCommands.CREATE_VM);
		return s;
	}

	private static Step init(SevPlanRequest r) {
		if (r.legacyInit() && r.mode() != SevMode.SEV_SNP) {
			boolean es = r.mode() == SevMode.SEV_ES;
			SevLegacyInit p = S.createSevLegacyInit();
			p.setEs(es);
			return step(es ? "sev-es-init" : "sev-init", es ? SevCommandId.KVM_SEV_ES_INIT : SevCommandId.KVM_SEV_INIT,
					Phase.CREATE, "Initialise the SEV context (legacy VM type)", p);
		}
		SevInit p = S.createSevInit();
		p.setVmsaFeatures(r.mode() == SevMode.SEV_SNP ? r.guestFeatures() & ~1L : 0);
		p.setFlags(0);
		p.setGhcbVersion(0);
		return step("sev-init2", SevCommandId.KVM_SEV_INIT2, Phase.CREATE,
				"Initialise the SEV context with the VMSA features", p);
	}

	private static void addInputs(LaunchPlan plan, SevPlanRequest r, FirmwareImage ovmf) throws SevInputException {
		plan.getInputs().add(input("firmware", r.firmware(), PlanInputs.sha256(ovmf.data()), r.planDir()));
		if (r.kernel() != null) {
			plan.getInputs().add(input("kernel", r.kernel(), PlanInputs.sha256(InputFiles.read(r.kernel(), "kernel")),
					r.planDir()));
			if (r.initrd() != null) {
				plan.getInputs().add(input("initrd", r.initrd(),
						PlanInputs.sha256(InputFiles.read(r.initrd(), "initrd")), r.planDir()));
			}
			LaunchInput cmdline = F.createLaunchInput();
			cmdline.setRole("cmdline");
			cmdline.setValue(r.cmdline() == null ? "" : r.cmdline());
			plan.getInputs().add(cmdline);
		}
	}

	private static LaunchInput input(String role, Path file, String digest, Path planDir) {
		LaunchInput in = F.createLaunchInput();
		in.setRole(role);
		Path shown = file;
		if (planDir != null) {
			shown = planDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
		}
		in.setPath(shown.toString().replace('\\', '/'));
		in.setDigest(digest);
		return in;
	}

	private static void addVcpus(LaunchPlan plan, List<byte[]> vmsas, long features, boolean fpu, FirmwareImage ovmf)
			throws SevInputException {
		for (int i = 0; i < vmsas.size(); i++) {
			VcpuState v = F.createVcpuState();
			v.setIndex(i);
			v.setApicId(i);
			v.setDescription(i == 0 ? "BSP, starts at 0xfffffff0"
					: "AP, starts at 0x" + Long.toHexString(ovmf.sevEsResetEip()) + " (OVMF SEV-ES reset block)");
			v.setState(VmsaModel.toModel(KvmVmsaSync.apply(vmsas.get(i), features, fpu)));
			plan.getVcpus().add(v);
		}
	}

	private static MeasurementRequest measurementRequest(SevPlanRequest r) {
		return MeasurementRequest.of(r.mode(), r.firmware()).withKernel(r.kernel(), r.initrd(), r.cmdline())
				.withVcpus(r.vcpus(), r.vcpuSig()).withGuestFeatures(r.guestFeatures()).withVmm(r.vmm());
	}

	private static KernelHashTable hashTable(SevPlanRequest r) throws SevInputException {
		byte[] kernel = InputFiles.read(r.kernel(), "kernel");
		byte[] initrd = r.initrd() == null ? null : InputFiles.read(r.initrd(), "initrd");
		return KernelHashTable.of(kernel, initrd, r.cmdline());
	}

	private static Step step(String name, SevCommandId command, Phase phase, String description,
			EObject parameters) {
		Step s = F.createStep();
		s.setName(name);
		if (command != null) {
			s.setCommand(SevCommands.name(command));
		}
		s.setPhase(phase);
		s.setDescription(description);
		s.setParameters(parameters);
		return s;
	}

	private static SnpLaunchUpdate snpUpdate(long gpa, long length, SnpPageType type) {
		SnpLaunchUpdate u = S.createSnpLaunchUpdate();
		u.setGfnStart(gpa >>> 12);
		u.setLen(length);
		u.setType(type);
		return u;
	}

	private static PageRange firmwarePages(long gpa, int size) {
		PageRange range = range(gpa, size, PageKind.NORMAL);
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.FIRMWARE);
		c.setInput("firmware");
		c.setOffset(0);
		c.setLength(size);
		range.setContent(c);
		return range;
	}

	private static PageRange range(long gpa, long length, PageKind kind) {
		PageRange p = F.createPageRange();
		p.setGpa(gpa);
		p.setLength(length);
		p.setKind(kind);
		return p;
	}

	private static ContentSource generated(byte[] data) {
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.GENERATED);
		c.setLength(data.length);
		c.setData(data);
		c.setDigest(PlanInputs.sha256(data));
		return c;
	}

	private static byte[] bytes(ByteBuffer contents) {
		byte[] b = new byte[contents.remaining()];
		contents.duplicate().get(b);
		return b;
	}

	private static String sectionText(MetadataSection s, PageUpdate p, SevPlanRequest r) {
		SectionType type = s == null ? null : s.type();
		if (type == null) {
			return "SEV metadata: " + p.type().getLiteral().toLowerCase(Locale.ROOT) + " pages";
		}
		return switch (type) {
		case SNP_SEC_MEM -> "SEV metadata: SNP SEC memory";
		case SNP_SECRETS -> "SEV metadata: secrets page";
		case CPUID -> "SEV metadata: CPUID page";
		case SVSM_CAA -> "SEV metadata: SVSM calling area";
		case SNP_KERNEL_HASHES -> r.kernel() == null ? "SEV metadata: kernel hashes (no kernel: zero page)"
				: "SEV metadata: kernel hashes (table of kernel, initrd and command line hashes)";
		};
	}

	private static String finishText(int vcpus) {
		if (vcpus == 0) {
			return "Finish: no VMSA is measured, then the guest can run";
		}
		return "Finish: the VMSA of " + (vcpus == 1 ? "vCPU 0 is" : "vCPUs 0.." + (vcpus - 1) + " are")
				+ " measured, then the guest can run";
	}

	private static VmType vmType(SevPlanRequest r) {
		return switch (r.mode()) {
		case SEV -> r.legacyInit() ? VmType.DEFAULT : VmType.SEV;
		case SEV_ES -> r.legacyInit() ? VmType.DEFAULT : VmType.SEV_ES;
		default -> VmType.SNP;
		};
	}

	private static String defaultName(SevPlanRequest r) {
		String mode = switch (r.mode()) {
		case SEV -> "SEV";
		case SEV_ES -> "SEV-ES";
		default -> "SNP";
		};
		String file = r.firmware().getFileName().toString();
		return mode + " launch, " + r.vmm().cliName() + ", " + file + ", " + r.vcpus() + " vCPU" + (r.vcpus() == 1 ? "" : "s");
	}

	private static String description(SevPlanRequest r) {
		String mode = switch (r.mode()) {
		case SEV -> "SEV";
		case SEV_ES -> "SEV-ES";
		default -> "SEV-SNP";
		};
		StringBuilder b = new StringBuilder(mode).append(" launch as ").append(r.vmm() == VmmType.QEMU ? "QEMU" : r.vmm().cliName().toUpperCase(Locale.ROOT)).append(" issues it");
		b.append(r.kernel() == null ? ", without direct kernel boot" : ", with measured direct kernel boot");
		if (r.vcpuType() != null) {
			b.append(", vCPU type ").append(r.vcpuType());
		}
		if (r.mode() != SevMode.SEV_SNP) {
			b.append(r.legacyInit() ? ", legacy KVM_SEV_INIT" : ", KVM_SEV_INIT2");
		}
		return b.toString();
	}
}
