/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.model.Step;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.cocolaunch.internal.doc.ui.WelcomeView;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.cocolaunch.ui.views.TdStateView;
import org.cocolaunch.ui.views.VmsaView;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing a trainee reads is cut at the default window size: in the Launch Debugging perspective with a session at its
 * end, no tab title of any stack is shortened or hidden, and in every visible view of ours no label, column title or
 * cell text is wider than its space, except in columns that show their full values as tooltips (marked with
 * {@link #FULL_TEXT_TOOLTIP} by the view). Each failure names the view, the widget and the text.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(15)
class ViewsNotCutUiTest {

	/** Column data key: the column's long values are shown in full as tooltips. */
	public static final String FULL_TEXT_TOOLTIP = "cocolaunch.fullTextTooltip";

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void nothingIsCutInAFailedSnpSession() throws Exception {
		firstStartLayout();
		// The ID block example with a wrong LD: the longest result there is, a firmware failure, must show whole too.
		CocoDebugTarget target = ExampleSessions.launch("snp-qemu-idblock.cclaunch", ExampleSessions.SNP_FIRMWARE);
		Step finish = target.session().plan().getSteps().get(11);
		EObject idBlock = (EObject) finish.getParameters().eGet(finish.getParameters().eClass().getEStructuralFeature("idBlock"));
		EStructuralFeature ldFeature = idBlock.eClass().getEStructuralFeature("ld");
		byte[] ld = ((byte[]) idBlock.eGet(ldFeature)).clone();
		ld[0] ^= 0x55;
		idBlock.eSet(ldFeature, ld);
		target.getThreads()[0].resume();
		waitUntil("the launch fails at KVM_SEV_SNP_LAUNCH_FINISH", () -> target.isSuspended() && target.session().hasFailed());
		ExampleSessions.show(VmsaView.ID);
		ExampleSessions.show(MeasurementRegistersView.ID);
		ExampleSessions.show(LaunchStepsView.ID);
		ExampleSessions.settle(1500);
		assertNothingCut();
	}

	@Test
	void nothingIsCutInTheTdxSession() throws Exception {
		firstStartLayout();
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.TDX, ExampleSessions.TDX_FIRMWARE);
		ExampleSessions.runToEnd(target);
		ExampleSessions.show(TdStateView.ID);
		ExampleSessions.show(MeasurementRegistersView.ID);
		ExampleSessions.settle(1500);
		assertNothingCut();
	}

	/** The layout a trainee starts with: the perspective as defined, the Welcome open in the column on the right. */
	private static void firstStartLayout() {
		onUi(() -> page().resetPerspective());
		ExampleSessions.show(WelcomeView.ID);
	}

	private static void assertNothingCut() {
		List<String> cut = onUi(() -> {
			List<String> found = new ArrayList<>();
			Control shell = page().getWorkbenchWindow().getShell();
			tabs(shell, found);
			for (IViewReference ref : page().getViewReferences()) {
				IViewPart view = ref.getView(false);
				if (view == null || !ref.getId().startsWith("org.cocolaunch.") || !page().isPartVisible(view)) {
					continue;
				}
				MPart part = view.getSite().getService(MPart.class);
				if (part != null && part.getWidget() instanceof Control c) {
					controls(ref.getTitle(), c, found);
				}
			}
			return found;
		});
		assertTrue(cut.isEmpty(), "cut at the default window size:\n" + String.join("\n", cut));
	}

	/** Tab titles: every tab of every visible stack shows its whole title. */
	private static void tabs(Control c, List<String> found) {
		if (!c.isVisible()) {
			return;
		}
		if (c instanceof CTabFolder folder) {
			GC gc = new GC(folder);
			try {
				for (CTabItem item : folder.getItems()) {
					int image = item.getImage() == null ? 0 : item.getImage().getBounds().width + 4;
					int needed = gc.textExtent(item.getText()).x + image;
					if (!item.isShowing()) {
						found.add("tab '" + item.getText() + "' is hidden behind the stack's chevron");
					} else if (item.getBounds().width < needed) {
						found.add("tab '" + item.getText() + "' is " + item.getBounds().width + " px wide, needs " + needed);
					}
				}
			} finally {
				gc.dispose();
			}
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				tabs(child, found);
			}
		}
	}

	private static void controls(String view, Control c, List<String> found) {
		if (!c.isVisible() || c.getBounds().width <= 0) {
			return;
		}
		if (c instanceof Label label && (label.getStyle() & SWT.WRAP) == 0 && !label.getText().isEmpty()) {
			int needed = textWidth(label, label.getText());
			if (needed > label.getBounds().width) {
				found.add(view + ": label '" + label.getText() + "' is " + label.getBounds().width + " px, needs " + needed);
			}
		}
		if (c instanceof StyledText text && (text.getStyle() & SWT.WRAP) == 0 && text.getCharCount() > 0) {
			int widest = 0;
			for (int line = 0; line < Math.min(text.getLineCount(), 64); line++) {
				widest = Math.max(widest, textWidth(text, text.getLine(line)));
			}
			int room = text.getClientArea().width - text.getLeftMargin() - text.getRightMargin();
			if (widest > room) {
				found.add(view + ": text pane lines are " + widest + " px, the pane shows " + room);
			}
		}
		if (c instanceof Table table) {
			table(view, table, found);
		}
		if (c instanceof Tree tree) {
			tree(view, tree, found);
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				controls(view, child, found);
			}
		}
	}

	private static void table(String view, Table table, List<String> found) {
		TableColumn[] columns = table.getColumns();
		int visibleRows = Math.min(table.getItemCount(),
				table.getTopIndex() + table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1);
		for (int col = 0; col < columns.length; col++) {
			TableColumn column = columns[col];
			if (column.getWidth() == 0) {
				continue;
			}
			header(view, column.getText(), column.getWidth(), table, found);
			if (Boolean.TRUE.equals(column.getData(FULL_TEXT_TOOLTIP))) {
				continue;
			}
			for (int row = table.getTopIndex(); row < visibleRows; row++) {
				TableItem item = table.getItem(row);
				String text = item.getText(col);
				int image = item.getImage(col) == null ? 0 : item.getImage(col).getBounds().width + 4;
				int needed = textWidth(table, text) + image + 8;
				if (!text.isEmpty() && needed > column.getWidth()) {
					found.add(view + ": column '" + column.getText() + "' is " + column.getWidth() + " px, '" + text
							+ "' needs " + needed);
				}
			}
		}
	}

	private static void tree(String view, Tree tree, List<String> found) {
		TreeColumn[] columns = tree.getColumns();
		for (int col = 0; col < columns.length; col++) {
			TreeColumn column = columns[col];
			if (column.getWidth() == 0) {
				continue;
			}
			header(view, column.getText(), column.getWidth(), tree, found);
			if (Boolean.TRUE.equals(column.getData(FULL_TEXT_TOOLTIP))) {
				continue;
			}
			for (TreeItem item : visibleItems(tree)) {
				String text = item.getText(col);
				int indent = col == 0 ? item.getBounds(0).x - tree.getClientArea().x : 0;
				int needed = textWidth(tree, text) + indent + 8;
				if (!text.isEmpty() && needed > column.getWidth()) {
					found.add(view + ": column '" + column.getText() + "' is " + column.getWidth() + " px, '" + text
							+ "' needs " + needed);
				}
			}
		}
	}

	private static List<TreeItem> visibleItems(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		int height = tree.getClientArea().height;
		collect(tree.getItems(), items, height);
		return items;
	}

	private static void collect(TreeItem[] level, List<TreeItem> items, int height) {
		for (TreeItem item : level) {
			int y = item.getBounds().y;
			if (y >= 0 && y < height) {
				items.add(item);
			}
			if (item.getExpanded()) {
				collect(item.getItems(), items, height);
			}
		}
	}

	private static void header(String view, String title, int width, Control owner, List<String> found) {
		int needed = textWidth(owner, title) + 12;
		if (!title.isEmpty() && needed > width) {
			found.add(view + ": column title '" + title + "' is " + width + " px, needs " + needed);
		}
	}

	private static int textWidth(Control c, String text) {
		GC gc = new GC(c);
		try {
			gc.setFont(c.getFont());
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}
}
