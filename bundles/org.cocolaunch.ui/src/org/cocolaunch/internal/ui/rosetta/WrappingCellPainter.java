/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.rosetta;

import java.util.function.Function;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Paints a table cell's text wrapped to the column width (the Rosetta's cells are sentences, not names). */
public final class WrappingCellPainter extends OwnerDrawLabelProvider {

	public static final int PAD = 4;

	private final Function<Object, String> text;
	private final Function<Object, Font> font;

	public WrappingCellPainter(Function<Object, String> text, Function<Object, Font> font) {
		this.text = text;
		this.font = font;
	}

	private TextLayout layout(Event event, Object element) {
		Table table = ((TableItem) event.item).getParent();
		TextLayout layout = new TextLayout(event.display);
		layout.setText(text.apply(element));
		Font f = font.apply(element);
		layout.setFont(f != null ? f : table.getFont());
		layout.setWidth(Math.max(20, table.getColumn(event.index).getWidth() - 2 * PAD));
		return layout;
	}

	@Override
	protected void measure(Event event, Object element) {
		TextLayout layout = layout(event, element);
		try {
			Rectangle bounds = layout.getBounds();
			event.height = Math.max(event.height, bounds.height + 2 * PAD);
		} finally {
			layout.dispose();
		}
	}

	@Override
	protected void paint(Event event, Object element) {
		TextLayout layout = layout(event, element);
		try {
			layout.draw(event.gc, event.x + PAD, event.y + PAD);
		} finally {
			layout.dispose();
		}
	}

	/** Keeps the text in the item (accessibility, copy, tests); the native painting of it is switched off in erase. */
	@Override
	public void update(ViewerCell cell) {
		cell.setText(text.apply(cell.getElement()));
	}

	@Override
	protected void erase(Event event, Object element) {
		super.erase(event, element);
		event.detail &= ~SWT.FOREGROUND;
	}

	@Override
	public String getToolTipText(Object element) {
		return text.apply(element);
	}
}
