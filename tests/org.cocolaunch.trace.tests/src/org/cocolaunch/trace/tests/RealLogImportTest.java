/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.diff.DiffResult;
import org.cocolaunch.core.diff.LaunchDiff;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.model.SevLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.trace.ImportResult;
import org.junit.jupiter.api.Test;

import static org.cocolaunch.trace.tests.TraceLogs.logged;
import static org.cocolaunch.trace.tests.TraceLogs.parameter;
import static org.cocolaunch.trace.tests.TraceLogs.recorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real public QEMU logs import into plans whose steps follow the log line for line. Every expected value here was
 * read off the log files by hand (counts, line numbers, addresses, lengths, page types).
 */
class RealLogImportTest {

	private static final String UPDATE = "KVM_SEV_SNP_LAUNCH_UPDATE";

	@Test
	void amdsev195SnpLaunchEndingInBadMeasurement() throws Exception {
		ImportResult result = TraceLogs.importData(TraceLogs.AMDSEV_195);
		LaunchPlan plan = result.plan();
		assertEquals(Vendor.AMD, plan.getVendor());
		assertEquals(VmType.SNP, plan.getVmType());
		List<Step> steps = logged(plan);
		assertEquals(10, steps.size());
		assertEquals(List.of("KVM_SEV_INIT2", "KVM_SEV_SNP_LAUNCH_START", UPDATE, UPDATE, UPDATE, UPDATE, UPDATE,
				UPDATE, UPDATE, "KVM_SEV_SNP_LAUNCH_FINISH"), steps.stream().map(Step::getCommand).toList());
		assertEquals(List.of(3, 5, 12, 13, 14, 15, 16, 17, 18, 19), result.stepLines().subList(1, 11));
		assertEquals(List.of("0xffc00000+0x400000 NORMAL", "0x800000+0x9000 ZERO", "0x80a000+0x3000 ZERO",
				"0x80d000+0x1000 SECRETS", "0x80e000+0x1000 CPUID", "0x80f000+0x1000 NORMAL", "0x810000+0x10000 ZERO"),
				steps.subList(2, 9).stream().map(RealLogImportTest::pages).toList());
		assertEquals("0x30000", parameter(steps.get(1), "policy"));
		assertTrue(steps.get(0).getDescription().contains("logged as guest type SEV-SNP: the AMD SNP branch's"
				+ " KVM_SEV_SNP_INIT"), steps.get(0).getDescription());
		assertTrue(steps.get(2).getDescription().startsWith("log line 12: kvm_sev_snp_launch_update addr 0x7f1c21800000"),
				steps.get(2).getDescription());

		Step finish = steps.get(9);
		assertEquals(Phase.FINALIZE, finish.getPhase());
		SnpLaunchFinish finishStruct = (SnpLaunchFinish) finish.getParameters();
		assertTrue(finishStruct.isIdBlockEn(), "the log gives an ID block");
		assertNull(finishStruct.getIdBlock(), "cut inside its base64: not guessed");
		assertTrue(plan.getInputs().stream().anyMatch(i -> i.getRole().equals("id-block") && i.getPath() == null));
		assertEquals(StepStatus.FAILED, finish.getExpectedOutcome().getStatus());
		assertEquals("BAD_MEASUREMENT", finish.getExpectedOutcome().getFirmwareError());
		assertEquals(5, finish.getExpectedOutcome().getErrno());
		for (Step step : steps.subList(0, 9)) {
			assertNull(step.getExpectedOutcome(), step.getName());
		}
		// The stored copy of the thread cuts the finish line: two warnings on that line, the missing fields and the
		// ID block that does not decode.
		assertEquals(2, result.warnings().size(), result.warnings().toString());
		assertEquals(List.of(19, 19), result.warnings().stream().map(w -> w.line()).toList());
		assertTrue(result.warnings().get(0).message().contains("id_auth, host_data"), result.warnings().toString());
		assertTrue(result.warnings().get(1).message().contains("--input id-block=FILE"), result.warnings().toString());
	}

