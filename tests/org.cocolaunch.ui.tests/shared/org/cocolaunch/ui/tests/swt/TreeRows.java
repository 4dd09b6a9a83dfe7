/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finds tree rows by the texts of their first column, expanding (as a user would) on the way. UI thread only. */
public final class TreeRows {

	private TreeRows() {
	}

	/** The row at {@code path} (first-column texts from the top), or null. */
	public static TreeItem find(Tree tree, String... path) {
		TreeItem[] items = tree.getItems();
		TreeItem found = null;
		for (int depth = 0; depth < path.length; depth++) {
			found = null;
			for (TreeItem item : items) {
				if (item.getText(0).equals(path[depth])) {
					found = item;
					break;
				}
			}
			if (found == null) {
				return null;
			}
			if (depth < path.length - 1) {
				expand(tree, found);
				items = found.getItems();
			}
		}
		return found;
	}

	/** Text of column {@code column} of the row at {@code path}, or null when there is no such row. */
	public static String text(Tree tree, int column, String... path) {
		TreeItem item = find(tree, path);
		return item == null ? null : item.getText(column);
	}

	private static void expand(Tree tree, TreeItem item) {
		if (!item.getExpanded()) {
			Event e = new Event();
			e.item = item;
			tree.notifyListeners(SWT.Expand, e);
			item.setExpanded(true);
		}
	}
}
