/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.cocolaunch.internal.ui.debug.SessionViewsOpener;
import org.cocolaunch.model.VmType;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.views.GuestMemoryMapView;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.cocolaunch.ui.views.TdStateView;
import org.cocolaunch.ui.views.VendorRosettaView;
import org.cocolaunch.ui.views.VmsaView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new session brings its views to the front: the vendor's vCPU view beside Measurement Registers. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(12)
class SessionViewsUiTest {

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void eachVmTypeGetsItsVcpuView() {
		assertEquals(List.of(LaunchStepsView.ID, VmsaView.ID, MeasurementRegistersView.ID),
				SessionViewsOpener.viewsFor(VmType.SNP));
		assertEquals(List.of(LaunchStepsView.ID, VmsaView.ID, MeasurementRegistersView.ID),
				SessionViewsOpener.viewsFor(VmType.SEV_ES));
		assertEquals(List.of(LaunchStepsView.ID, TdStateView.ID, MeasurementRegistersView.ID),
				SessionViewsOpener.viewsFor(VmType.TDX));
		assertEquals(List.of(LaunchStepsView.ID, GuestMemoryMapView.ID, MeasurementRegistersView.ID),
				SessionViewsOpener.viewsFor(VmType.SEV));
	}

	@Test
	void aTdxSessionShowsTdStateAndAnSnpSessionShowsTheVmsa() throws Exception {
		hideBehindOthers();
		ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		waitUntil("TD State and Measurement Registers come to the front",
				() -> visible(TdStateView.ID) && visible(MeasurementRegistersView.ID) && visible(LaunchStepsView.ID));
		assertFalse(visible(VmsaView.ID), "the VMSA view shares a stack with TD State and stays behind it");
		ExampleSessions.terminateAll();

		hideBehindOthers();
		ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		waitUntil("VMSA and Measurement Registers come to the front",
				() -> visible(VmsaView.ID) && visible(MeasurementRegistersView.ID));
		assertFalse(visible(TdStateView.ID));
	}

	/** Puts other views on top of the stacks that hold the session views. */
	private static void hideBehindOthers() {
		ExampleSessions.show(VendorRosettaView.ID); // shares the top stack with Launch Steps
		ExampleSessions.show(IDebugUIConstants.ID_VARIABLE_VIEW); // shares a stack with Measurement Registers
		ExampleSessions.show(IDebugUIConstants.ID_REGISTER_VIEW); // shares a stack with VMSA and TD State
		assertFalse(visible(MeasurementRegistersView.ID));
		assertFalse(visible(VmsaView.ID));
		assertFalse(visible(TdStateView.ID));
	}

	private static boolean visible(String id) {
		return onUi(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			IViewPart view = page.findView(id);
			return view != null && page.isPartVisible(view);
		});
	}
}
