/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevHost;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated host's KVM capabilities (the plan's {@link SevHost}): what KVM refuses before any firmware call when SEV,
 * SEV-ES or SNP is not enabled or the kernel does not know the new VM types. (The test steps' VM type is the plan's.)
 */
class HostCapabilityTest {

	private static SevFirmwareSimulator sim(VmType type, SevHost host) {
		LaunchPlan plan = TestSteps.emptyPlan(type);
		plan.setHost(host);
		return new SevFirmwareSimulator(plan, new PlanInputs(plan, Path.of("."), Map.of()), SimulatedPlatform.DEFAULT,
				new Random(7));
	}

	private static SevHost host() {
		return TestSteps.S.createSevHost();
	}

	private static void refused(int errno, String because, StepResult r) {
		assertEquals(StepStatus.FAILED, r.getStatus(), r.getMessage());
		assertEquals(errno, r.getErrno(), r.getMessage());
		assertEquals(0, r.getFirmwareError(), r.getMessage());
		assertTrue(r.getMessage().contains(because), r.getMessage());
	}

	@Test
	void defaultHostOffersEverything() throws Exception {
		SevHost h = host();
		assertTrue(h.isSevEnabled() && h.isSevEsEnabled() && h.isSnpEnabled());
		assertEquals(0b11101, h.getVmTypes());
		for (int type : new int[] { 0, 2, 3, 4 }) {
			assertEquals(StepStatus.SUCCESS, sim(VmType.get(type), h).execute(TestSteps.createVm(type)).getStatus());
		}
	}

	/** AMDSEV #36: with SEV disabled in kvm_amd every encryption command answers ENOTTY, the legacy init first. */
	@Test
	void sevDisabledAnswersEnottyToTheInit() throws Exception {
		SevHost h = host();
		h.setSevEnabled(false);
		SevFirmwareSimulator s = sim(VmType.DEFAULT, h);
		assertEquals(StepStatus.SUCCESS, s.execute(TestSteps.createVm(0)).getStatus());
		refused(25, "kvm_amd.sev=0", s.execute(TestSteps.command(SevCommandId.KVM_SEV_INIT, null)));
		refused(22, "SEV is not enabled", sim(VmType.SEV, h).execute(TestSteps.createVm(2)));
	}

	@Test
	void sevEsWithoutAsidsAnswersEnotty() throws Exception {
		SevHost h = host();
		h.setSevEsEnabled(false);
		SevFirmwareSimulator s = sim(VmType.DEFAULT, h);
		assertEquals(StepStatus.SUCCESS, s.execute(TestSteps.createVm(0)).getStatus());
		refused(25, "SEV-ES", s.execute(TestSteps.command(SevCommandId.KVM_SEV_ES_INIT, null)));
		refused(22, "SEV-ES is not enabled", sim(VmType.SEV_ES, h).execute(TestSteps.createVm(3)));
	}

	@Test
	void snpDisabledOffersNoSnpVmType() throws Exception {
		SevHost h = host();
		h.setSnpEnabled(false);
		refused(22, "kvm_amd.sev_snp=0", sim(VmType.SNP, h).execute(TestSteps.createVm(4)));
		assertEquals(StepStatus.SUCCESS, sim(VmType.SEV_ES, h).execute(TestSteps.createVm(3)).getStatus());
	}

	/** A kernel before KVM_SEV_INIT2 (Linux 6.10) knows only the default VM type. */
	@Test
	void kernelWithoutInit2KnowsOnlyTheDefaultVmType() throws Exception {
		SevHost h = host();
		h.setVmTypes(1);
		refused(22, "before KVM_SEV_INIT2", sim(VmType.SNP, h).execute(TestSteps.createVm(4)));
		refused(22, "KVM_CAP_VM_TYPES is 0x1", sim(VmType.SEV, h).execute(TestSteps.createVm(2)));
		SevFirmwareSimulator legacy = sim(VmType.DEFAULT, h);
		assertEquals(StepStatus.SUCCESS, legacy.execute(TestSteps.createVm(0)).getStatus());
		assertEquals(StepStatus.SUCCESS, legacy.execute(TestSteps.command(SevCommandId.KVM_SEV_INIT, null)).getStatus());
	}
}
