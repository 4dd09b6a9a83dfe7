/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.inspect.RegisterFeeds.Feed;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.inspect.RegisterFeedChart;
import org.cocolaunch.internal.ui.memory.PageStateColors;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measurement Registers: the chart of pages that fed each register, and expected values taken from files. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(13)
class MeasurementRegistersViewUiTest {

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void theSnpMeasurementIsFedByOvmfZeroSecretsCpuidAndVmsaPages() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		MeasurementRegistersView view = ExampleSessions.show(MeasurementRegistersView.ID);
		ExampleSessions.runToEnd(target);
		RegisterFeedChart chart = view.feedChart();
		waitUntil("the chart has the finished launch", () -> onUi(() -> !chart.feeds().isEmpty()
				&& chart.feeds().get(0).pages().containsKey(PageState.VMSA)));
		Feed measurement = onUi(() -> chart.feeds().get(0));
		assertEquals("MEASUREMENT", measurement.register());
		// The example: 4 MiB of OVMF, 45 zero pages of SEV metadata, one secrets, one CPUID page and the VMSA.
		assertEquals(Map.of(PageState.MEASURED, 1024L, PageState.ZERO, 45L, PageState.SECRETS, 1L, PageState.CPUID,
				1L, PageState.VMSA, 1L), measurement.pages());
		assertEquals("1024 measured \u00b7 45 zero (measured as zero) \u00b7 1 secrets page \u00b7 1 CPUID page \u00b7 1 VMSA page"
				+ "; 1 change without pages", RegisterFeedChart.summary(measurement));
		// That change is SNP_LAUNCH_START bringing the register into being.
		var first = target.session().registers().get(0).getHistory().get(0);
		assertEquals("KVM_SEV_SNP_LAUNCH_START", target.session().plan().getSteps().get(first.getStepIndex()).getCommand());
		assertEquals(PageStateColors.rgb(PageState.MEASURED), onUi(() -> {
			ImageData data = chart.render();
			return data.palette.getRGB(data.getPixel(RegisterFeedChart.NAME_WIDTH + 5, 4 + RegisterFeedChart.ROW / 2));
		}), "the bar starts with the measured firmware pages");
		ExampleSessions.screenshotMaximized(MeasurementRegistersView.ID, "measurement-registers-view.png");
	}

	@Test
	void anIdBlockFileGivesTheExpectedMeasurementAndABadFileAnError(@TempDir Path dir) throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		MeasurementRegistersView view = ExampleSessions.show(MeasurementRegistersView.ID);
		ExampleSessions.runToEnd(target);
		byte[] measurement = target.session().registers().get(0).getValue();
		Label verdict = onUi(() -> UiDriver.findIn(Label.class, MeasurementRegistersView.VERDICT_TEST_ID));

		// QEMU takes the ID block as base64 text; its LD (first 48 bytes) is the expected launch digest.
		byte[] block = new byte[96];
		System.arraycopy(measurement, 0, block, 0, 48);
		Path good = Files.writeString(dir.resolve("id-block.b64"), Base64.getEncoder().encodeToString(block) + "\n");
		onUi(() -> view.loadExpected(good)).join();
		waitUntil("the session's MEASUREMENT matches the ID block's LD",
				() -> onUi(verdict::getText).equals("MEASUREMENT matches the expected value"));

		block[47] ^= 1;
		Path wrong = Files.write(dir.resolve("id-block.bin"), block);
		onUi(() -> view.loadExpected(wrong)).join();
		waitUntil("a differing LD is reported at its first differing byte",
				() -> onUi(verdict::getText).startsWith("MEASUREMENT: differs first at byte 47 "));

		Path junk = Files.write(dir.resolve("junk.bin"), new byte[100]);
		onUi(() -> view.loadExpected(junk)).join();
		waitUntil("an error dialog names the file", () -> !UiDriver.shells(t -> t.equals("Expected measurement")).isEmpty());
		onUi(() -> {
			Shell dialog = UiDriver.shells(t -> t.equals("Expected measurement")).get(0);
			String message = labels(dialog).stream().filter(t -> t.contains("junk.bin")).findFirst().orElse("");
			assertTrue(message.contains("is neither an SNP attestation report"), message);
			dialog.close();
		});
	}

	/** The texts of every label under {@code root}. */
	private static List<String> labels(Composite root) {
		List<String> texts = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof Label label) {
				texts.add(label.getText());
			} else if (c instanceof Composite composite) {
				texts.addAll(labels(composite));
			}
		}
		return texts;
	}
}
