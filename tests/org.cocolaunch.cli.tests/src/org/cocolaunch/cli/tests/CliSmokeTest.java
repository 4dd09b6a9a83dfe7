/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.VmType;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line in the OSGi runtime: version, help, exit codes and one-line errors. */
class CliSmokeTest {

	@TempDir
	Path dir;

	@Test
	void versionPrintsProductAndBundleVersion() {
		for (String word : new String[] { "--version", "version" }) {
			CliRun run = CliRun.of(word);
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(Pattern.matches("CoCo Launch Workbench 0\\.1\\.0\\.\\S+\n", run.out()), run.out());
		}
	}

	@Test
	void helpListsEveryCommand() {
		CliRun run = CliRun.of("help");
		assertEquals(0, run.exitCode());
		for (String command : new String[] { "help", "version", "show", "measure", "run" }) {
			assertTrue(Pattern.compile("^  " + command + "\\b", Pattern.MULTILINE).matcher(run.out()).find(), run.out());
		}
		assertTrue(run.out().contains("exit codes: 0 ok, 1 failure, 2 usage error"));
		assertEquals(0, CliRun.of("--help").exitCode());
	}

	@Test
	void helpForOneCommand() {
		CliRun run = CliRun.of("help", "show");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("usage: cocolaunch show PLAN.cclaunch\n"), run.out());
	}

	@Test
	void usageErrorsExitTwo() {
		CliRun none = CliRun.of();
		assertEquals(2, none.exitCode());
		assertTrue(none.oneLineError(), none.err());

		CliRun unknown = CliRun.of("frobnicate");
		assertEquals(2, unknown.exitCode());
		assertEquals("cocolaunch: unknown command 'frobnicate'; try 'cocolaunch help'\n", unknown.err());

		CliRun extra = CliRun.of("version", "extra");
		assertEquals(2, extra.exitCode());
		assertTrue(extra.oneLineError(), extra.err());

		CliRun showNothing = CliRun.of("show");
		assertEquals(2, showNothing.exitCode());
		assertTrue(showNothing.oneLineError(), showNothing.err());
	}

	@Test
	void showMissingPlanFailsWithOneLine() {
		CliRun run = CliRun.of(dir, "show", "missing.cclaunch");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains(dir.resolve("missing.cclaunch").toString()), run.err());
		assertEquals("", run.out());
	}

	@Test
	void showCorruptPlanFailsWithOneLine() throws Exception {
		Files.writeString(dir.resolve("bad.cclaunch"), "this is not XML");
		CliRun run = CliRun.of(dir, "show", "bad.cclaunch");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("not a launch plan"), run.err());
	}

	@Test
	void runRejectsBadUsageAndPlansNoEngineRuns() throws Exception {
		CliRun kvm = CliRun.of(dir, "run", "x.cclaunch", "--backend", "xen");
		assertEquals(2, kvm.exitCode());
		assertTrue(kvm.oneLineError(), kvm.err());
		CliRun badInput = CliRun.of(dir, "run", "x.cclaunch", "--input", "firmware");
		assertEquals(2, badInput.exitCode());
		assertTrue(badInput.err().contains("ROLE=FILE"), badInput.err());

		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		plan.setVmType(VmType.SW_PROTECTED);
		ModelFiles.save(plan, dir.resolve("none.cclaunch"));
		CliRun none = CliRun.of(dir, "run", "none.cclaunch");
		assertEquals(1, none.exitCode());
		assertTrue(none.oneLineError(), none.err());
		assertTrue(none.err().contains("no engine for vendor AMD, VM type SW_PROTECTED"), none.err());
	}

	@Test
	void runTheTdxExampleAndSaveItsTrace() throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/tdx-qemu.cclaunch");
		Path example = Path.of(FileLocator.toFileURL(entry).toURI());
		String firmware = TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd").toString();
		CliRun run = CliRun.of(dir, "run", example.toString(), "--input", "firmware=" + firmware, "--save-trace", "run.cctrace");
		assertEquals(0, run.exitCode(), run.err());
		String mrtd = TestData.caseField("cases-tdx.tsv", "mrtd-01", 3);
		assertTrue(run.out().contains("\nMRTD\t" + mrtd + "\n"), run.out());
		LaunchTrace trace = ModelFiles.loadTrace(dir.resolve("run.cctrace"));
		assertEquals(10, trace.getResults().size());
		assertEquals("KVM_TDX_FINALIZE_VM", trace.getResults().get(9).getCommand());
		CliRun same = CliRun.of(dir, "diff", "run.cctrace", "run.cctrace");
		assertEquals(0, same.exitCode(), same.err());
	}

	@Test
	void showListsTheExamplePlan() throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/snp-qemu.cclaunch");
		Path example = Path.of(FileLocator.toFileURL(entry).toURI());
		CliRun run = CliRun.of(example.getParent(), "show", example.getFileName().toString());
		assertEquals(0, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertEquals("plan\tSNP launch, QEMU, OVMF.amdsev, 1 vCPU\tAMD\tSNP\t12 steps", lines[0]);
		assertEquals(13, lines.length);
		assertEquals("0\tCREATE\tKVM_CREATE_VM\ttype=4 (KVM_X86_SNP_VM)", lines[1]);
		assertEquals("3\tUPDATE\tKVM_SEV_SNP_LAUNCH_UPDATE\tgfnStart=0xffc00, len=0x400000, type=NORMAL, pages 0xffc00000+0x400000 normal", lines[4]);
		assertTrue(lines[12].startsWith("11\tFINALIZE\tKVM_SEV_SNP_LAUNCH_FINISH\t"), lines[12]);
	}
}
