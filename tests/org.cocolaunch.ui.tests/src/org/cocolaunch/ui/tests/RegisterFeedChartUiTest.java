/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.inspect.RegisterFeeds.Feed;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.inspect.RegisterFeedChart;
import org.cocolaunch.internal.ui.memory.PageStateColors;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Measurement Registers charts how many pages of each kind fed each register. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(13)
class RegisterFeedChartUiTest {

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
	}
}
