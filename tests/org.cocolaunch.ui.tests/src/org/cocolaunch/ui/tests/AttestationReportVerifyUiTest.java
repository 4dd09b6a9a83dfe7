/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.internal.ui.inspect.VerifySection;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.AttestationReportView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Attestation Report view's Verify section on the real Milan report of the shared test data: every check a green
 * row with the VCEK chosen, red where a tampered copy fails, the summary naming the first failed check; Expected from
 * File warns about a quote that does not verify.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(5)
class AttestationReportVerifyUiTest {

	@TempDir
	Path dir;

	@Test
	void theMilanReportVerifiesRowByRowAndATamperedCopyFails() throws Exception {
		Path report = TestData.file("reports/snp-report-milan.bin");
		AttestationReportView view = ExampleSessions.show(AttestationReportView.ID);
		Table table = onUi(() -> UiDriver.findIn(Table.class, VerifySection.TABLE_TEST_ID));
		Label summary = onUi(() -> UiDriver.findIn(Label.class, VerifySection.SUMMARY_TEST_ID));

		onUi(() -> view.open(report));
		waitUntil("the report is verified without a VCEK", () -> summary.getText().startsWith("sev-snp: NOT verified"));
		assertEquals("sev-snp: NOT verified \u2014 report signature: no VCEK certificate given (--cert); AMD KDS serves it"
				+ " by chip ID and reported TCB, which needs the network", onUi(summary::getText));

		onUi(() -> view.verifySection().certificate(TestData.file("reports/snp-vcek-milan.der")));
		waitUntil("the report verifies with its VCEK", () -> summary.getText().startsWith("sev-snp: verified"));
		List<String[]> rows = onUi(() -> rows(table));
		List<String> checks = rows.stream().filter(r -> !r[1].equals("identity") && !r[0].contains("warning"))
				.map(r -> r[0] + " " + r[2]).toList();
		assertEquals(List.of("\u2714 pass report signature", "\u2714 pass VCEK signed by ASK", "\u2714 pass ASK signed by ARK",
				"\u2714 pass ARK self-signed", "\u2714 pass ARK pinned", "\u2714 pass product", "\u2714 pass chip ID",
				"\u2714 pass reported TCB"), checks);
		assertEquals(SWT.COLOR_DARK_GREEN, onUi(() -> colorOf(table.getItem(0))));
		assertTrue(rows.stream().anyMatch(r -> r[2].equals("product") && r[3].startsWith("Milan")));
		ExampleSessions.screenshotMaximized(AttestationReportView.ID, "attestation-report-verify.png");

		byte[] tampered = Files.readAllBytes(report);
		tampered[0x90] ^= 1; // MEASUREMENT
		Path bad = Files.write(dir.resolve("tampered.bin"), tampered);
		onUi(() -> view.open(bad));
		waitUntil("the tampered copy fails", () -> summary.getText().startsWith("sev-snp: NOT verified"));
		assertTrue(onUi(summary::getText).contains("report signature: ECDSA P-384/SHA-384 over bytes 0x000-0x29F does not verify"),
				onUi(summary::getText));
		assertEquals("\u2718 fail", onUi(() -> table.getItem(0).getText(0)));
		assertEquals(SWT.COLOR_DARK_RED, onUi(() -> colorOf(table.getItem(0))));
		ExampleSessions.screenshotMaximized(AttestationReportView.ID, "attestation-report-verify-tampered.png");
		onUi(() -> view.verifySection().certificate(null));

		// A TDX quote carries its PCK chain: it verifies with nothing chosen.
		onUi(() -> view.open(tdxQuote()));
		waitUntil("the quote is verified", () -> summary.getText().startsWith("tdx-quote: verified"));
		assertEquals(7, onUi(() -> (int) rows(table).stream().filter(r -> r[0].equals("\u2714 pass")).count()));
		ExampleSessions.screenshotMaximized(AttestationReportView.ID, "attestation-report-verify-tdx.png");
	}

	@Test
	void expectedFromFileWarnsWhenTheQuoteDoesNotVerify() throws Exception {
		Path quote = tdxQuote();
		MeasurementRegistersView view = ExampleSessions.show(MeasurementRegistersView.ID);
		Text expected = onUi(() -> UiDriver.findIn(Text.class, MeasurementRegistersView.EXPECTED_TEST_ID));

		view.loadExpected(quote).join();
		waitUntil("the genuine quote's MRTD is the expected value", () -> expected.getToolTipText() != null
				&& expected.getToolTipText().startsWith("MRTD from " + quote));
		assertFalse(onUi(() -> expected.getToolTipText()).contains("Warning"), onUi(() -> expected.getToolTipText()));

		byte[] tampered = Files.readAllBytes(quote);
		tampered[48 + 520] ^= 1; // REPORTDATA of the v4 body: the MRTD stays, the signature breaks
		Path bad = Files.write(dir.resolve("tampered-quote.dat"), tampered);
		view.loadExpected(bad).join();
		waitUntil("the tampered quote is flagged", () -> expected.getToolTipText() != null
				&& expected.getToolTipText().contains("Warning: tampered-quote.dat does not verify: quote signature: "));
		assertEquals(HexFormat.of().formatHex(tampered, 48 + 136, 48 + 136 + 48), onUi(() -> expected.getText()));
	}

	/** A real v4 quote of the TDX test bundle's data folder. */
	private static Path tdxQuote() {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path d = start; d != null; d = d.getParent()) {
			Path c = d.resolve("tests/org.cocolaunch.tdx.core.tests/data/trustee-quote-v4.dat");
			if (Files.isRegularFile(c)) {
				return c;
			}
			c = d.resolveSibling("org.cocolaunch.tdx.core.tests").resolve("data/trustee-quote-v4.dat");
			if (Files.isRegularFile(c)) {
				return c;
			}
		}
		throw new AssertionError("trustee-quote-v4.dat not found from " + start);
	}

	private static List<String[]> rows(Table table) {
		List<String[]> out = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			out.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) });
		}
		return out;
	}

	private static int colorOf(TableItem item) {
		for (int c : new int[] { SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GRAY }) {
			if (item.getForeground().equals(item.getDisplay().getSystemColor(c))) {
				return c;
			}
		}
		return -1;
	}
}