	@Test
	void sevUtils17CompleteSnpLaunch() throws Exception {
		ImportResult result = TraceLogs.importData(TraceLogs.SEV_UTILS_17);
		LaunchPlan plan = result.plan();
		assertEquals(VmType.SNP, plan.getVmType());
		List<Step> steps = logged(plan);
		assertEquals(11, steps.size());
		assertEquals(List.of("KVM_SEV_INIT2", "KVM_SEV_SNP_LAUNCH_START", UPDATE, UPDATE, UPDATE, UPDATE, UPDATE, UPDATE,
				UPDATE, UPDATE, "KVM_SEV_SNP_LAUNCH_FINISH"), steps.stream().map(Step::getCommand).toList());
		assertEquals(List.of(8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19), result.stepLines().subList(1, 12));
		assertEquals(List.of("0xffc00000+0x400000 NORMAL", "0x800000+0x9000 ZERO", "0x80a000+0x3000 ZERO",
				"0x80d000+0x1000 SECRETS", "0x80e000+0x1000 CPUID", "0x80f000+0x1000 ZERO", "0x810000+0x1000 NORMAL",
				"0x811000+0xf000 ZERO"), steps.subList(2, 10).stream().map(RealLogImportTest::pages).toList());
		assertNull(((SnpLaunchStart) steps.get(1).getParameters()).getGosvw(), "(null) values are not parameters");
		assertFalse(((SnpLaunchFinish) steps.get(10).getParameters()).isIdBlockEn(), "all three finish fields are (null)");
		assertTrue(steps.stream().allMatch(s -> s.getExpectedOutcome() == null));
		assertEquals(List.of(), result.warnings());
	}

	/** The legacy SEV launch commands, in the order both qemu-devel runs issue them. */
	private static final List<String> SEV_LAUNCH = List.of("KVM_SEV_INIT", "KVM_SEV_LAUNCH_START",
			"KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_LAUNCH_FINISH");

