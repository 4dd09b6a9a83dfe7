/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only hex dump (16 bytes a line: offset, hex, ASCII) of raw state bytes, with byte ranges highlighted (the
 * fields a step changed) and one range selected (the field selected in the tree).
 */
public final class HexPane {

	private static final int PER_LINE = 16;
	/** Characters before the first hex digit of a line ("000: "). */
	private static final int OFFSET_CHARS = 5;
	/** Characters a line has, with its line break. */
	private static final int LINE_CHARS = OFFSET_CHARS + PER_LINE * 3 + 1 + PER_LINE + 1;

	private final StyledText text;
	private final Color highlight;

	public HexPane(Composite parent, String testId) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setData("test.id", testId);
		highlight = new Color(255, 236, 150);
		text.addDisposeListener(e -> highlight.dispose());
	}

	/** Shows {@code bytes} (or a note when null), highlighting {@code ranges} ({offset, size} pairs). */
	public void setBytes(byte[] bytes, List<int[]> ranges, String none) {
		if (bytes == null) {
			text.setText(none);
			return;
		}
		StringBuilder s = new StringBuilder(bytes.length / PER_LINE * LINE_CHARS);
		for (int line = 0; line < bytes.length; line += PER_LINE) {
			s.append(String.format("%03x: ", line));
			StringBuilder ascii = new StringBuilder();
			for (int i = line; i < line + PER_LINE; i++) {
				if (i < bytes.length) {
					s.append(String.format("%02x ", bytes[i] & 0xFF));
					char c = (char) (bytes[i] & 0xFF);
					ascii.append(c >= 0x20 && c < 0x7F ? c : '.');
				} else {
					s.append("   ");
				}
			}
			s.append(' ').append(ascii).append('\n');
		}
		int top = text.getTopIndex();
		text.setText(s.toString());
		List<StyleRange> styles = new ArrayList<>();
		for (int[] r : ranges) {
			for (int i = r[0]; i < r[0] + r[1] && i < bytes.length; i++) {
				styles.add(new StyleRange(charOf(i), 2, null, highlight));
			}
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		text.setTopIndex(top);
	}

	/** Selects the bytes [offset, offset+size) and scrolls to them. */
	public void select(int offset, int size) {
		if (offset < 0 || size <= 0 || charOf(offset) >= text.getCharCount()) {
			return;
		}
		int end = Math.min(offset + size - 1, (text.getCharCount() / LINE_CHARS) * PER_LINE - 1);
		text.setSelection(charOf(offset), charOf(end) + 2);
		text.showSelection();
	}

	private static int charOf(int byteIndex) {
		return byteIndex / PER_LINE * LINE_CHARS + OFFSET_CHARS + byteIndex % PER_LINE * 3;
	}

	/** The width in pixels one whole dump line needs (offset, 16 bytes, ASCII) with the pane's border and scroll bar. */
	public int lineWidth() {
		GC gc = new GC(text);
		try {
			gc.setFont(text.getFont());
			int line = gc.textExtent("0".repeat(LINE_CHARS - 1)).x;
			int bar = text.getVerticalBar() == null ? 0 : text.getVerticalBar().getSize().x;
			return line + bar + 2 * text.getBorderWidth() + text.getLeftMargin() + text.getRightMargin() + 8;
		} finally {
			gc.dispose();
		}
	}

	public StyledText control() {
		return text;
	}
}
