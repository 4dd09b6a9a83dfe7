/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.util.HexFormat;

import org.cocolaunch.core.diff.DiffResult;
import org.cocolaunch.core.diff.LaunchDiff;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff reports the first step, page and field in which two plans or traces (or a trace and a plan) differ. */
class LaunchDiffTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@Test
	void samePlanIsIdentical() throws Exception {
		LaunchPlan a = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		LaunchPlan b = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		DiffResult d = LaunchDiff.plans(a, b);
		assertTrue(d.isIdentical(), d.description());
		assertEquals("identical", d.description());
	}

	@Test
	void twoRealLogsDifferFirstInTheKernelHashesPage() throws Exception {
		// #195's AMD-branch KVM_SEV_SNP_INIT replays as KVM_SEV_INIT2, so both launches agree until the older OVMF
		// puts its kernel-hashes page at 0x80f000, where the newer one has a zero page.
		DiffResult d = LaunchDiff.plans(TraceLogs.importData(TraceLogs.AMDSEV_195).plan(),
				TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan());
		assertEquals(8, d.step(), d.description());
		assertEquals("parameter", d.aspect(), d.description());
		assertEquals("step 8 (KVM_SEV_SNP_LAUNCH_UPDATE), parameter type NORMAL vs ZERO", d.description());
	}

	@Test
	void hostAddressesAreNotLaunchInputs() throws Exception {
		LaunchPlan a = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		LaunchPlan b = EcoreUtil.copy(a);
		((SnpLaunchUpdate) b.getSteps().get(3).getParameters()).setUaddr(0x7fffdeadb000L);
		assertTrue(LaunchDiff.plans(a, b).isIdentical());
	}

	@Test
	void firstDifferingPageField() throws Exception {
		LaunchPlan a = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();

		LaunchPlan kind = EcoreUtil.copy(a);
		kind.getSteps().get(7).getPages().get(0).setKind(PageKind.ZERO); // the 0x80e000 CPUID page
		kind.getSteps().get(9).getPages().get(0).setKind(PageKind.ZERO); // a later difference is not reported
		DiffResult d = LaunchDiff.plans(a, kind);
		assertEquals(7, d.step());
		assertEquals("kind", d.aspect());
		assertEquals(0x80e000, d.page());
		assertEquals("step 7 (KVM_SEV_SNP_LAUNCH_UPDATE), page 0x80e000: kind CPUID vs ZERO", d.description());

		LaunchPlan gpa = EcoreUtil.copy(a);
		gpa.getSteps().get(4).getPages().get(0).setGpa(0x801000);
		assertEquals("gpa", LaunchDiff.plans(a, gpa).aspect());
		assertEquals(4, LaunchDiff.plans(a, gpa).step());

		LaunchPlan length = EcoreUtil.copy(a);
		length.getSteps().get(4).getPages().get(0).setLength(0x8000);
		DiffResult l = LaunchDiff.plans(a, length);
		assertEquals("length", l.aspect());
		assertTrue(l.description().endsWith("length 0x9000 vs 0x8000"), l.description());
	}

	@Test
	void contentsDigestParameterAndOutcome() throws Exception {
		LaunchPlan a = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		LaunchPlan b = EcoreUtil.copy(a);
		a.getSteps().get(3).getPages().get(0).setContent(digest("aa11"));
		b.getSteps().get(3).getPages().get(0).setContent(digest("bb22"));
		DiffResult contents = LaunchDiff.plans(a, b);
		assertEquals("contents", contents.aspect());
		assertTrue(contents.description().contains("contents aa11 vs bb22"), contents.description());

		LaunchPlan c = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		LaunchPlan policy = EcoreUtil.copy(c);
		((SnpLaunchStart) policy.getSteps().get(2).getParameters()).setPolicy(0x70000);
		DiffResult p = LaunchDiff.plans(c, policy);
		assertEquals("parameter", p.aspect());
		assertEquals("step 2 (KVM_SEV_SNP_LAUNCH_START), parameter policy 0x30000 vs 0x70000", p.description());

		LaunchPlan failing = EcoreUtil.copy(c);
		failing.getSteps().get(11).setExpectedOutcome(failed("BAD_MEASUREMENT"));
		DiffResult o = LaunchDiff.plans(c, failing);
		assertEquals("status", o.aspect());
		assertEquals("step 11 (KVM_SEV_SNP_LAUNCH_FINISH), outcome SUCCESS vs FAILED BAD_MEASUREMENT", o.description());

		LaunchPlan shorter = EcoreUtil.copy(c);
		shorter.getSteps().remove(11);
		assertEquals("step 11 (KVM_SEV_SNP_LAUNCH_FINISH): only in A", LaunchDiff.plans(c, shorter).description());
	}

	@Test
	void tracesDifferInStatusRegisterOrVcpu() {
		LaunchTrace a = trace(false, "aa", 0xfff0);
		assertTrue(LaunchDiff.traces(a, trace(false, "aa", 0xfff0)).isIdentical());

		DiffResult status = LaunchDiff.traces(a, trace(true, "aa", 0xfff0));
		assertEquals(1, status.step());
		assertEquals("step 1 (KVM_SEV_SNP_LAUNCH_FINISH), outcome SUCCESS vs FAILED BAD_MEASUREMENT", status.description());

		DiffResult register = LaunchDiff.traces(a, trace(false, "bb", 0xfff0));
		assertEquals("register", register.aspect());
		assertEquals("step 0 (KVM_SEV_SNP_LAUNCH_UPDATE), register MEASUREMENT aa vs bb", register.description());

		DiffResult vcpu = LaunchDiff.traces(a, trace(false, "aa", 0x0));
		assertEquals("vcpu", vcpu.aspect());
		assertEquals("step 1 (KVM_SEV_SNP_LAUNCH_FINISH), vCPU 0 gpa 0xfff0 vs 0x0", vcpu.description());
	}

	@Test
	void traceAgainstThePlanItFollows() throws Exception {
		LaunchPlan plan = TraceLogs.importData(TraceLogs.AMDSEV_195).plan();
		LaunchTrace matching = followed(plan, plan.getSteps().size(), "BAD_MEASUREMENT");
		assertTrue(LaunchDiff.traceAndPlan(matching, plan).isIdentical(),
				LaunchDiff.traceAndPlan(matching, plan).description());

		LaunchTrace succeeded = followed(plan, plan.getSteps().size(), null);
		DiffResult s = LaunchDiff.traceAndPlan(succeeded, plan);
		assertEquals(10, s.step());
		assertEquals("step 10 (KVM_SEV_SNP_LAUNCH_FINISH), outcome SUCCESS vs FAILED BAD_MEASUREMENT", s.description());

		LaunchTrace stopped = followed(plan, 4, null);
		stopped.getResults().get(3).setStatus(StepStatus.FAILED);
		stopped.getResults().get(3).setFirmwareErrorName("INVALID_PARAM");
		DiffResult failedEarly = LaunchDiff.traceAndPlan(stopped, plan);
		assertEquals(3, failedEarly.step());
		assertEquals("step 3 (KVM_SEV_SNP_LAUNCH_UPDATE), outcome FAILED INVALID_PARAM vs SUCCESS",
				failedEarly.description());

		DiffResult ended = LaunchDiff.traceAndPlan(followed(plan, 4, null), plan);
		assertEquals(4, ended.step());
		assertEquals("steps", ended.aspect());
		assertEquals("step 4 (KVM_SEV_SNP_LAUNCH_UPDATE): only in the plan (the trace ends)", ended.description());
	}

	@Test
	void tracePagesMayBeSplitPageByPage() throws Exception {
		LaunchPlan plan = TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan();
		LaunchTrace trace = followed(plan, plan.getSteps().size(), null);
		StepResult firmware = trace.getResults().get(3); // 0xffc00000 + 0x400000, as 1024 single pages
		for (long gpa = 0xffc00000L; gpa < 0x1_0000_0000L; gpa += 0x1000) {
			firmware.getChangedPages().add(range(gpa, 0x1000, PageKind.NORMAL));
		}
		assertTrue(LaunchDiff.traceAndPlan(trace, plan).isIdentical());

		firmware.getChangedPages().get(700).setKind(PageKind.ZERO);
		DiffResult d = LaunchDiff.traceAndPlan(trace, plan);
		assertEquals(0xffc00000L + 700 * 0x1000, d.page());
		assertEquals("kind", d.aspect());
		assertFalse(d.description().contains("\n"));
	}

	private static LaunchTrace followed(LaunchPlan plan, int steps, String finalError) {
		LaunchTrace trace = F.createLaunchTrace();
		trace.setVmType(plan.getVmType());
		for (int i = 0; i < steps; i++) {
			StepResult r = F.createStepResult();
			r.setStepIndex(i);
			r.setCommand(plan.getSteps().get(i).getCommand());
			r.setStatus(StepStatus.SUCCESS);
			if (i == plan.getSteps().size() - 1 && finalError != null) {
				r.setStatus(StepStatus.FAILED);
				r.setFirmwareErrorName(finalError);
			}
			trace.getResults().add(r);
		}
		return trace;
	}

	private static LaunchTrace trace(boolean failFinish, String register, long vcpuField) {
		LaunchTrace trace = F.createLaunchTrace();
		StepResult update = F.createStepResult();
		update.setCommand("KVM_SEV_SNP_LAUNCH_UPDATE");
		update.setStatus(StepStatus.SUCCESS);
		update.getChangedPages().add(range(0x800000, 0x9000, PageKind.ZERO));
		RegisterValue value = F.createRegisterValue();
		value.setName("MEASUREMENT");
		value.setValue(HexFormat.of().parseHex(register));
		update.getRegisters().add(value);
		StepResult finish = F.createStepResult();
		finish.setCommand("KVM_SEV_SNP_LAUNCH_FINISH");
		finish.setStatus(failFinish ? StepStatus.FAILED : StepStatus.SUCCESS);
		finish.setFirmwareErrorName(failFinish ? "BAD_MEASUREMENT" : null);
		VcpuState vcpu = F.createVcpuState();
		vcpu.setState(range(vcpuField, 0x1000, PageKind.VMSA)); // any model object stands in for a VMSA here
		finish.getVcpus().add(vcpu);
		trace.getResults().add(update);
		trace.getResults().add(finish);
		return trace;
	}

	private static PageRange range(long gpa, long length, PageKind kind) {
		PageRange r = F.createPageRange();
		r.setGpa(gpa);
		r.setLength(length);
		r.setKind(kind);
		return r;
	}

	private static ContentSource digest(String digest) {
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.FIRMWARE);
		c.setDigest(digest);
		return c;
	}

	private static ExpectedOutcome failed(String error) {
		ExpectedOutcome o = F.createExpectedOutcome();
		o.setStatus(StepStatus.FAILED);
		o.setFirmwareError(error);
		return o;
	}
}
