/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import org.cocolaunch.debug.ui.launch.PlanTab;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launch configuration's Plan tab: the KVM choice starts disabled while the host check runs in a background job
 * (the tab is built without waiting for it), then is enabled — or stays disabled with the check's reason under it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PlanTabUiTest {

	@Test
	void kvmChoiceFollowsTheHostCheckThatRunsInTheBackground() throws Exception {
		Shell shell = onUi(() -> new Shell(UiDriver.display(), SWT.SHELL_TRIM));
		try {
			PlanTab tab = new PlanTab();
			String first = onUi(() -> {
				tab.createControl(shell);
				shell.pack();
				shell.open();
				// still in the same UI runnable: the check's result can only arrive later, through asyncExec
				return ((Label) UiDriver.find(shell, "planTab.kvmReason")).getText();
			});
			assertEquals("KVM: checking this host\u2026", first);
			Label reason = onUi(() -> (Label) UiDriver.find(shell, "planTab.kvmReason"));
			Button kvm = onUi(() -> (Button) UiDriver.find(shell, "planTab.backend.kvm"));
			Button sim = onUi(() -> (Button) UiDriver.find(shell, "planTab.backend.sim"));
			waitUntil("the host check reports", () -> !reason.getText().startsWith("KVM: checking"));
			onUi(() -> {
				assertTrue(sim.getSelection(), "the simulator is the default");
				assertFalse(kvm.getSelection());
				boolean unavailable = reason.getText().startsWith("KVM unavailable: ");
				assertEquals(!unavailable, kvm.getEnabled(), reason.getText());
				assertTrue(unavailable || reason.getText().startsWith("KVM: this host can launch"), reason.getText());
				assertFalse(reason.getText().contains("\n"), "one line");
				return null;
			});
		} finally {
			onUi(() -> shell.dispose());
		}
	}
}
