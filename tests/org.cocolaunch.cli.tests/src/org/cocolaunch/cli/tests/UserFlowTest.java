/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.cli.measure.SevMeasureTool;
import org.cocolaunch.cli.measure.TdxMeasureOptions;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flows a firmware engineer comes for, through the command line as users call it, on the real public logs and
 * firmware: each crosses the joins (importer → vendor engine → plan file → simulator → diff; explain → typed
 * configuration → plan → session; editor-style edit → atomic save → run), so it fails whichever part breaks one.
 */
class UserFlowTest {

	private static final Path OVMF = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd");
	private static final Path KERNEL = TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64");
	private static final Path INITRD = TestData.file("inputs/initrd-oracle.cpio.gz");

	@TempDir
	Path dir;

	/** Every public log imports into typed steps only: nothing downstream reads logged text. */
	@ParameterizedTest
	@ValueSource(strings = { PublicLogs.AMDSEV_195, PublicLogs.SEV_UTILS_17, PublicLogs.QEMU_DEVEL_SEV_BIOS,
			PublicLogs.QEMU_DEVEL_SEV_PFLASH })
	void importedStepsAreTyped(String log) throws Exception {
		LaunchPlan plan = importLog(log, "p.cclaunch", "--ovmf", OVMF.toString());
		for (Step step : plan.getSteps()) {
			assertFalse(step.getParameters() instanceof GenericParameters, step.getName() + " keeps logged text");
		}
	}

