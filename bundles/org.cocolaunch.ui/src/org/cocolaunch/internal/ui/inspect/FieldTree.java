/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;

/**
 * A tree of decoded fields (name, value, offset in the raw bytes), with the fields a step changed highlighted. The
 * expanded groups survive new input, so stepping keeps the user's view.
 */
public final class FieldTree {

	private final TreeViewer viewer;
	private final Color changedBackground;
	private Set<String> changed = Set.of();

	/**
	 * @param offsets whether the fields have offsets in raw bytes worth a column (VMSA: yes; decoded reports: no)
	 */
	public FieldTree(Composite parent, String testId, boolean offsets) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.getTree().setData("test.id", testId);
		changedBackground = new Color(255, 236, 150);
		viewer.getTree().addDisposeListener(e -> changedBackground.dispose());
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof FieldNode x && b instanceof FieldNode y ? x.path().equals(y.path()) : a.equals(b);
			}

			@Override
			public int hashCode(Object element) {
				return element instanceof FieldNode n ? n.path().hashCode() : element.hashCode();
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		column("Field", offsets ? 220 : 280, n -> n.field().name());
		column("Value", offsets ? 320 : 820, n -> n.field().value());
		if (offsets) {
			column("Offset", 80, n -> n.field().offset() < 0 ? ""
					: String.format("0x%03x+%d", n.field().offset(), n.field().size()));
		}
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((FieldNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((FieldNode) element).field().children().isEmpty();
			}
		});
	}

	private void column(String title, int width, Function<FieldNode, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setData(LaunchStepsView.FULL_TEXT_TOOLTIP, Boolean.TRUE);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FieldNode) element);
			}

			@Override
			public Color getBackground(Object element) {
				return changed.contains(((FieldNode) element).path()) ? changedBackground : null;
			}

			@Override
			public String getToolTipText(Object element) {
				String shown = text.apply((FieldNode) element);
				return shown == null || shown.isEmpty() ? null : shown; // 384-bit values and long names in full
			}

			@Override
			public Font getFont(Object element) {
				return changed.contains(((FieldNode) element).path()) ? JFaceResources.getFontRegistry().getBold(
						JFaceResources.DEFAULT_FONT) : null;
			}
		});
	}

	/** Shows {@code roots}, highlighting the nodes whose paths are in {@code changedPaths}. */
	public void setInput(List<FieldNode> roots, Set<String> changedPaths, int expandLevel) {
		boolean first = viewer.getInput() == null;
		Object[] expanded = viewer.getExpandedElements();
		changed = Set.copyOf(changedPaths);
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(roots);
			if (first) {
				viewer.expandToLevel(expandLevel);
			} else {
				viewer.setExpandedElements(expanded);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** The selected field, or null. */
	public FieldNode selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof FieldNode n ? n : null;
	}
}
