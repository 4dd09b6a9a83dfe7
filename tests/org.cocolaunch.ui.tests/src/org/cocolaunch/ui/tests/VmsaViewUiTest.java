/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.TreeRows;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.VmsaView;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VMSA view on the example SNP launch: decoded save-area fields, SEV_FEATURES bits and the raw page. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(3)
class VmsaViewUiTest {

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void showsTheMeasuredVmsaOfTheSnpExampleAfterLaunchFinish() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		VmsaView view = ExampleSessions.show(VmsaView.ID);
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, VmsaView.TREE_TEST_ID));
		waitUntil("the plan's vCPU 0 is shown before the first step", () -> tree.getItemCount() == 1
				&& "vCPU 0".equals(tree.getItem(0).getText(0)));

		ExampleSessions.runToEnd(target);
		waitUntil("the view follows to the end of the launch",
				() -> view.getContentDescription().contains("after step 11 KVM_SEV_SNP_LAUNCH_FINISH"));
		onUi(() -> {
			assertEquals("0xfff0", TreeRows.text(tree, 1, "vCPU 0", "Control registers", "RIP"));
			assertEquals("0x178+8", TreeRows.text(tree, 2, "vCPU 0", "Control registers", "RIP"));
			assertEquals("0x10", TreeRows.text(tree, 1, "vCPU 0", "Control registers", "CR0"));
			assertEquals("0xffff0000", TreeRows.text(tree, 1, "vCPU 0", "Segments", "CS", "base"));
			assertEquals("0xf000", TreeRows.text(tree, 1, "vCPU 0", "Segments", "CS", "selector"));
			assertEquals("0x1", TreeRows.text(tree, 1, "vCPU 0", "SEV_FEATURES", "SEV_FEATURES"));
			assertEquals("1", TreeRows.text(tree, 1, "vCPU 0", "SEV_FEATURES", "SEV_FEATURES", "bit 0 SNP_ACTIVE"));
			assertEquals("0", TreeRows.text(tree, 1, "vCPU 0", "SEV_FEATURES", "SEV_FEATURES", "bit 5 DEBUG_SWAP"));
			assertEquals("0x1f80", TreeRows.text(tree, 1, "vCPU 0", "x87 / SSE state", "MXCSR"));
			assertEquals("0x800f12", TreeRows.text(tree, 1, "vCPU 0", "General-purpose registers", "RDX"));
			return null;
		});
		StyledText hex = onUi(() -> UiDriver.findIn(StyledText.class, VmsaView.HEX_TEST_ID));
		String dump = onUi(() -> hex.getText());
		assertEquals(256, dump.lines().count(), "4 KiB, 16 bytes a line");
		assertTrue(dump.contains("170: 02 00 00 00 00 00 00 00 f0 ff 00 00 00 00 00 00"), "RFLAGS and RIP in the raw page");
		assertTrue(dump.contains("010: 00 f0 9b 00 ff ff 00 00 00 00 ff ff 00 00 00 00"), "CS in the raw page");
		ExampleSessions.screenshotMaximized(VmsaView.ID, "vmsa-view.png");
	}
}
