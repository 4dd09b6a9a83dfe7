/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.core.vmsa.VmsaModel;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.Vmsa;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of built plans: inputs, step order, page contents, vCPU state, and the vendor engine. */
class SevPlanBuilderTest {

	private static SevCaseRow row(String id) throws Exception {
		return SevCaseRow.planRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void inputsCarryTheirSha256() throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row("snp-10").request());
		List<String> roles = plan.getInputs().stream().map(LaunchInput::getRole).toList();
		assertEquals(List.of("firmware", "kernel", "initrd", "cmdline"), roles);
		for (LaunchInput in : plan.getInputs()) {
			if (in.getPath() != null) {
				byte[] data = Files.readAllBytes(Path.of(in.getPath()));
				assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)), in.getDigest());
			}
		}
		assertEquals("console=ttyS0 root=/dev/vda1 ro", plan.getInputs().get(3).getValue());
	}

	@Test
	void snpPlanOrderAndContents() throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row("snp-10").request());
		List<String> commands = plan.getSteps().stream().map(Step::getCommand).toList();
		assertEquals(List.of("KVM_CREATE_VM", "KVM_SEV_INIT2", "KVM_SEV_SNP_LAUNCH_START"), commands.subList(0, 3));
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", commands.get(commands.size() - 1));
		Step firmware = plan.getSteps().get(3);
		PageRange fw = firmware.getPages().get(0);
		assertEquals(ContentSourceKind.FIRMWARE, fw.getContent().getKind());
		assertEquals("firmware", fw.getContent().getInput());
		assertEquals(0x1_0000_0000L - fw.getLength(), fw.getGpa());
		Step hashes = plan.getSteps().stream().filter(s -> s.getDescription().contains("kernel hashes")).findFirst()
				.orElseThrow();
		PageRange page = hashes.getPages().get(0);
		assertEquals(PageKind.NORMAL, page.getKind());
		assertEquals(ContentSourceKind.GENERATED, page.getContent().getKind());
		assertEquals(4096, page.getContent().getData().length);
		assertEquals(SnpPageType.NORMAL, ((SnpLaunchUpdate) hashes.getParameters()).getType());
		Step finish = plan.getSteps().get(plan.getSteps().size() - 1);
		assertEquals(4, finish.getPages().size());
		assertTrue(finish.getPages().stream().allMatch(p -> p.getKind() == PageKind.VMSA
				&& p.getGpa() == 0xFFFFFFFFF000L && p.getContent().getKind() == ContentSourceKind.GENERATED));
		assertEquals(4, plan.getVcpus().size());
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof SnpLaunchUpdate u) {
				assertEquals(u.getGfnStart() << 12, s.getPages().get(0).getGpa());
				assertEquals(u.getLen(), s.getPages().get(0).getLength());
			}
		}
	}

	@Test
	void ec2LaunchesTheCpuidPageLast() throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row("snp-16").request());
		Step last = plan.getSteps().get(plan.getSteps().size() - 2);
		assertEquals(SnpPageType.CPUID, ((SnpLaunchUpdate) last.getParameters()).getType());
		assertEquals("ec2", plan.getPreset());
	}

	@Test
	void vmsaObjectsFollowDomainReferenceExample() throws Exception {
		// §4.1: BSP and AP VMSA for QEMU, EPYC-v4, SNP, features 0x1, fixture ovmf_AmdSev_suffix.bin (reset 0x80B004).
		Path fixture = TestData.file("upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin");
		LaunchPlan plan = SevPlanBuilder.build(SevPlanRequest.of(SevMode.SEV_SNP, fixture, 2, "EPYC-v4",
				VcpuTypes.byName("EPYC-v4")));
		Vmsa bsp = (Vmsa) plan.getVcpus().get(0).getState();
		Vmsa ap = (Vmsa) plan.getVcpus().get(1).getState();
		assertEquals(0xFFFF0000L, bsp.getCs().getBase());
		assertEquals(0xF000, bsp.getCs().getSelector());
		assertEquals(0x9B, bsp.getCs().getAttrib());
		assertEquals(0xFFF0L, bsp.getRip());
		assertEquals(0x800F12L, bsp.getRdx());
		assertEquals(0x1L, bsp.getSevFeatures());
		assertEquals(0x1000L, bsp.getEfer());
		assertEquals(0x40L, bsp.getCr4());
		assertEquals(0x10L, bsp.getCr0());
		assertEquals(0x7040600070406L, bsp.getGPat());
		assertEquals(0x1F80, bsp.getMxcsr());
		assertEquals(0x37F, bsp.getX87Fcw());
		assertEquals(0x8B, bsp.getTr().getAttrib());
		assertEquals(0x800000L, ap.getCs().getBase());
		assertEquals(0xB004L, ap.getRip());
		Step finish = plan.getSteps().get(plan.getSteps().size() - 1);
		for (int i = 0; i < 2; i++) {
			byte[] page = finish.getPages().get(i).getContent().getData();
			assertArrayEquals(page, VmsaModel.toBytes(VmsaModel.toModel(page)));
			assertArrayEquals(page, VmsaModel.toBytes((Vmsa) plan.getVcpus().get(i).getState()));
		}
	}

	@Test
	void legacySevEsInitLeavesFpuStateZeroAndChangesTheDigest() throws Exception {
		SevCaseRow row = row("seves-01");
		LaunchPlan plan = SevPlanBuilder.build(row.request().withLegacyInit(true));
		assertEquals(VmType.DEFAULT, plan.getVmType());
		assertEquals("KVM_SEV_ES_INIT", plan.getSteps().get(1).getCommand());
		Vmsa bsp = (Vmsa) plan.getVcpus().get(0).getState();
		assertEquals(0, bsp.getMxcsr());
		assertEquals(0, bsp.getX87Fcw());
		String legacy = PlanRuns.measurement(plan, TestData.dir());
		assertNotEquals(row.expected(), legacy);
	}

	@Test
	void legacySevInitMeasuresLikeInit2() throws Exception {
		SevCaseRow row = row("sev-03");
		LaunchPlan plan = SevPlanBuilder.build(row.request().withLegacyInit(true));
		assertEquals("KVM_SEV_INIT", plan.getSteps().get(1).getCommand());
		assertEquals(row.expected(), PlanRuns.measurement(plan, TestData.dir()));
	}

	@Test
	void svsmModeIsRefusedWithOneLine() {
		SevInputException e = assertThrows(SevInputException.class, () -> SevPlanBuilder.build(
				SevPlanRequest.of(SevMode.SEV_SNP_SVSM, TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd"), 1, null, 0)));
		assertTrue(!e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void vendorEngineRunsAmdPlansOnly() throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row("snp-01").request());
		SevVendorEngine engine = new SevVendorEngine();
		assertTrue(engine.supports(plan));
		assertEquals(engine, VendorEngines.of(engine).forPlan(plan).orElseThrow());
		assertInstanceOf(SevFirmwareSimulator.class, engine.createSimulator(plan,
				new PlanInputs(plan, TestData.dir(), Map.of())));
		LaunchPlan tdx = SevPlanBuilder.build(row("snp-01").request());
		tdx.setVendor(Vendor.INTEL);
		tdx.setVmType(VmType.TDX);
		assertTrue(!engine.supports(tdx));
	}
}
