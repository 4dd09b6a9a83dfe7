/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cocolaunch diagnose} on real failure logs as they were posted (tests/org.cocolaunch.trace.tests/data/failures,
 * sources in the README there): the failing step, errno and status are the ones the posted lines print (status names
 * from the AMD SEV API / SNP ABI tables), the top cause is the one the thread's maintainers or the cited source give,
 * and where the simulator models the check, a cause reproduces the same failure.
 */
class DiagnoseCommandTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			amdsev-216-snp-start-enotty.log              | KVM_SEV_SNP_LAUNCH_START  | 25 | -                  | snp-start-not-snp-vm      | true
			amdsev-223-libvirt-snp-start-einval.log      | KVM_SEV_SNP_LAUNCH_START  | 22 | -                  | snp-start-policy-bits     | true
			kata-5795-snp-start-policy-failure.log       | KVM_SEV_SNP_LAUNCH_START  | 5  | POLICY_FAILURE     | snp-start-policy-abi      | true
			nvtrust-91-snp-cpuid.log                     | KVM_SEV_SNP_LAUNCH_UPDATE | 5  | INVALID_PARAM      | snp-update-cpuid-rejected | true
			qemu-devel-2024-05-fn8000001e-cpuid.log      | KVM_SEV_SNP_LAUNCH_UPDATE | 5  | INVALID_PARAM      | snp-update-cpuid-rejected | true
			qemu-devel-fn80000021-cpuid-oneline.log      | KVM_SEV_SNP_LAUNCH_UPDATE | 5  | INVALID_PARAM      | snp-update-cpuid-rejected | true
			kata-9092-journald-snp-update-einval.log     | KVM_SEV_SNP_LAUNCH_UPDATE | 22 | -                  | snp-update-bad-range      | true
			sev-guest-13-snp-finish-invalid-param.log    | KVM_SEV_SNP_LAUNCH_FINISH | 5  | INVALID_PARAM      | snp-finish-invalid-param  | false
			amdsev-215-snp-init-einval.log               | KVM_SEV_INIT              | 22 | -                  | init-vm-type              | true
			linux-svsm-7-init-eopnotsupp.log             | KVM_SEV_INIT              | 95 | -                  | init-not-supported        | false
			amdsev-36-sev-init-enotty.log                | KVM_SEV_INIT              | 25 | -                  | init-sev-disabled         | true
			amdsev-41-seves-vmsa-invalid-config.log      | KVM_SEV_LAUNCH_UPDATE_VMSA | 5 | INVALID_CONFIG     | sev-es-vmsa-config        | false
			amdsev-202-dmesg-init-wbinvd.log             | KVM_SEV_INIT              | 5  | WBINVD_REQUIRED    | init-platform             | false
			amdsev-189-dmesg-snp-init.log                | KVM_SEV_INIT              | 5  | INVALID_CONFIG     | init-platform             | false
			canonical-tdx-319-init-mem-region-eio.log    | KVM_TDX_INIT_MEM_REGION   | 5  | -                  | tdx-mem-region-page-add   | true
			canonical-tdx-21-init-mem-region-eagain.log  | KVM_TDX_INIT_MEM_REGION   | 11 | -                  | tdx-mem-region-busy       | false
			canonical-tdx-114-capabilities-enotty.log    | KVM_TDX_CAPABILITIES      | 25 | -                  | tdx-not-enabled           | false
			canonical-tdx-286-init-vm-einval.log         | KVM_TDX_INIT_VM           | 22 | -                  | tdx-init-params           | true
			canonical-tdx-342-vm-type.log                | KVM_CREATE_VM             | 0  | -                  | tdx-vm-type-missing       | true
			""")
	void postedFailureIsFoundRankedAndReproducedWhereModelled(String file, String command, int errno, String status,
			String topCause, boolean reproduced) {
		CliRun run = CliRun.of(dir, "diagnose", PublicLogs.file("failures/" + file).toString(), "--json");
		assertEquals(0, run.exitCode(), run.err() + run.out());
		String json = run.out();
		assertEquals(command, string(json, "command"), json);
		assertEquals(errno, Integer.parseInt(number(json, "errno")), json);
		assertEquals(status, string(json, "status"), json);
		assertEquals(topCause, string(json, "id"), json); // the first cause listed
		assertTrue(json.contains("\"reproduced\": " + reproduced + ",\n  \"plan_source\""), json);
		for (String field : new String[] { "summary", "check", "confirm", "fix", "source" }) {
			assertTrue(json.contains("\"" + field + "\": \""), field + " missing: " + json);
		}
		assertTrue(string(json, "source").startsWith("https://"), json);
	}

	@Test
	void cpuidReportGivesFunctionIndexBothValuesAndThePage() {
		CliRun run = CliRun.of(dir, "diagnose", PublicLogs.file("failures/nvtrust-91-snp-cpuid.log").toString(), "--json");
		assertEquals(0, run.exitCode(), run.err());
		String json = run.out();
		// values exactly as the posted lines print them
		assertEquals("0x8000001d", string(json, "function"), json);
		assertEquals("0x3", string(json, "index"), json);
		assertTrue(json.contains("\"edx\": \"0x00000006\""), json);
		assertTrue(json.contains("\"edx\": \"0x00000002\""), json);
		assertEquals("0x80e000", string(json, "gpa"), json);
		assertEquals("0x1000", string(json, "len"), json);
		// QEMU's metadata section type 3 is the CPUID page (OVMF SEV metadata, SNP ABI page type CPUID)
		assertEquals("cpuid", string(json, "page_type"), json);
		assertEquals(22, Integer.parseInt(number(json, "fw_error")), json);
		// reproduced on the simulated firmware's CPUID policy: same entry rejected, same corrected value written back
		assertEquals("CPUID 0x8000001d index 0x3 rejected, written back as the log's expected values",
				string(json, "simulator"), json);
	}

	/**
	 * AMDSEV #195 with the trace: the plan comes from the trace lines (firmware and kernel given), ends with the finish
	 * step marked BAD_MEASUREMENT, and an ID block made for another launch reproduces it on the simulator.
	 */
	@Test
	void traceLogGivesThePlanAndTheIdBlockCauseReproducesBadMeasurement() throws Exception {
		CliRun run = CliRun.of(dir, "diagnose", PublicLogs.file(PublicLogs.AMDSEV_195).toString(), "--ovmf",
				TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString(), "--kernel",
				TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64").toString(), "-o", "195.cclaunch", "--json");
		assertEquals(0, run.exitCode(), run.err());
		String json = run.out();
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", string(json, "command"), json);
		assertEquals("BAD_MEASUREMENT", string(json, "status"), json);
		assertEquals("trace", string(json, "plan_source"), json);
		assertEquals("snp-finish-bad-measurement", string(json, "id"), json);
		assertTrue(json.contains("\"reproduced\": true,\n  \"plan_source\""), json);
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve("195.cclaunch"));
		Step last = plan.getSteps().get(plan.getSteps().size() - 1);
		assertEquals("KVM_SEV_SNP_LAUNCH_FINISH", last.getCommand());
		assertEquals(StepStatus.FAILED, last.getExpectedOutcome().getStatus());
		assertEquals("BAD_MEASUREMENT", last.getExpectedOutcome().getFirmwareError());
		CliRun replay = CliRun.of(dir, "run", "195.cclaunch", "--allow-outside");
		assertEquals(1, replay.exitCode(), replay.out() + replay.err());
		assertTrue((replay.out() + replay.err()).contains("BAD_MEASUREMENT"), replay.out() + replay.err());
	}

	@Test
	void textOutputNamesTheStepTheCausesAndTheReproduction() {
		CliRun run = CliRun.of(dir, "diagnose", PublicLogs.file("failures/amdsev-216-snp-start-enotty.log").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("failing step: KVM_SEV_SNP_LAUNCH_START at log line 1: errno 25 (ENOTTY)"),
				run.out());
		assertTrue(run.out().contains("reproduced: yes, by snp-start-not-snp-vm"), run.out());
	}

	@Test
	void logWithoutFailureSaysWhatWasLookedFor() throws Exception {
		Files.writeString(dir.resolve("ok.log"), "kvm_sev_init type SEV-SNP flags 0x0\nall fine\n");
		CliRun run = CliRun.of(dir, "diagnose", "ok.log");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("no recognisable launch failure") && run.err().contains("fw_error"), run.err());
	}

	@Test
	void binaryJunkIsRefusedInOneLine() throws Exception {
		byte[] junk = new byte[200_000];
		new Random(7).nextBytes(junk);
		Files.write(dir.resolve("junk.bin"), junk);
		CliRun run = CliRun.of(dir, "diagnose", "junk.bin");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("not a text log"), run.err());
	}

	@Test
	void absurdNumbersAreNotFailures() throws Exception {
		Files.writeString(dir.resolve("absurd.log"),
				"qemu-system-x86_64: sev_snp_launch_start: SNP_LAUNCH_START ret=-99999999999999999999999999 fw_error=1 ''\n"
						+ "qemu-system-x86_64: sev_snp_launch_start: SNP_LAUNCH_START ret=-5 fw_error=99999999999999999999 ''\n");
		CliRun run = CliRun.of(dir, "diagnose", "absurd.log");
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.oneLineError(), run.err());
	}

	@Test
	void usageErrors() {
		assertEquals(2, CliRun.of(dir, "diagnose").exitCode());
		assertEquals(2, CliRun.of(dir, "diagnose", "x.log", "--mode", "nosuch").exitCode());
		assertEquals(2, CliRun.of(dir, "diagnose", "x.log", "--initrd", "i").exitCode());
		CliRun missing = CliRun.of(dir, "diagnose", "missing.log");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.oneLineError(), missing.err());
	}

	/** 100 MB of unrelated log lines (plus an over-long line) with the failure at the end: read in seconds. */
	@Test
	void hundredMegabytesInSeconds() throws Exception {
		Path big = dir.resolve("big.log");
		String filler = "2024-12-06T09:14:26.679347Z qemu-system-x86_64: warning: kvm_create_gmemfd: created memfd: 15, size: 80000000, flags: 1\n";
		try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			w.write("x".repeat(200_000) + "\n");
			long written = 0;
			while (written < 100L << 20) {
				w.write(filler);
				written += filler.length();
			}
			w.write("qemu-system-x86_64: sev_snp_launch_start: SNP_LAUNCH_START ret=-25 fw_error=0 ''\n");
		}
		long t0 = System.nanoTime();
		CliRun run = CliRun.of(dir, "diagnose", "big.log", "--json");
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("diagnose: %d MB read in %.2f s%n", Files.size(big) >> 20, seconds);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("line of 200000 characters skipped"), run.err());
		assertEquals("KVM_SEV_SNP_LAUNCH_START", string(run.out(), "command"));
		assertTrue(seconds < 20, seconds + " s");
		assertFalse(run.out().isEmpty());
	}

	private static String string(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\": (null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
		if (!m.find()) {
			throw new AssertionError(field + " not in " + json);
		}
		return m.group(2);
	}

	private static String number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\": (-?\\d+)").matcher(json);
		if (!m.find()) {
			throw new AssertionError(field + " not in " + json);
		}
		return m.group(1);
	}
}
