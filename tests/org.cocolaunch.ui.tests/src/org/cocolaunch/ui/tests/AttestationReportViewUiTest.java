/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BiFunction;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.TreeRows;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.AttestationReportView;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The Attestation Report view on reports the simulated firmware produced for the example plans: every field
 * decoded, and the measurement compared with the followed session.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(5)
class AttestationReportViewUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	/** Runs the example plan on a fresh simulator of its own (outside the debugger). */
	private static <B extends Backend> B run(String example, String firmware, BiFunction<LaunchPlan, PlanInputs, B> sim)
			throws Exception {
		Path planFile = ExampleSessions.plan(example);
		LaunchPlan plan = ModelFiles.loadPlan(planFile);
		B backend = sim.apply(plan, new PlanInputs(plan, planFile.getParent(), Map.of("firmware", TestData.file(firmware))));
		for (Step step : plan.getSteps()) {
			backend.execute(step);
		}
		return backend;
	}

	@Test
	void snpReportOfTheSimulatorIsDecodedAndMatchesTheSession() throws Exception {
		SevFirmwareSimulator sim = run(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE, SevFirmwareSimulator::new);
		byte[] report = sim.attestationReport();
		sim.close();
		assertNotNull(report, "SNP_LAUNCH_FINISH produced a report");
		Path file = Files.write(dir.resolve("snp-report.bin"), report);
		String measurement = HexFormat.of().formatHex(report, 0x90, 0x90 + 48);

		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		ExampleSessions.runToEnd(target);
		AttestationReportView view = ExampleSessions.show(AttestationReportView.ID);
		onUi(() -> view.open(file));
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, AttestationReportView.TREE_TEST_ID));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, AttestationReportView.VERDICT_TEST_ID));
		waitUntil("the report is decoded and compared", () -> verdict.getText().startsWith("MEASUREMENT of the report"));
		assertEquals("MEASUREMENT of the report matches the session's register", onUi(verdict::getText));
		onUi(() -> {
			assertEquals(measurement, TreeRows.text(tree, 1, "MEASUREMENT"));
			assertEquals("3", TreeRows.text(tree, 1, "VERSION"));
			assertEquals("0x30000", TreeRows.text(tree, 1, "POLICY"));
			assertEquals("1", TreeRows.text(tree, 1, "POLICY", "bit 16 SMT"));
			assertEquals("0", TreeRows.text(tree, 1, "POLICY", "bit 19 DEBUG"));
			return null;
		});
		assertEquals("SEV-SNP ATTESTATION_REPORT v3 \u2014 " + file, onUi(view::getContentDescription));
		ExampleSessions.screenshotMaximized(AttestationReportView.ID, "attestation-report-view.png");

		// A report of another launch: the first differing byte is named.
		byte[] other = report.clone();
		other[0x90 + 5] ^= 1;
		Path otherFile = Files.write(dir.resolve("other.bin"), other);
		onUi(() -> view.open(otherFile));
		waitUntil("the other report is compared", () -> verdict.getText().contains("differs"));
		assertEquals("MEASUREMENT of the report differs from the session's register: differs first at byte 5 (hex offset 10): "
				+ String.format("%02x here, %02x expected", report[0x95] & 0xFF, other[0x95] & 0xFF), onUi(verdict::getText));

		// A malformed file says why in one line.
		Path zeroFile = Files.write(dir.resolve("zero.bin"), new byte[1184]);
		onUi(() -> view.open(zeroFile));
		waitUntil("the malformed report is refused", () -> verdict.getText().contains("not supported"));
		assertEquals("SNP attestation report: report version 0 is not supported (2 to 5)", onUi(verdict::getText));
	}

	@Test
	void tdReportOfTheSimulatorIsDecodedBitByBit() throws Exception {
		TdxModuleSimulator sim = run(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE, TdxModuleSimulator::new);
		byte[] tdReport = sim.tdReport(new byte[64]);
		sim.close();
		Path file = Files.write(dir.resolve("tdreport.bin"), tdReport);

		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		ExampleSessions.runToEnd(target);
		AttestationReportView view = ExampleSessions.show(AttestationReportView.ID);
		onUi(() -> view.open(file));
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, AttestationReportView.TREE_TEST_ID));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, AttestationReportView.VERDICT_TEST_ID));
		waitUntil("the TDREPORT is decoded and compared", () -> verdict.getText().startsWith("MRTD of the report"));
		assertEquals("MRTD of the report matches the session's register", onUi(verdict::getText));
		onUi(() -> {
			assertEquals("1", TreeRows.text(tree, 1, "TDINFO", "ATTRIBUTES", "bit 28 SEPT_VE_DISABLE"));
			assertEquals("0xe7", TreeRows.text(tree, 1, "TDINFO", "XFAM"));
			assertEquals(HexFormat.of().formatHex(tdReport, 0x210, 0x210 + 48), TreeRows.text(tree, 1, "TDINFO", "MRTD"));
			return null;
		});
		ExampleSessions.screenshotMaximized(AttestationReportView.ID, "attestation-report-tdx.png");
	}
}
