/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cocolaunch.internal.ui.explain.ExplainInputsPage;
import org.cocolaunch.internal.ui.explain.ExplainMeasurementWizard;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Explain Measurement wizard finds the EC2 configuration of row snp-16 and lists its measure command. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(9)
class ExplainWizardUiTest {

	@Test
	void listsTheMatchingConfigurationAsACommandLine() {
		String target = TestData.caseField("cases-sev.tsv", "snp-16", 3);
		String firmware = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString();
		ExplainMeasurementWizard wizard = new ExplainMeasurementWizard();
		WizardDialog dialog = onUi(() -> {
			WizardDialog d = new WizardDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
		try {
			assertFalse(onUi(wizard.inputsPage()::isPageComplete), "nothing entered yet");
			onUi(() -> {
				((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.EXPECTED_ID)).setText(target);
				((Text) UiDriver.find(dialog.getShell(), ExplainInputsPage.FIRMWARE_ID)).setText(firmware);
			});
			assertTrue(onUi(wizard.inputsPage()::isPageComplete));
			onUi(() -> dialog.showPage(wizard.resultsPage()));
			UiDriver.waitUntil("the search finishes", () -> !wizard.resultsPage().headline().isEmpty());
			assertTrue(onUi(wizard.resultsPage()::headline).startsWith("1 configuration(s) reproduce MEASUREMENT"),
					onUi(wizard.resultsPage()::headline));
			List<String> lines = onUi(wizard.resultsPage()::lines);
			assertEquals(1, lines.size(), lines.toString());
			assertTrue(lines.get(0).startsWith("cocolaunch measure --mode snp --ovmf "), lines.get(0));
			assertTrue(lines.get(0).contains("--vcpus 1 --vmm-type ec2 --guest-features 0x1"), lines.get(0));
		} finally {
			onUi(() -> dialog.close());
		}
	}
}
