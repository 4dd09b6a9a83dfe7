/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.Locale;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/** Small SEV, SEV-ES and SNP plans in the shape of domain reference §1.8 A–C, with generic parameters. */
final class SevPlans {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	static final long FLASH = 0xFFFF0000L;

	private SevPlans() {
	}

	/** Legacy SEV on KVM_X86_DEFAULT_VM: INIT, LAUNCH_START, UPDATE_DATA, MEASURE, FINISH. */
	static LaunchPlan sev() {
		LaunchPlan plan = plan(VmType.DEFAULT, 1);
		step(plan, "KVM_CREATE_VM", "vmType=0");
		step(plan, "KVM_SEV_INIT");
		step(plan, "KVM_SEV_LAUNCH_START", "policy=0x1");
		firmware(step(plan, "KVM_SEV_LAUNCH_UPDATE_DATA", "gpa=" + FLASH));
		step(plan, "KVM_SEV_LAUNCH_MEASURE");
		step(plan, "KVM_SEV_LAUNCH_FINISH");
		return plan;
	}

	/** SEV-ES on KVM_X86_SEV_ES_VM: INIT2, LAUNCH_START, UPDATE_DATA, UPDATE_VMSA, MEASURE, FINISH; two vCPUs. */
	static LaunchPlan sevEs() {
		LaunchPlan plan = plan(VmType.SEV_ES, 2);
		step(plan, "KVM_CREATE_VM", "vmType=3");
		step(plan, "KVM_SEV_INIT2");
		step(plan, "KVM_SEV_LAUNCH_START", "policy=0x5");
		firmware(step(plan, "KVM_SEV_LAUNCH_UPDATE_DATA", "gpa=" + FLASH));
		step(plan, "KVM_SEV_LAUNCH_UPDATE_VMSA");
		step(plan, "KVM_SEV_LAUNCH_MEASURE");
		step(plan, "KVM_SEV_LAUNCH_FINISH");
		return plan;
	}

	/** SNP on KVM_X86_SNP_VM: INIT2, SNP_LAUNCH_START, UPDATE (NORMAL, ZERO, SECRETS, CPUID), FINISH. */
	static LaunchPlan snp() {
		LaunchPlan plan = plan(VmType.SNP, 1);
		step(plan, "KVM_CREATE_VM", "vmType=4");
		step(plan, "KVM_SEV_INIT2");
		step(plan, "KVM_SEV_SNP_LAUNCH_START", "policy=0x30000");
		firmware(step(plan, "KVM_SEV_SNP_LAUNCH_UPDATE", "gpa=" + FLASH, "length=0x10000", "pageType=1"));
		step(plan, "KVM_SEV_SNP_LAUNCH_UPDATE", "gpa=0x800000", "length=0x9000", "pageType=3");
		step(plan, "KVM_SEV_SNP_LAUNCH_UPDATE", "gpa=0x809000", "length=0x1000", "pageType=5");
		step(plan, "KVM_SEV_SNP_LAUNCH_UPDATE", "gpa=0x80a000", "length=0x1000", "pageType=6");
		step(plan, "KVM_SEV_SNP_LAUNCH_FINISH");
		return plan;
	}

	/** The 64 KiB of "firmware" every plan loads at {@link #FLASH}. */
	static byte[] firmwareBytes() {
		byte[] b = new byte[0x10000];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) (i * 7);
		}
		return b;
	}

	private static LaunchPlan plan(VmType type, int vcpus) {
		LaunchPlan plan = F.createLaunchPlan();
		plan.setName("test " + type);
		plan.setVendor(Vendor.AMD);
		plan.setVmType(type);
		GuestMemoryRegion ram = F.createGuestMemoryRegion();
		ram.setName("ram");
		ram.setGpa(0);
		ram.setLength(16L << 20);
		ram.setPrivateMemory(type == VmType.SNP);
		plan.getMemoryRegions().add(ram);
		for (int i = 0; i < vcpus; i++) {
			VcpuState v = F.createVcpuState();
			v.setIndex(i);
			plan.getVcpus().add(v);
		}
		return plan;
	}

	private static Step step(LaunchPlan plan, String command, String... parameters) {
		Step s = F.createStep();
		s.setName(command.toLowerCase(Locale.ROOT) + "-" + plan.getSteps().size());
		s.setCommand(command);
		GenericParameters g = F.createGenericParameters();
		for (String p : parameters) {
			Parameter e = F.createParameter();
			e.setName(p.substring(0, p.indexOf('=')));
			e.setValue(p.substring(p.indexOf('=') + 1));
			g.getEntries().add(e);
		}
		s.setParameters(g);
		plan.getSteps().add(s);
		return s;
	}

	private static void firmware(Step step) {
		PageRange r = F.createPageRange();
		r.setGpa(FLASH);
		r.setLength(0x10000);
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.INLINE);
		c.setData(firmwareBytes());
		r.setContent(c);
		step.getPages().add(r);
	}
}
