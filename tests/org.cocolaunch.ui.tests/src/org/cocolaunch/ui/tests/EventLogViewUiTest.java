/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.cocolaunch.core.inspect.EventLogRequest;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.TreeRows;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.AttestationReportView;
import org.cocolaunch.ui.views.EventLogView;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Event Log view on the real CCEL logs of the shared test data: events grouped by RTMR and decoded, RTMRs compared
 * with a TDREPORT built from the values the log's publisher asserts, predicted events beside the logged ones with the
 * first divergence selected, an event's data in a dialog; and the Attestation Report view comparing RTMRs.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(6)
class EventLogViewUiTest {

	@TempDir
	Path dir;

	static byte[] tdreport(String log) {
		byte[] r = new byte[1024];
		r[0] = (byte) 0x81;
		for (int i = 0; i < 4; i++) {
			String e = TestData.caseField("eventlogs/expected.tsv", log, 1 + i);
			System.arraycopy(e.equals("-") ? new byte[48] : HexFormat.of().parseHex(e), 0, r, 0x2D0 + 48 * i, 48);
		}
		return r;
	}

	@Test
	void realLogIsDecodedComparedAndPredicted() throws Exception {
		Path report = Files.write(dir.resolve("tdreport.bin"), tdreport("CCEL_data_ovmf.bin"));
		Path log = TestData.file("eventlogs/CCEL_data_ovmf.bin");
		EventLogView view = ExampleSessions.show(EventLogView.ID);
		onUi(() -> view.open(new EventLogRequest(log, report, null, null, null, null, 0)));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, EventLogView.VERDICT_TEST_ID));
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, EventLogView.TREE_TEST_ID));
		Table regs = onUi(() -> UiDriver.findIn(Table.class, EventLogView.REGISTERS_TEST_ID));
		waitUntil("the log is decoded", () -> verdict.getText().startsWith("RTMR0-3"));
		assertEquals("RTMR0-3 replayed from the log match the TDREPORT", onUi(verdict::getText));
		onUi(() -> {
			assertEquals(4, regs.getItemCount());
			assertEquals(TestData.caseField("eventlogs/expected.tsv", "CCEL_data_ovmf.bin", 2), regs.getItem(1).getText(1));
			assertEquals("EV_EFI_HANDOFF_TABLES2", TreeRows.text(tree, 1, "RTMR0 (14)", "1"));
			assertEquals("EV_EFI_BOOT_SERVICES_APPLICATION", TreeRows.text(tree, 1, "RTMR1 (4)", "12"));
			assertTrue(TreeRows.text(tree, 3, "RTMR2 (2)", "17").contains("LOADED_IMAGE::LoadOptions"));
			return null;
		});
		ExampleSessions.screenshotMaximized(EventLogView.ID, "event-log-view-report.png");

		// predicted from Debian's OVMF.fd and the shared kernel: the log came from another launch, so the first
		// divergence is the TD HOB of another memory size/firmware; it is selected and highlighted
		Path ovmf = Path.of(System.getProperty("user.dir")).resolve("../org.cocolaunch.tdx.core.tests/testdata/debian-ovmf/OVMF.fd")
				.normalize();
		onUi(() -> view.open(new EventLogRequest(log, report, ovmf, TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64"),
				TestData.file("inputs/initrd-oracle.cpio.gz"), "console=ttyS0", 0)));
		waitUntil("the prediction is compared", () -> verdict.getText().contains("first divergence"));
		assertTrue(onUi(verdict::getText).contains("first divergence: event #1 (RTMR0 EV_EFI_HANDOFF_TABLES2"), onUi(verdict::getText));
		onUi(() -> {
			TreeItem[] sel = tree.getSelection();
			assertEquals(1, sel.length);
			assertEquals("1", sel[0].getText(0));
			assertEquals("differs", sel[0].getText(2));
			assertEquals("match", TreeRows.text(tree, 2, "RTMR0 (14)", "3").substring(0, 5)); // SecureBoot, absent
			return null;
		});
		ExampleSessions.screenshotMaximized(EventLogView.ID, "event-log-view.png");

		// the event data dialog (what a double-click opens)
		onUi(() -> {
			tree.getDisplay().asyncExec(() -> {
				var ev = view.shown().events().stream().filter(e -> e.index() == 12).findFirst().orElseThrow();
				new EventLogView.EventDataDialogOpener().open(tree.getShell(), ev);
			});
			return null;
		});
		waitUntil("the data dialog opens", () -> onUi(() -> !UiDriver.shells(t -> t.startsWith("Event #12")).isEmpty()));
		Shell dialog = onUi(() -> UiDriver.shells(t -> t.startsWith("Event #12")).get(0));
		ExampleSessions.settle(300);
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("event-log-data.png"), onUi(dialog::getBounds));
		onUi(() -> {
			dialog.close();
			return null;
		});

		// a malformed file: one line, in red
		Path bad = Files.write(dir.resolve("bad.bin"), new byte[64]);
		onUi(() -> view.open(EventLogRequest.of(bad)));
		waitUntil("the bad file is refused", () -> verdict.getText().contains("not an event log"));
	}

	@Test
	void attestationReportViewComparesRtmrsWithALog() throws Exception {
		Path report = Files.write(dir.resolve("tdreport.bin"), tdreport("CCEL_data_grub.bin"));
		AttestationReportView view = ExampleSessions.show(AttestationReportView.ID);
		onUi(() -> view.open(report));
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, AttestationReportView.VERDICT_TEST_ID));
		waitUntil("the report is decoded", () -> verdict.getText().startsWith("MRTD"));
		Label rtmrs = onUi(() -> UiDriver.findIn(Label.class, AttestationReportView.RTMR_VERDICT_TEST_ID));
		onUi(() -> view.compareRtmrs(TestData.file("eventlogs/CCEL_data_grub.bin")));
		waitUntil("the log is replayed", () -> rtmrs.getText().startsWith("RTMR"));
		assertEquals("RTMR0-3 replayed from the log match the TDREPORT", onUi(rtmrs::getText));
		onUi(() -> view.compareRtmrs(TestData.file("eventlogs/CCEL_data_ovmf.bin")));
		waitUntil("the other log is replayed", () -> rtmrs.getText().contains("differs"));
		assertEquals("RTMR0 replayed from the log differs from the TDREPORT", onUi(rtmrs::getText));
	}
}
