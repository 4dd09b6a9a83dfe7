/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.CpuidPageCheck;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.core.sim.SnpCpuidPolicy;
import org.cocolaunch.sev.model.SevStatus;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpCpuidMismatch;
import org.cocolaunch.sev.model.SnpGuestState;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated SNP firmware's CPUID page validation (SNP_LAUNCH_UPDATE, page type CPUID) against the platform's CPUID
 * policy: the entries QEMU reported as rejected in posted logs are rejected with the values the real firmware wrote
 * back, a conforming page passes, and the failure is INVALID_PARAM carrying the entries typed.
 */
class CpuidPageTest {

	private static SevFirmwareSimulator launching(SimulatedPlatform platform) throws Exception {
		LaunchPlan plan = TestSteps.emptyPlan(VmType.SNP);
		SevFirmwareSimulator sim = new SevFirmwareSimulator(plan, new PlanInputs(plan, Path.of("."), Map.of()), platform,
				new Random(7));
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.createVm(4)).getStatus());
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.init2(0)).getStatus());
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.snpStart(0x30000)).getStatus());
		return sim;
	}

	private static SnpCpuidFunction entry(long function, long index, long eax, long ebx, long ecx, long edx) {
		SnpCpuidFunction f = TestSteps.S.createSnpCpuidFunction();
		f.setEaxIn(function);
		f.setEcxIn(index);
		f.setEax(eax);
		f.setEbx(ebx);
		f.setEcx(ecx);
		f.setEdx(edx);
		return f;
	}

	private static Step cpuidPage(SnpCpuidFunction... entries) {
		Step s = TestSteps.snpUpdate(0x80e000, 0x1000, SnpPageType.CPUID);
		((SnpLaunchUpdate) s.getParameters()).getCpuidFunctions().addAll(List.of(entries));
		return s;
	}

	/** An EPYC-Milan-like table as QEMU builds it (leaf values within the Milan policy). */
	private static SnpCpuidFunction[] conformingMilanTable() {
		return new SnpCpuidFunction[] { entry(0x0, 0, 0x10, 0x68747541, 0x444d4163, 0x69746e65),
				entry(0x1, 0, 0x00a00f11, 0x00010800, 0xfef83203L, 0x178bfbff),
				entry(0x7, 0, 0x0, 0x219c97a9, 0x0040069c, 0x0),
				entry(0xd, 0, 0x7, 0x340, 0x340, 0x0), entry(0xd, 1, 0xf, 0x340, 0x0, 0x0),
				entry(0x80000000L, 0, 0x80000023L, 0x68747541, 0x444d4163, 0x69746e65),
				entry(0x80000001L, 0, 0x00a00f11, 0x40000000, 0x75c237ff, 0x2fd3fbff),
				entry(0x8000001dL, 3, 0x0003c163, 0x03c0003f, 0x00007fff, 0x00000001),
				entry(0x8000001eL, 0, 0x0, 0x100, 0x0, 0x0), entry(0x80000021L, 0, 0x18000045, 0x0, 0x0, 0x0),
				entry(0x40000000, 0, 0x40000001, 0x4b4d564b, 0x564b4d56, 0x4d) }; // hypervisor leaf: not checked
	}

	@Test
	void conformingPageIsLaunched() throws Exception {
		SevFirmwareSimulator sim = launching(SimulatedPlatform.DEFAULT);
		StepResult r = sim.execute(cpuidPage(conformingMilanTable()));
		assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
		assertTrue(r.getDetails().isEmpty());
		assertEquals(SnpGuestState.LAUNCH, sim.snpGuestState());
	}

	/**
	 * The rejected entries of the posted logs (nvtrust #91, qemu-devel Fn8000001E, qemu-devel Fn80000021 on Milan):
	 * the simulated firmware refuses each with INVALID_PARAM and writes back exactly the values the real one did.
	 */
	@ParameterizedTest(name = "0x{0} index {1}")
	@CsvSource(textBlock = """
			8000001d, 3, 000bc163, 03c0003f, 00007fff, 00000006, 000bc163, 03c0003f, 00007fff, 00000002
			8000001e, 0, 00000000, 00000100, 00000b00, 00000000, 00000000, 00000100, 00000300, 00000000
			80000021, 0, 18000245, 00000000, 00000000, 00000000, 18000045, 00000000, 00000000, 00000000
			""")
	void postedRejectionsAreReproducedWithTheFirmwaresValues(String fn, String index, String eax, String ebx,
			String ecx, String edx, String xEax, String xEbx, String xEcx, String xEdx) throws Exception {
		SevFirmwareSimulator sim = launching(SimulatedPlatform.DEFAULT);
		long function = Long.parseLong(fn, 16);
		SnpCpuidFunction[] table = conformingMilanTable();
		SnpCpuidFunction bad = entry(function, Long.parseLong(index), hex(eax), hex(ebx), hex(ecx), hex(edx));
		for (int i = 0; i < table.length; i++) {
			if (table[i].getEaxIn() == function && table[i].getEcxIn() == bad.getEcxIn()) {
				table[i] = bad;
			}
		}
		StepResult r = sim.execute(cpuidPage(table));
		assertEquals(StepStatus.FAILED, r.getStatus());
		assertEquals(5, r.getErrno());
		assertEquals(SevStatus.INVALID_PARAM_VALUE, r.getFirmwareError());
		assertEquals(1, r.getDetails().size(), r.getMessage());
		SnpCpuidMismatch m = (SnpCpuidMismatch) r.getDetails().get(0);
		assertEquals(function, m.getFunction());
		assertEquals(bad.getEcxIn(), m.getIndex());
		assertEquals(List.of(hex(eax), hex(ebx), hex(ecx), hex(edx)), regs(m.getProvided()));
		assertEquals(List.of(hex(xEax), hex(xEbx), hex(xEcx), hex(xEdx)), regs(m.getExpected()));
		assertTrue(r.getMessage().contains("CPUID validation failed for function 0x" + fn + ", index: 0x" + index
				+ ", provided: eax:0x" + eax), r.getMessage());
		// the page was not launched: the guest stays in LAUNCH and the corrected page can be launched next
		assertEquals(SnpGuestState.LAUNCH, sim.snpGuestState());
		table = conformingMilanTable();
		for (int i = 0; i < table.length; i++) {
			if (table[i].getEaxIn() == function && table[i].getEcxIn() == bad.getEcxIn()) {
				table[i] = m.getExpected();
			}
		}
		assertEquals(StepStatus.SUCCESS, sim.execute(cpuidPage(table)).getStatus());
	}

	@Test
	void unlistedLeavesMustBeZeroAndReservedFieldsZero() {
		SnpCpuidPolicy milan = SnpCpuidPolicy.milan();
		// Fn0000_0010 is in range but not in the policy: every register must read 0
		CpuidPageCheck unlisted = CpuidPageCheck.check(milan, List.of(entry(0x10, 0, 1, 2, 3, 4)));
		assertFalse(unlisted.passed());
		assertEquals(List.of(0L, 0L, 0L, 0L), regs(unlisted.mismatches().get(0).getExpected()));
		SnpCpuidFunction reserved = entry(0x8000001eL, 0, 0, 0x100, 0, 0);
		reserved.setReserved(1);
		assertFalse(CpuidPageCheck.check(milan, List.of(reserved)).passed());
		SnpCpuidFunction[] many = new SnpCpuidFunction[65];
		for (int i = 0; i < many.length; i++) {
			many[i] = entry(0x40000000L + i, 0, 0, 0, 0, 0);
		}
		CpuidPageCheck tooMany = CpuidPageCheck.check(milan, List.of(many));
		assertTrue(tooMany.tooMany());
		assertTrue(tooMany.describe().contains("65 entries"), tooMany.describe());
	}

	/** The policy is the platform's data: another table makes the same entry pass. */
	@Test
	void policyIsPlatformData() throws Exception {
		String genoaLike = "0x80000021\t0x0\teax\tmask\t0x18000345\t0x0\n";
		SnpCpuidPolicy policy = SnpCpuidPolicy.read(new ByteArrayInputStream(genoaLike.getBytes(StandardCharsets.UTF_8)),
				"genoa-like");
		SevFirmwareSimulator sim = launching(SimulatedPlatform.DEFAULT.withCpuidPolicy(policy));
		StepResult r = sim.execute(cpuidPage(entry(0x80000021L, 0, 0x18000245, 0, 0, 0)));
		assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SnpCpuidPolicy.read(
				new ByteArrayInputStream("0x1\t0x0\teax\tsome\t0x1\t0x0\n".getBytes(StandardCharsets.UTF_8)), "p.tsv"));
		assertTrue(bad.getMessage().startsWith("p.tsv:1: rule 'some'"), bad.getMessage());
	}

	private static long hex(String s) {
		return Long.parseLong(s, 16);
	}

	private static List<Long> regs(SnpCpuidFunction f) {
		return List.of(f.getEax(), f.getEbx(), f.getEcx(), f.getEdx());
	}
}
