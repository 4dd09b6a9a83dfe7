/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.VendorRosettaView;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Vendor Rosetta: six phases, three aspects each, four vendors side by side. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(7)
class VendorRosettaViewUiTest {

	@Test
	void showsEachPhaseSideBySideForTheFourVendors() throws Exception {
		ExampleSessions.show(VendorRosettaView.ID);
		Table table = onUi(() -> UiDriver.findIn(Table.class, VendorRosettaView.TABLE_TEST_ID));
		assertEquals(18, (int) onUi(table::getItemCount));
		assertEquals(List.of("Phase", "", "AMD SEV", "AMD SEV-ES", "AMD SEV-SNP", "Intel TDX"), onUi(() -> {
			List<String> titles = new ArrayList<>();
			for (var c : table.getColumns()) {
				titles.add(c.getText());
			}
			return titles;
		}));
		assertEquals(List.of("UPDATE", "command", "LAUNCH_UPDATE_DATA", "LAUNCH_UPDATE_DATA",
				"SNP_LAUNCH_UPDATE (page types NORMAL, ZERO, UNMEASURED, SECRETS, CPUID)",
				"KVM_TDX_INIT_MEM_REGION (TDH.MEM.PAGE.ADD + TDH.MR.EXTEND)"), row(table, 6));
		assertEquals("effect on the measurement", onUi(() -> table.getItem(11).getText(1)));
		assertEquals("none (architectural vCPU state is not measured)", onUi(() -> table.getItem(11).getText(5)));
		assertEquals("KVM_TDX_FINALIZE_VM (TDH.MR.FINALIZE)", onUi(() -> table.getItem(15).getText(5)));
		ExampleSessions.screenshotMaximized(VendorRosettaView.ID, "vendor-rosetta-view.png");
	}

	private static List<String> row(Table table, int index) {
		return onUi(() -> {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(table.getItem(index).getText(c));
			}
			return cells;
		});
	}
}
