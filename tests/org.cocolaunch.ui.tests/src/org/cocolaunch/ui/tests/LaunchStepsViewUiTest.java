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
import java.util.List;

import org.cocolaunch.app.AboutHandler;
import org.cocolaunch.app.CocoWorkbenchAdvisor;
import org.cocolaunch.app.LaunchDebuggingPerspective;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real workbench (UI harness), checks branding and perspective, and reads the Launch Steps view's rows
 * for the shipped example plan and for plans opened from files — good and bad.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // first, so its first test sees the workbench as a first start shows it
class LaunchStepsViewUiTest {

	@TempDir
	Path dir;

	@Test
	@Order(1)
	void workbenchIsBrandedAndInLaunchDebuggingPerspective() {
		onUi(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			assertEquals(CocoWorkbenchAdvisor.WINDOW_TITLE, window.getShell().getText());
			assertEquals("CoCo Launch Workbench", window.getShell().getText());
			assertEquals(LaunchDebuggingPerspective.ID, window.getActivePage().getPerspective().getId());
			assertEquals("Launch Debugging", window.getActivePage().getPerspective().getLabel());
		});
		String about = onUi(AboutHandler::aboutText);
		assertTrue(about.matches("(?s)CoCo Launch Workbench\n\nVersion 0\\.1\\.0\\.\\S+\n.*"), about);
	}

	@Test
	@Order(2)
	void exampleSnpPlanIsListedOnFirstStart() {
		Table table = stepsTable();
		waitUntil("the example plan's 12 steps are listed", () -> table.getItemCount() == 12);
		assertEquals(List.of("0", "CREATE", "KVM_CREATE_VM", "type=4 (KVM_X86_SNP_VM)", "", "Create an SNP VM"), row(table, 0));
		assertEquals(List.of("2", "INIT_VM", "KVM_SEV_SNP_LAUNCH_START", "policy=0x30000", "",
				"Start the launch with the guest policy"), row(table, 2));
		List<String> firmware = row(table, 3);
		assertEquals("KVM_SEV_SNP_LAUNCH_UPDATE", firmware.get(2));
		assertEquals("gfnStart=0xffc00, len=0x400000, type=NORMAL, pages 0xffc00000+0x400000 normal", firmware.get(3));
		List<String> secrets = row(table, 6);
		assertEquals("gfnStart=0x80d, len=0x1000, type=SECRETS, pages 0x80d000+0x1000 secrets", secrets.get(3));
		assertEquals("FINALIZE", row(table, 11).get(1));
		String description = onUi(() -> view().getContentDescription());
		assertTrue(description.startsWith("SNP launch, QEMU, OVMF.amdsev, 1 vCPU \u2014 AMD SNP, 12 steps"), description);
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("launch-steps-example.png"));
	}

	@Test
	@Order(3)
	void selectedStepShowsInPropertiesView() throws Exception {
		Table table = stepsTable();
		waitUntil("the example plan is listed", () -> table.getItemCount() == 12);
		onUi(() -> {
			LaunchStepsView view = view();
			view.getViewer().setSelection(new StructuredSelection(
					new LaunchStepsView.StepRow(6, ((LaunchPlan) view.getViewer().getInput()).getSteps().get(6))), true);
			PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(IPageLayout.ID_PROP_SHEET);
			view.setFocus();
			return null;
		});
		waitUntil("the Properties view shows the selected step's command",
				() -> propertyRows().contains("Command=KVM_SEV_SNP_LAUNCH_UPDATE"));
		List<String> rows = onUi(LaunchStepsViewUiTest::propertyRows);
		assertTrue(rows.contains("Phase=UPDATE"), rows.toString());
		assertTrue(rows.contains("Description=SEV metadata: secrets page"), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("parameters=")), rows.toString());
		assertTrue(rows.contains("type=SECRETS"), "nested parameter rows: " + rows);
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("launch-steps-properties.png"));
	}

	/** "Name=Value" for every row of the Properties view's tree, nested rows included. */
	private static List<String> propertyRows() {
		IViewPart sheet = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().findView(IPageLayout.ID_PROP_SHEET);
		List<String> rows = new java.util.ArrayList<>();
		if (sheet == null) {
			return rows;
		}
		Control root = ((org.eclipse.ui.part.PageBookView) sheet).getCurrentPage().getControl();
		if (root instanceof Tree tree) {
			collect(tree.getItems(), rows);
		}
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			rows.add(item.getText(0) + "=" + item.getText(1));
			if (!item.getExpanded() && item.getItemCount() > 0) {
				// The property sheet creates child rows when it sees the expand event, as for a user's click.
				Event expand = new Event();
				expand.item = item;
				item.getParent().notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
			}
			collect(item.getItems(), rows);
		}
	}

	@Test
	@Order(4)
	void openedPlanFileReplacesTheRows() throws Exception {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		plan.setName("two step TDX plan");
		plan.setVendor(Vendor.INTEL);
		plan.setVmType(VmType.TDX);
		plan.getSteps().add(step("KVM_TDX_INIT_VM", Phase.INIT_VM, "attributes", "0x10000000"));
		plan.getSteps().add(step("KVM_TDX_FINALIZE_VM", Phase.FINALIZE, "flags", "0"));
		Path file = dir.resolve("tdx.cclaunch");
		ModelFiles.save(plan, file);

		onUi(() -> view().open(file));
		Table table = stepsTable();
		waitUntil("the opened plan's 2 steps are listed", () -> table.getItemCount() == 2);
		assertEquals(List.of("0", "INIT_VM", "KVM_TDX_INIT_VM", "attributes=0x10000000", "", ""), row(table, 0));
		assertEquals(List.of("1", "FINALIZE", "KVM_TDX_FINALIZE_VM", "flags=0", "", ""), row(table, 1));
		String description = onUi(() -> view().getContentDescription());
		assertTrue(description.endsWith(" \u2014 " + file.getFileName()), description);
		assertEquals(file.toString(), onUi(() -> view().getTitleToolTip()), "the full path is the view's tooltip");
	}

	@Test
	@Order(5)
	void corruptPlanFileShowsAnErrorDialogAndKeepsTheRows() throws Exception {
		Table table = stepsTable();
		int before = onUi(table::getItemCount);
		Path bad = dir.resolve("bad.cclaunch");
		Files.writeString(bad, "<not a plan");
		onUi(() -> view().open(bad));
		waitUntil("an error dialog names the bad file",
				() -> !UiDriver.shells("Cannot open launch plan"::equals).isEmpty());
		onUi(() -> {
			Shell dialog = UiDriver.shells("Cannot open launch plan"::equals).get(0);
			dialog.close();
		});
		assertEquals(before, (int) onUi(table::getItemCount), "rows of the previous plan are kept");
	}

	private static Step step(String command, Phase phase, String name, String value) {
		Step step = ModelFactory.eINSTANCE.createStep();
		step.setCommand(command);
		step.setPhase(phase);
		GenericParameters parameters = ModelFactory.eINSTANCE.createGenericParameters();
		Parameter p = ModelFactory.eINSTANCE.createParameter();
		p.setName(name);
		p.setValue(value);
		parameters.getEntries().add(p);
		step.setParameters(parameters);
		return step;
	}

	private static LaunchStepsView view() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
		try {
			return (LaunchStepsView) page.showView(LaunchStepsView.ID);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new AssertionError(e);
		}
	}

	private static Table stepsTable() {
		return onUi(() -> {
			view();
			return UiDriver.findIn(Table.class, LaunchStepsView.TABLE_TEST_ID);
		});
	}

	private static List<String> row(Table table, int index) {
		return onUi(() -> {
			TableItem item = table.getItem(index);
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			return cells;
		});
	}
}
