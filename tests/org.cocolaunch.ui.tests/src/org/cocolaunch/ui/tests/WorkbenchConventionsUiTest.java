/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.internal.doc.ui.WelcomeView;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an Eclipse user expects on first start: the window fills the screen, the menus are File, Edit, Run, Window,
 * Help with Undo/Redo in Edit, Reset Perspective in Window and no IDE leftovers in File, the main toolbar carries the
 * platform's Resume, Terminate and Step Into/Over/Return, and the Welcome offers the three flows.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(0)
class WorkbenchConventionsUiTest {

	@Test
	void windowFillsTheScreenOnFirstStart() {
		Rectangle window = onUi(() -> window().getShell().getBounds());
		Rectangle screen = onUi(() -> UiDriver.display().getPrimaryMonitor().getClientArea());
		assertTrue(window.width >= screen.width * 0.95 && window.height >= screen.height * 0.9,
				"window " + window + " on screen " + screen);
	}

	@Test
	void menusAreFileEditRunWindowHelp() {
		assertEquals(List.of("File", "Edit", "Run", "Window", "Help"), onUi(() -> texts(menuBar())));
		List<String> file = onUi(() -> texts(submenu("File")));
		assertTrue(file.containsAll(List.of("Open Plan...", "Edit Plan...", "Explain Measurement...", "Import QEMU Log...",
				"Diagnose Failure Log...", "Save", "Exit")), file.toString());
		for (String leftover : List.of("Open File...", "Convert Line Delimiters To", "Import Projects from Folder or Archive...",
				"Switch Workspace")) {
			assertFalse(file.stream().anyMatch(t -> t.startsWith(leftover)), leftover + " in " + file);
		}
		assertEquals("Exit", file.get(file.size() - 1), file.toString());
		List<String> edit = onUi(() -> texts(submenu("Edit")));
		assertEquals("Undo", edit.get(0).replaceFirst(" .*", ""), edit.toString());
		assertEquals("Redo", edit.get(1).replaceFirst(" .*", ""), edit.toString());
		List<String> run = onUi(() -> texts(submenu("Run")));
		assertTrue(run.containsAll(List.of("Resume", "Terminate", "Step Into", "Step Over", "Step Return")), run.toString());
		List<String> windowMenu = onUi(() -> texts(submenu("Window")));
		assertTrue(windowMenu.contains("Reset Perspective..."), windowMenu.toString());
		assertTrue(windowMenu.contains("Show View..."), windowMenu.toString());
		List<String> help = onUi(() -> texts(submenu("Help")));
		assertTrue(help.containsAll(List.of("Welcome", "User Guide", "Cheat Sheets...", "About CoCo Launch Workbench")),
				help.toString());
	}

	@Test
	void mainToolbarHasTheDebugActions() {
		List<String> tips = onUi(() -> {
			List<String> all = new ArrayList<>();
			collectToolTips(window().getShell(), all);
			return all;
		});
		for (String action : List.of("Resume", "Terminate", "Step Into", "Step Over", "Step Return", "Open a launch plan")) {
			assertTrue(tips.stream().anyMatch(t -> t.replace("&", "").startsWith(action)), action + " not in the toolbar: " + tips);
		}
		for (String leftover : List.of("Next Annotation", "Previous Annotation", "Previous Edit Location", "Next Edit Location")) {
			assertFalse(tips.stream().anyMatch(t -> t.startsWith(leftover)), leftover + " in the toolbar: " + tips);
		}
	}

	@Test
	void welcomeOffersTheThreeFlowsOnFirstStart() {
		WelcomeView welcome = onUi(() -> (WelcomeView) window().getActivePage().findView(WelcomeView.ID));
		assertNotNull(welcome, "the Welcome is shown on first start");
		List<String> links = onUi(() -> welcome.links().stream().map(l -> l.getText()).toList());
		assertEquals(List.of("Training: AMD SEV-SNP", "Training: AMD SEV-ES", "Training: AMD SEV (legacy)",
				"Training: Intel TDX", "Diagnose Failure Log\u2026", "Import QEMU Log\u2026", "Explain Measurement\u2026",
				"User Guide"), links);
		waitUntil("the Welcome is painted", () -> welcome.links().get(0).isVisible());
		Rectangle bounds = onUi(() -> window().getShell().getBounds());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("welcome.png"), bounds);
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	static Menu menuBar() {
		return window().getShell().getMenuBar();
	}

	/** The items of a top-level menu, filled as when it is opened. UI thread only. */
	static Menu submenu(String label) {
		for (MenuItem item : menuBar().getItems()) {
			if (clean(item.getText()).equals(label)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				return menu;
			}
		}
		throw new AssertionError("no menu " + label);
	}

	/** The visible item texts without mnemonics and accelerators, separators left out. UI thread only. */
	static List<String> texts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0 && !clean(item.getText()).isEmpty()) {
				texts.add(clean(item.getText()));
			}
		}
		return texts;
	}

	static String clean(String text) {
		return text.replace("&", "").replaceFirst("\t.*", "").replace("\u2026", "...").trim();
	}

	private static void collectToolTips(Control c, List<String> tips) {
		if (c instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (item.getToolTipText() != null) {
					tips.add(item.getToolTipText());
				}
			}
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolTips(child, tips);
			}
		}
	}

	static Shell shell() {
		return window().getShell();
	}
}