	@Test
	void qemuDevelSevRunWithBiosFirmware() throws Exception {
		ImportResult result = TraceLogs.importData(TraceLogs.QEMU_DEVEL_SEV_BIOS);
		LaunchPlan plan = result.plan();
		assertEquals(Vendor.AMD, plan.getVendor());
		assertEquals(VmType.SEV, plan.getVmType());
		List<Step> steps = logged(plan);
		assertEquals(SEV_LAUNCH, steps.stream().map(Step::getCommand).toList());
		// Lines 1-18 are the header and the shell command, 19 QEMU's monitor notice; the three state changes
		// (22, 24, 27) are read but are not ioctls.
		assertEquals(List.of(20, 21, 23, 25, 26), result.stepLines().subList(1, 6));
		assertEquals(List.of(Phase.CREATE, Phase.INIT_VM, Phase.UPDATE, Phase.MEASURE, Phase.FINALIZE),
				steps.stream().map(Step::getPhase).toList());
		assertTrue(plan.getDescription().endsWith(": 5 launch steps from 8 trace events"), plan.getDescription());
		assertEquals("0 (KVM_X86_DEFAULT_VM)", parameter(plan.getSteps().get(0), "type"));
		assertTrue(steps.get(0).getDescription().contains("inferred: legacy SEV guest"), steps.get(0).getDescription());

		Step start = steps.get(1);
		assertEquals("0x0", parameter(start, "policy"));

		// The address the reply on the list points at: the end of the ROM rather than its start, not page aligned.
		Step update = steps.get(2);
		assertEquals("0x400000", parameter(update, "len"));
		assertTrue(update.getPages().isEmpty(), "LAUNCH_UPDATE_DATA logs a host address only, no guest address");
		assertTrue(update.getDescription().startsWith("log line 23: kvm_sev_launch_update_data addr 0x7f42e9bff010"),
				update.getDescription());

		String measurement = recorded(steps.get(3), "LAUNCH_MEASURE");
		assertEquals("PF6n7+Vujx5sW8PC6iMRtHXfpXdJ4osbcfYvoknu7gg4ypMqs727NTzG86Ft8Llu", measurement);
		assertEquals(48, Base64.getDecoder().decode(measurement).length, "LAUNCH_MEASURE blob: measurement + mnonce");
		assertInstanceOf(SevLaunchFinish.class, steps.get(4).getParameters(), "kvm_sev_launch_finish logs no fields");

		assertTrue(steps.stream().allMatch(s -> s.getExpectedOutcome() == null
				|| s.getExpectedOutcome().getStatus() == StepStatus.SUCCESS), "the run reports no failure");
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void qemuDevelSevRunWithPflashFirmware() throws Exception {
		ImportResult result = TraceLogs.importData(TraceLogs.QEMU_DEVEL_SEV_PFLASH);
		assertEquals(VmType.SEV, result.plan().getVmType());
		List<Step> steps = logged(result.plan());
		assertEquals(SEV_LAUNCH, steps.stream().map(Step::getCommand).toList());
		assertEquals(List.of(20, 21, 23, 25, 26), result.stepLines().subList(1, 6));
		assertEquals("0x400000", parameter(steps.get(2), "len"));
		assertEquals("esqzlr4xX2eEY92xsKEKL7FyKRDW7VYiyIb+aXS4S/ctON2s1xxwFjAKU7ImfULJ",
				recorded(steps.get(3), "LAUNCH_MEASURE"));
		// The firmware's boot message after the launch (lines 28-29, wrapped in the mail) is not a trace event.
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void theTwoQemuDevelRunsDifferFirstInTheMeasurement() throws Exception {
		// Host addresses are not launch inputs, so the plans agree up to LAUNCH_MEASURE, where the firmware reports
		// different digests: with -bios, QEMU handed it other bytes than the firmware image (the hang on the list).
		DiffResult d = LaunchDiff.plans(TraceLogs.importData(TraceLogs.QEMU_DEVEL_SEV_BIOS).plan(),
				TraceLogs.importData(TraceLogs.QEMU_DEVEL_SEV_PFLASH).plan());
		assertEquals(4, d.step(), d.description());
		assertEquals("status", d.aspect(), d.description());
		assertTrue(d.description().contains("KVM_SEV_LAUNCH_MEASURE"), d.description());
		assertTrue(d.description().contains("LAUNCH_MEASURE=" + HexFormat.of().formatHex(Base64.getDecoder()
				.decode("PF6n7+Vujx5sW8PC6iMRtHXfpXdJ4osbcfYvoknu7gg4ypMqs727NTzG86Ft8Llu"))), d.description());
	}

	@Test
	void theImpliedCreateVmComesFirst() throws Exception {
		for (String log : List.of(TraceLogs.AMDSEV_195, TraceLogs.SEV_UTILS_17)) {
			ImportResult result = TraceLogs.importData(log);
			Step create = result.plan().getSteps().get(0);
			assertEquals("KVM_CREATE_VM", create.getCommand());
			assertEquals("4 (KVM_X86_SNP_VM)", parameter(create, "type"));
			assertEquals(0, result.lineOf(0));
		}
	}

	@Test
	void withoutInputsTheContentsStayUnbound() throws Exception {
		for (Step step : TraceLogs.importData(TraceLogs.SEV_UTILS_17).plan().getSteps()) {
			for (PageRange range : step.getPages()) {
				assertNull(range.getContent(), step.getName());
			}
		}
	}

	static String pages(Step step) {
		assertEquals(1, step.getPages().size(), step.getName());
		PageRange r = step.getPages().get(0);
		return "0x" + Long.toHexString(r.getGpa()) + "+0x" + Long.toHexString(r.getLength()) + " " + r.getKind();
	}
}
