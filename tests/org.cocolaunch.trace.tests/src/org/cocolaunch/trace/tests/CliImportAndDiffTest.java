/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import-qemu-trace} and {@code diff} end to end through {@code Cli.run}: files, output, exit codes, errors. */
class CliImportAndDiffTest {

	@TempDir
	Path dir;

	@Test
	void importWritesThePlanAndPrintsJson() throws Exception {
		Path log = TraceLogs.data(TraceLogs.SEV_UTILS_17);
		CliRun run = CliRun.of(dir, "import-qemu-trace", log.toString(), "-o", "snp.cclaunch", "--json");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve("snp.cclaunch"));
		assertEquals(12, plan.getSteps().size());

		List<String> objects = objects(run.out());
		assertEquals(12, objects.size(), run.out());
		assertEquals("KVM_CREATE_VM", field(objects.get(0), "command"));
		assertEquals("true", literal(objects.get(0), "implied"));
		assertEquals("KVM_SEV_INIT2", field(objects.get(1), "command"));
		String firmware = objects.get(3);
		assertEquals("KVM_SEV_SNP_LAUNCH_UPDATE", field(firmware, "command"));
		assertEquals("0xffc00000", field(firmware, "gpa"));
		assertEquals("0x400000", field(firmware, "len"));
		assertEquals("normal", field(firmware, "page_type"));
		assertEquals("11", literal(firmware, "line"));
		assertEquals(List.of("normal", "zero", "zero", "secrets", "cpuid", "zero", "normal", "zero"),
				objects.subList(3, 11).stream().map(o -> field(o, "page_type")).toList());
		assertEquals(null, field(objects.get(2), "page_type"), "only SNP updates have a page type");
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", field(objects.get(11), "command"));
	}

	@Test
	void importReportsWarningsWithLineNumbersAndTheExpectedFailure() throws Exception {
		Path log = TraceLogs.data(TraceLogs.AMDSEV_195);
		CliRun run = CliRun.of(dir, "import-qemu-trace", log.toString(), "-o", "bad.cclaunch", "--json");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().startsWith(log + ":19: warning: kvm_sev_snp_launch_finish without id_auth, host_data"),
				run.err());
		List<String> objects = objects(run.out());
		assertEquals("BAD_MEASUREMENT", field(objects.get(10), "expected_error"));

		CliRun text = CliRun.of(dir, "import-qemu-trace", log.toString(), "-o", "bad2.cclaunch");
		assertEquals("imported 11 steps from " + log + " into " + dir.resolve("bad2.cclaunch") + " (2 warnings)\n",
				text.out());
	}

	@Test
	void importWithFirmwareRecordsTheInputBesideThePlan() throws Exception {
		Path ovmf = Files.copy(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd"), dir.resolve("OVMF.fd"));
		CliRun run = CliRun.of(dir, "import-qemu-trace", TraceLogs.data(TraceLogs.SEV_UTILS_17).toString(), "--ovmf",
				"OVMF.fd", "-o", "bound.cclaunch");
		assertEquals(0, run.exitCode(), run.err());
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve("bound.cclaunch"));
		assertEquals("OVMF.fd", plan.getInputs().get(0).getPath(), "relative to the plan's folder");
		assertTrue(Files.isRegularFile(ovmf));
	}

	@Test
	void importErrorsAreOneLine() throws Exception {
		Files.writeString(dir.resolve("empty.log"), "nothing to see\n");
		CliRun none = CliRun.of(dir, "import-qemu-trace", "empty.log", "-o", "x.cclaunch");
		assertEquals(1, none.exitCode());
		assertTrue(none.oneLineError(), none.err());
		assertTrue(none.err().contains(dir.resolve("empty.log").toString()), none.err());
		assertFalse(Files.exists(dir.resolve("x.cclaunch")), "no plan for a failed import");

		CliRun missing = CliRun.of(dir, "import-qemu-trace", "missing.log", "-o", "x.cclaunch");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.oneLineError(), missing.err());

		CliRun noOutput = CliRun.of(dir, "import-qemu-trace", "empty.log");
		assertEquals(2, noOutput.exitCode());
		assertTrue(noOutput.oneLineError(), noOutput.err());

		CliRun appendWithoutKernel = CliRun.of(dir, "import-qemu-trace", "empty.log", "--append", "x", "-o", "x.cclaunch");
		assertEquals(2, appendWithoutKernel.exitCode());
		assertTrue(appendWithoutKernel.oneLineError(), appendWithoutKernel.err());

		CliRun badOption = CliRun.of(dir, "import-qemu-trace", "empty.log", "--frob", "-o", "x.cclaunch");
		assertEquals(2, badOption.exitCode());
	}

	@Test
	void diffOfPlans() throws Exception {
		String log195 = TraceLogs.data(TraceLogs.AMDSEV_195).toString();
		String log17 = TraceLogs.data(TraceLogs.SEV_UTILS_17).toString();
		assertEquals(0, CliRun.of(dir, "import-qemu-trace", log17, "-o", "a.cclaunch").exitCode());
		assertEquals(0, CliRun.of(dir, "import-qemu-trace", log17, "-o", "b.cclaunch").exitCode());
		assertEquals(0, CliRun.of(dir, "import-qemu-trace", log195, "-o", "c.cclaunch").exitCode());

		CliRun same = CliRun.of(dir, "diff", "a.cclaunch", "b.cclaunch");
		assertEquals(0, same.exitCode(), same.err());
		assertEquals("identical\n", same.out());

		CliRun different = CliRun.of(dir, "diff", "c.cclaunch", "a.cclaunch");
		assertEquals(1, different.exitCode());
		assertEquals("step 8 (KVM_SEV_SNP_LAUNCH_UPDATE), parameter type NORMAL vs ZERO\n", different.out());
		assertEquals("", different.err());
	}

	@Test
	void diffOfTraceAndPlan() throws Exception {
		assertEquals(0, CliRun.of(dir, "import-qemu-trace", TraceLogs.data(TraceLogs.AMDSEV_195).toString(), "-o",
				"p.cclaunch").exitCode());
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve("p.cclaunch"));
		LaunchTrace trace = ModelFactory.eINSTANCE.createLaunchTrace();
		trace.setVmType(plan.getVmType());
		for (int i = 0; i < plan.getSteps().size(); i++) {
			StepResult r = ModelFactory.eINSTANCE.createStepResult();
			r.setStepIndex(i);
			r.setCommand(plan.getSteps().get(i).getCommand());
			r.setStatus(StepStatus.SUCCESS);
			trace.getResults().add(r);
		}
		ModelFiles.save(trace, dir.resolve("t.cctrace"));
		CliRun run = CliRun.of(dir, "diff", "t.cctrace", "p.cclaunch");
		assertEquals(1, run.exitCode());
		assertEquals("step 10 (KVM_SEV_SNP_LAUNCH_FINISH), outcome SUCCESS vs FAILED BAD_MEASUREMENT\n", run.out());
		assertEquals(run.out(), CliRun.of(dir, "diff", "p.cclaunch", "t.cctrace").out(), "either order");
		assertEquals("identical\n", CliRun.of(dir, "diff", "t.cctrace", "t.cctrace").out());
	}

	@Test
	void diffErrorsAreOneLine() throws Exception {
		CliRun missing = CliRun.of(dir, "diff", "nope.cclaunch", "nope2.cclaunch");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.oneLineError(), missing.err());
		assertTrue(missing.err().contains("nope.cclaunch: no such file"), missing.err());

		Files.writeString(dir.resolve("junk.cclaunch"), "not xml");
		CliRun junk = CliRun.of(dir, "diff", "junk.cclaunch", "junk.cclaunch");
		assertEquals(1, junk.exitCode());
		assertTrue(junk.oneLineError(), junk.err());

		CliRun one = CliRun.of(dir, "diff", "a.cclaunch");
		assertEquals(2, one.exitCode());
		assertTrue(one.oneLineError(), one.err());
	}

	/** The objects of a flat JSON array of flat objects, as text. */
	private static List<String> objects(String json) {
		assertTrue(json.strip().startsWith("[") && json.strip().endsWith("]"), json);
		return Pattern.compile("\\{[^{}]*\\}").matcher(json).results().map(m -> m.group()).toList();
	}

	/** A string field of one flat JSON object, or null when absent. */
	private static String field(String object, String name) {
		Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(object);
		return m.find() ? m.group(1) : null;
	}

	/** A number or boolean field of one flat JSON object, or null when absent. */
	private static String literal(String object, String name) {
		Matcher m = Pattern.compile("\"" + name + "\": ([0-9a-z]+)").matcher(object);
		return m.find() ? m.group(1) : null;
	}
}
