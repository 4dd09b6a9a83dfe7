/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.TreeRows;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.TdStateView;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TD State view on the example TDX launch: TD_PARAMS bit by bit, op state, vCPU state and what a step changed. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(4)
class TdStateViewUiTest {

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void showsTdAttributesXfamAndTheVcpuOfTheTdxExample() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		TdStateView view = ExampleSessions.show(TdStateView.ID);
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, TdStateView.TREE_TEST_ID));
		// After KVM_CREATE_VM, before KVM_TDX_INIT_VM, the module has no TD: no lifecycle state next to "HKID assigned
		// false".
		ExampleSessions.stepOver(target, 1);
		waitUntil("the TD state before KVM_TDX_INIT_VM is shown",
				() -> view.getContentDescription().contains("after step 0 KVM_CREATE_VM") && "false".equals(TreeRows.text(tree, 1, "TD", "TD state", "HKID assigned")));
		onUi(() -> {
			assertEquals("UNINITIALIZED", TreeRows.text(tree, 1, "TD", "TD state", "op state"));
			assertEquals("none yet (TDH.MNG.CREATE runs in KVM_TDX_INIT_VM)",
					TreeRows.text(tree, 1, "TD", "TD state", "lifecycle state"));
			return null;
		});

		ExampleSessions.stepOver(target, 1);
		waitUntil("TD_PARAMS are shown after KVM_TDX_INIT_VM",
				() -> view.getContentDescription().contains("after step 1 KVM_TDX_INIT_VM")
						&& TreeRows.find(tree, "TD", "ATTRIBUTES") != null);
		onUi(() -> {
			assertEquals("0x10000000", TreeRows.text(tree, 1, "TD", "ATTRIBUTES"));
			assertEquals("1", TreeRows.text(tree, 1, "TD", "ATTRIBUTES", "bit 28 SEPT_VE_DISABLE"));
			assertEquals("0", TreeRows.text(tree, 1, "TD", "ATTRIBUTES", "bit 0 DEBUG"));
			assertEquals("0xe7", TreeRows.text(tree, 1, "TD", "XFAM"));
			assertEquals("1", TreeRows.text(tree, 1, "TD", "XFAM", "bit 2 AVX"));
			assertEquals("0", TreeRows.text(tree, 1, "TD", "XFAM", "bit 3 BNDREGS"));
			assertEquals("true", TreeRows.text(tree, 1, "TD", "TD state", "HKID assigned"));
			assertEquals("KEYS_CONFIGURED", TreeRows.text(tree, 1, "TD", "TD state", "lifecycle state"));
			return null;
		});

		ExampleSessions.stepOver(target, 1);
		waitUntil("vCPU 0 is initialised by KVM_TDX_INIT_VCPU",
				() -> view.getContentDescription().contains("after step 2 KVM_TDX_INIT_VCPU")
						&& "INITIALIZED".equals(TreeRows.text(tree, 1, "vCPU 0", "TD vCPU 0", "state")));
		onUi(() -> {
			TreeItem state = TreeRows.find(tree, "vCPU 0", "TD vCPU 0", "state");
			assertEquals(new RGB(255, 236, 150), state.getBackground(1).getRGB(), "changed by the last step");
			assertEquals("0x809000", TreeRows.text(tree, 1, "vCPU 0", "TD vCPU 0", "RCX (INIT_VCPU, TD HOB address)"));
			TreeItem attributes = TreeRows.find(tree, "TD", "ATTRIBUTES");
			assertNotNull(attributes);
			assertNotEquals(new RGB(255, 236, 150), attributes.getBackground(1).getRGB(), "unchanged fields are plain");
			return null;
		});
		ExampleSessions.runToEnd(target);
		waitUntil("the TD is runnable after KVM_TDX_FINALIZE_VM",
				() -> "RUNNABLE".equals(TreeRows.text(tree, 1, "TD", "TD state", "op state")));
		ExampleSessions.screenshotMaximized(TdStateView.ID, "td-state-view.png");
	}
}