	@Test
	void snpLogRunsThroughEveryUpdateToTheEnd() throws Exception {
		LaunchPlan plan = importLog(PublicLogs.SEV_UTILS_17, "snp.cclaunch", "--ovmf", OVMF.toString(), "--kernel",
				KERNEL.toString(), "--initrd", INITRD.toString(), "--append", "console=ttyS0");
		SnpLaunchStart start = (SnpLaunchStart) plan.getSteps().stream()
				.filter(s -> s.getCommand().equals("KVM_SEV_SNP_LAUNCH_START")).findFirst().orElseThrow()
				.getParameters();
		assertEquals(0x30000, start.getPolicy(), "the logged policy, typed");
		CliRun run = CliRun.of(dir, "run", "snp.cclaunch", "--allow-outside");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(plan.getSteps().size(), run.out().lines().filter(l -> l.contains("\tsuccess")).count(), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.matches("MEASUREMENT\t[0-9a-f]{96}")), run.out());
	}

	@Test
	void snpLogWithoutItsKernelStopsAtTheHashesPageNamingWhatIsMissing() throws Exception {
		CliRun imported = CliRun.of(dir, "import-qemu-trace", PublicLogs.file(PublicLogs.SEV_UTILS_17).toString(),
				"--ovmf", OVMF.toString(), "-o", "nokernel.cclaunch");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.err().contains("give --kernel"), imported.err());
		CliRun run = CliRun.of(dir, "run", "nokernel.cclaunch", "--allow-outside");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("0x810000"), run.err());
	}

	/**
	 * AMDSEV #195: the AMD branch's KVM_SEV_SNP_INIT replays as KVM_SEV_INIT2; every update runs; the finish line is
	 * cut inside the ID block, so the finish step stops naming the field; given the ID block and its authentication,
	 * the launch fails as the log records: BAD_MEASUREMENT (fw_error=11).
	 */
	@Test
	void cutSnpLogStopsAtTheMissingIdBlockAndReproducesBadMeasurementOnceGiven() throws Exception {
		CliRun imported = CliRun.of(dir, "import-qemu-trace", PublicLogs.file(PublicLogs.AMDSEV_195).toString(),
				"--ovmf", OVMF.toString(), "--kernel", KERNEL.toString(), "-o", "195.cclaunch");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.err().contains("id_block"), imported.err());
		assertTrue(imported.err().contains("at 0x80f000, the given firmware has it at"), imported.err());
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve("195.cclaunch"));
		Step init = plan.getSteps().get(1);
		assertEquals("KVM_SEV_INIT2", init.getCommand());
		assertTrue(init.getDescription().contains("KVM_SEV_SNP_INIT"), init.getDescription());
		Step finish = plan.getSteps().get(plan.getSteps().size() - 1);
		assertEquals("BAD_MEASUREMENT", finish.getExpectedOutcome().getFirmwareError());

		CliRun cut = CliRun.of(dir, "run", "195.cclaunch", "--allow-outside");
		assertEquals(1, cut.exitCode());
		assertTrue(cut.oneLineError(), cut.err());
		assertTrue(cut.err().contains("parameters.idBlock is missing") && cut.err().contains("--input id-block="),
				cut.err());
		long updates = cut.out().lines().filter(l -> l.contains("KVM_SEV_SNP_LAUNCH_UPDATE\tsuccess")).count();
		assertEquals(plan.getSteps().stream().filter(s -> s.getParameters() instanceof SnpLaunchUpdate).count(),
				updates, cut.out());

		SnpLaunchFinish given = (SnpLaunchFinish) example("snp-qemu-idblock.cclaunch").getSteps().stream()
				.filter(s -> s.getParameters() instanceof SnpLaunchFinish).findFirst().orElseThrow().getParameters();
		Files.write(dir.resolve("id-block.bin"), IdBlockCodec.encode(given.getIdBlock()));
		Files.write(dir.resolve("id-auth.bin"), IdBlockCodec.encode(given.getIdAuth()));
		CliRun full = CliRun.of(dir, "run", "195.cclaunch", "--allow-outside", "--input", "id-block=id-block.bin", "--input",
				"id-auth=id-auth.bin");
		assertEquals(1, full.exitCode(), full.out() + full.err());
		assertTrue(full.out().contains("KVM_SEV_SNP_LAUNCH_FINISH\tfailed\tBAD_MEASUREMENT (fw_error=11"), full.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { PublicLogs.QEMU_DEVEL_SEV_BIOS, PublicLogs.QEMU_DEVEL_SEV_PFLASH })
	void legacySevLogRunsToLaunchFinish(String log) throws Exception {
		LaunchPlan plan = importLog(log, "sev.cclaunch", "--ovmf", OVMF.toString());
		CliRun run = CliRun.of(dir, "run", "sev.cclaunch", "--allow-outside");
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.contains("KVM_SEV_LAUNCH_FINISH\tsuccess")), run.out() + run.err());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals("KVM_CREATE_VM", plan.getSteps().get(0).getCommand());
	}

	/** diff between an imported launch and the shipped example names a launch difference, not a storage one. */
	@Test
	void diffOfImportedAndExamplePlanNamesALaunchDifference() throws Exception {
		importLog(PublicLogs.SEV_UTILS_17, "snp.cclaunch", "--ovmf", OVMF.toString());
		Path example = dir.resolve("example.cclaunch");
		ModelFiles.save(example(("snp-qemu.cclaunch")), example);
		CliRun diff = CliRun.of(dir, "diff", "snp.cclaunch", example.toString());
		assertEquals(1, diff.exitCode(), diff.out() + diff.err());
		assertFalse(diff.out().contains("vmsaFeatures"), diff.out());
		assertFalse(diff.out().contains("(none)"), diff.out());
	}

	/** explain → the match's typed configuration → its plan → a session: the final register is the target. */
	@Test
	void explainedMatchBecomesAPlanThatReproducesTheTarget() throws Exception {
		String target = TestData.caseField("cases-sev.tsv", "snp-01", 3);
		VendorEngines engines = VendorEngines.registered();
		ExplainRequest request = new ExplainRequest("snp", HexFormat.of().parseHex(target), List.of(OVMF), null, null,
				null, 2);
		VendorEngine engine = engines.forMode("snp").orElseThrow();
		SearchResult result = engine.explain(request, null);
		assertFalse(result.matches().isEmpty());
		for (Variant v : result.matches()) {
			assertEquals(engine, engines.forConfig(v.config()).orElseThrow());
			assertTrue(EcoreUtil.equals(v.config(), SevMeasureTool.parseConfig(v.measureArgs(), dir)),
					"the printed command line parses back to the configuration: " + v.commandLine());
			LaunchPlan plan = engine.planFor(v);
			Path file = dir.resolve("match.cclaunch");
			ModelFiles.save(plan, file);
			CliRun run = CliRun.of(dir, "run", "match.cclaunch", "--allow-outside");
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().contains("MEASUREMENT\t" + target), run.out());
		}
		for (VendorEngine other : engines.all()) {
			if (other != engine) {
				assertNull(other.planFor(result.matches().get(0)), other.id() + " takes an SEV configuration");
			}
		}
	}

	/** The TDX measure options become the TDX engine's typed configuration, which measures the shared cases. */
	@ParameterizedTest
	@ValueSource(strings = { "mrtd-01", "mrtd-02" })
	void tdxMeasureOptionsMeasureThroughTheEngine(String id) throws Exception {
		List<String> words = ShellWords.split(TestData.caseField("cases-tdx.tsv", id, 1));
		TdxMeasureOptions options = TdxMeasureOptions.parse(words.subList(2, words.size()));
		VendorEngine engine = VendorEngines.registered().forConfig(options.config()).orElseThrow();
		assertEquals("mrtd", TestData.caseField("cases-tdx.tsv", id, 2));
		byte[] mrtd = engine.measure(options.config(), TestData.dir()).get("MRTD");
		assertEquals(TestData.caseField("cases-tdx.tsv", id, 3).toLowerCase(), HexFormat.of().formatHex(mrtd));
	}

	/** Edit a plan the way the editor does (a field of a typed struct), save it atomically, run it. */
	@Test
	void editedPlanSavedAndRunFailsWhereTheEditSaysItShould() throws Exception {
		LaunchPlan plan = example("snp-qemu-idblock.cclaunch");
		SnpLaunchFinish finish = (SnpLaunchFinish) plan.getSteps().get(plan.getSteps().size() - 1).getParameters();
		byte[] ld = finish.getIdBlock().getLd().clone();
		ld[0] ^= 1;
		finish.getIdBlock().setLd(ld);
		Files.copy(OVMF, dir.resolve("OVMF.amdsev.sid-2026.08.fd"));
		ModelFiles.save(plan, dir.resolve("edited.cclaunch"));
		CliRun run = CliRun.of(dir, "run", "edited.cclaunch");
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("KVM_SEV_SNP_LAUNCH_FINISH\tfailed\tBAD_MEASUREMENT (fw_error=11"), run.out());
	}

	/**
	 * The plans imported here name the shared test data's firmware, kernel and initrd, outside the plan's folder:
	 * {@code run} reads them only with {@code --allow-outside} (issue 13).
	 */
	@Test
	void planInputsOutsideThePlansFolderNeedAllowOutside() throws Exception {
		importLog(PublicLogs.QEMU_DEVEL_SEV_BIOS, "outside.cclaunch", "--ovmf", OVMF.toString());
		CliRun refused = CliRun.of(dir, "run", "outside.cclaunch");
		assertEquals(1, refused.exitCode());
		assertTrue(refused.oneLineError(), refused.err());
		assertTrue(refused.err().contains("is outside the plan's folder") && refused.err().contains("--allow-outside"),
				refused.err());
		assertEquals("", refused.out(), "nothing ran");
		CliRun show = CliRun.of(dir, "show", "outside.cclaunch");
		assertTrue(show.out().lines().anyMatch(l -> l.startsWith("input\tfirmware\t") && l.contains("--allow-outside")),
				show.out());
	}

	private LaunchPlan importLog(String log, String out, String... options) throws Exception {
		List<String> args = new ArrayList<>(List.of("import-qemu-trace", PublicLogs.file(log).toString()));
		args.addAll(List.of(options));
		args.addAll(List.of("-o", out));
		CliRun run = CliRun.of(dir, args.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		LaunchPlan plan = ModelFiles.loadPlan(dir.resolve(out));
		assertInstanceOf(LaunchPlan.class, plan);
		return plan;
	}

	private static LaunchPlan example(String name) throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/" + name);
		return ModelFiles.loadPlan(Path.of(FileLocator.toFileURL(entry).toURI()));
	}
}
