/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.memory;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.MemoryRange;
import org.cocolaunch.core.inspect.PageState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Paints a {@link GuestMemoryMap} as a grid of cells coloured by page state (see {@link MapLayout}), zoomable
 * (pages per cell, Ctrl+wheel) and scrollable. Only the visible rows are painted, one binary search per cell, so a
 * map of 10^6 pages paints as fast as one of ten.
 */
public final class MemoryMapCanvas {

	public static final int CELL = 12;
	private static final int MARGIN = 4;
	private static final long MAX_PAGES_PER_CELL = 1L << 24;

	private final Canvas canvas;
	private final Consumer<String> hover;
	private final Map<PageState, Color> colors = new EnumMap<>(PageState.class);
	private GuestMemoryMap map;
	private MapLayout layout;
	private long pagesPerCell = 1;
	private boolean fitted;
	/** Fit was chosen last (not a manual zoom): a resize fits again. */
	private boolean fitMode;

	public MemoryMapCanvas(Composite parent, String testId, Consumer<String> hover) {
		this.hover = hover;
		for (PageState state : PageState.values()) {
			colors.put(state, new Color(PageStateColors.rgb(state)));
		}
		canvas = new Canvas(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		canvas.setData("test.id", testId);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> {
			if (fitMode) {
				fit();
			} else {
				relayout();
			}
		});
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, e -> hover.accept(describeAt(e.x, e.y)));
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
	}

	public Canvas control() {
		return canvas;
	}

	/** Shows {@code newMap}; the first map is fitted to the canvas, later ones keep the zoom. */
	public void setMap(GuestMemoryMap newMap) {
		map = newMap;
		if (!fitted) {
			fitted = true;
			fit();
		} else {
			relayout();
		}
	}

	public GuestMemoryMap map() {
		return map;
	}

	public long pagesPerCell() {
		return pagesPerCell;
	}

	public void zoomIn() {
		fitMode = false;
		setPagesPerCell(pagesPerCell / 2);
	}

	public void zoomOut() {
		fitMode = false;
		setPagesPerCell(pagesPerCell * 2);
	}

	/**
	 * The smallest power-of-two zoom at which the whole map fits the canvas height; when even one row per span does
	 * not fit, the smallest zoom that gives every span one row (zooming further out would only blur the map).
	 */
	public void fit() {
		fitMode = true;
		if (map == null) {
			return;
		}
		int rows = Math.max(1, (canvas.getClientArea().height - MARGIN) / CELL);
		long zoom = 1;
		long needed = new MapLayout(map, columns(), zoom).totalRows();
		while (zoom < MAX_PAGES_PER_CELL && needed > rows) {
			long fewer = new MapLayout(map, columns(), zoom * 2).totalRows();
			if (fewer >= needed) {
				break;
			}
			zoom *= 2;
			needed = fewer;
		}
		setPagesPerCell(zoom);
	}

	private void setPagesPerCell(long zoom) {
		long top = topGpa();
		pagesPerCell = Math.max(1, Math.min(MAX_PAGES_PER_CELL, zoom));
		relayout();
		if (top >= 0) {
			reveal(top);
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			if (e.count > 0) {
				zoomIn();
			} else {
				zoomOut();
			}
			e.doit = false;
		}
	}

	private int columns() {
		return Math.max(8, (canvas.getClientArea().width - 2 * MARGIN) / CELL);
	}

	private void relayout() {
		if (map == null) {
			return;
		}
		layout = new MapLayout(map, columns(), pagesPerCell);
		ScrollBar bar = canvas.getVerticalBar();
		int visible = Math.max(1, canvas.getClientArea().height / CELL);
		int total = (int) Math.min(Integer.MAX_VALUE / 2, layout.totalRows());
		bar.setValues(Math.min(bar.getSelection(), Math.max(0, total - visible)), 0, Math.max(total, 1), Math.min(visible, Math.max(total, 1)), 1, visible);
		canvas.redraw();
	}

	private long topRow() {
		return canvas.getVerticalBar().getSelection();
	}

	private long topGpa() {
		if (layout == null) {
			return -1;
		}
		for (long row = topRow(); row < layout.totalRows(); row++) {
			long gpa = layout.gpaAt(row, 0);
			if (gpa >= 0) {
				return gpa;
			}
		}
		return -1;
	}

	/** Scrolls so that the cell of {@code gpa} is visible. */
	public void reveal(long gpa) {
		long[] cell = layout == null ? null : layout.cellOf(gpa);
		if (cell == null) {
			return;
		}
		ScrollBar bar = canvas.getVerticalBar();
		int visible = Math.max(1, canvas.getClientArea().height / CELL);
		if (cell[0] < bar.getSelection() || cell[0] >= bar.getSelection() + visible) {
			bar.setSelection((int) Math.max(0, cell[0] - 1));
		}
		canvas.redraw();
	}

	/** The canvas point at the centre of the cell holding {@code gpa} (revealing it), or null when unmapped. */
	public Point pointOf(long gpa) {
		reveal(gpa);
		long[] cell = layout == null ? null : layout.cellOf(gpa);
		return cell == null ? null
				: new Point(MARGIN + (int) cell[1] * CELL + CELL / 2, (int) (cell[0] - topRow()) * CELL + MARGIN + CELL / 2);
	}

	/** The first guest-physical address of the cell at canvas point (x, y), or -1 where no cell is. */
	public long gpaAt(int x, int y) {
		if (layout == null || y < MARGIN || x < MARGIN) {
			return -1;
		}
		return layout.gpaAt(topRow() + (y - MARGIN) / CELL, (x - MARGIN) / CELL);
	}

	/** What is under the canvas point (x, y), for the status line. */
	public String describeAt(int x, int y) {
		if (layout == null || y < MARGIN) {
			return "";
		}
		long row = topRow() + (y - MARGIN) / CELL;
		long gpa = gpaAt(x, y);
		if (gpa < 0) {
			String caption = layout.captionAt(row);
			return caption == null ? "" : caption;
		}
		MemoryRange r = map.at(gpa);
		String cell = pagesPerCell == 1 ? String.format("GPA 0x%x", gpa)
				: String.format("GPA 0x%x (+%d pages in this cell)", gpa, pagesPerCell);
		return r == null ? cell + ": unmapped" : cell + " in " + r.describe();
	}

	/** Paints the visible part into an image of the canvas's size (for tests, benchmarks and exports). */
	public ImageData render() {
		Rectangle area = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			paint(gc);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (layout == null) {
			return;
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		long top = topRow();
		int rows = area.height / CELL + 1;
		for (int i = 0; i < rows && top + i < layout.totalRows(); i++) {
			long row = top + i;
			int y = MARGIN + i * CELL;
			String caption = layout.captionAt(row);
			if (caption != null) {
				gc.drawString(caption, MARGIN, y - 2, true);
				continue;
			}
			for (int c = 0; c < layout.columns(); c++) {
				long gpa = layout.gpaAt(row, c);
				if (gpa < 0) {
					break;
				}
				PageState state = CellState.of(map, gpa, pagesPerCell * MapLayout.PAGE);
				if (state != null) {
					gc.setBackground(colors.get(state));
					gc.fillRectangle(MARGIN + c * CELL, y, CELL - 1, CELL - 1);
				}
			}
		}
	}
}
