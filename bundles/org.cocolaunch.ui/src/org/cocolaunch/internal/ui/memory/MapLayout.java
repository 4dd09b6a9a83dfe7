/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.memory;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.MemoryRange;

/**
 * Where the Guest Memory Map puts addresses: the mapped address space cut into contiguous spans (gaps between them
 * are not drawn), each span laid out in rows of {@code columns} cells of {@code pagesPerCell} pages, spans stacked
 * top to bottom in address order. Pure arithmetic, so painting and hit-testing agree and cost O(visible cells).
 */
public final class MapLayout {

	static final long PAGE = 4096;

	/** A contiguous mapped span and the first row it occupies. */
	record Span(long gpa, long end, long firstRow, long rows) {
	}

	private final List<Span> spans = new ArrayList<>();
	private final int columns;
	private final long pagesPerCell;
	private final long totalRows;

	public MapLayout(GuestMemoryMap map, int columns, long pagesPerCell) {
		this.columns = Math.max(1, columns);
		this.pagesPerCell = Math.max(1, pagesPerCell);
		long row = 0;
		long start = -1;
		long end = -1;
		for (MemoryRange r : map.ranges()) {
			if (start >= 0 && r.gpa() == end) {
				end = r.end();
				continue;
			}
			if (start >= 0) {
				row = add(start, end, row);
			}
			start = r.gpa();
			end = r.end();
		}
		if (start >= 0) {
			row = add(start, end, row);
		}
		totalRows = row;
	}

	private long add(long start, long end, long row) {
		long cells = ceil(ceil(end - start, PAGE), pagesPerCell);
		long rows = ceil(cells, columns) + 1; // one row for the span's caption
		spans.add(new Span(start, end, row, rows));
		return row + rows;
	}

	private static long ceil(long a, long b) {
		return (a + b - 1) / b;
	}

	public long totalRows() {
		return totalRows;
	}

	public int columns() {
		return columns;
	}

	public long pagesPerCell() {
		return pagesPerCell;
	}

	List<Span> spans() {
		return spans;
	}

	/** The span whose rows include {@code row}, or null. */
	Span spanAtRow(long row) {
		int lo = 0;
		int hi = spans.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			Span s = spans.get(mid);
			if (row < s.firstRow()) {
				hi = mid - 1;
			} else if (row >= s.firstRow() + s.rows()) {
				lo = mid + 1;
			} else {
				return s;
			}
		}
		return null;
	}

	/** The first address of the cell at (row, column), or -1 for a caption row or past a span's end. */
	public long gpaAt(long row, int column) {
		Span s = spanAtRow(row);
		if (s == null || row == s.firstRow() || column < 0 || column >= columns) {
			return -1;
		}
		long cell = (row - s.firstRow() - 1) * columns + column;
		long gpa = s.gpa() + cell * pagesPerCell * PAGE;
		return gpa < s.end() ? gpa : -1;
	}

	/** {row, column} of the cell holding {@code gpa}, or null when it is not mapped. */
	public long[] cellOf(long gpa) {
		for (Span s : spans) {
			if (gpa >= s.gpa() && gpa < s.end()) {
				long cell = (gpa - s.gpa()) / PAGE / pagesPerCell;
				return new long[] { s.firstRow() + 1 + cell / columns, cell % columns };
			}
		}
		return null;
	}

	/** The span caption to draw on {@code row}, or null when the row is not a caption row. */
	public String captionAt(long row) {
		Span s = spanAtRow(row);
		return s == null || row != s.firstRow() ? null
				: String.format("0x%x \u2013 0x%x  (%,d pages, %,d per cell)", s.gpa(), s.end() - 1,
						(s.end() - s.gpa()) / PAGE, pagesPerCell);
	}
}
