/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.inspect.RegisterFeeds.Feed;
import org.cocolaunch.internal.ui.memory.PageStateColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar per measurement register, split by the kinds of pages that fed it (the memory map's colours), with the counts
 * written beside it. Paints what {@link org.cocolaunch.core.inspect.RegisterFeeds} computed; bars share one scale.
 */
public final class RegisterFeedChart {

	public static final int ROW = 22;
	public static final int NAME_WIDTH = 120;
	private static final int MARGIN = 4;

	private final Canvas canvas;
	private List<Feed> feeds = List.of();

	public RegisterFeedChart(Composite parent, String testId) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setData("test.id", testId);
		canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
	}

	public void setFeeds(List<Feed> newFeeds) {
		feeds = List.copyOf(newFeeds);
		canvas.redraw();
	}

	public List<Feed> feeds() {
		return feeds;
	}

	public Canvas control() {
		return canvas;
	}

	/** Paints the chart into an image of the canvas's size, but large enough for every row (for tests, exports). */
	public ImageData render() {
		Rectangle client = canvas.getClientArea();
		Rectangle area = new Rectangle(0, 0, Math.max(640, client.width),
				Math.max(client.height, feeds.size() * ROW + 2 * MARGIN));
		Image image = new Image(canvas.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			paint(gc, area);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The width of the bar area in a chart {@code width} wide; each register's stacked bar starts at {@link #NAME_WIDTH}. */
	private static int barWidth(int width) {
		return Math.max(40, width * 2 / 5);
	}

	/** "1024 measured · 9 zero · 1 VMSA page; 2 changes without pages" */
	public static String summary(Feed feed) {
		StringJoiner parts = new StringJoiner(" \u00b7 ");
		for (Map.Entry<PageState, Long> e : feed.pages().entrySet()) {
			parts.add(e.getValue() + " " + e.getKey().label());
		}
		String pages = feed.pages().isEmpty() ? "no pages" : parts.toString();
		return feed.pagelessChanges() == 0 ? pages
				: pages + "; " + feed.pagelessChanges() + " change" + (feed.pagelessChanges() == 1 ? "" : "s")
						+ " without pages";
	}

	private void paint(GC gc, Rectangle area) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (feeds.isEmpty()) {
			gc.drawString("Pages that fed each register appear here once a step has changed one.", MARGIN, MARGIN, true);
			return;
		}
		long max = feeds.stream().mapToLong(Feed::totalPages).max().orElse(0);
		int barWidth = barWidth(area.width);
		int y = MARGIN;
		for (Feed feed : feeds) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(feed.register(), MARGIN, y + 3, true);
			int x = NAME_WIDTH;
			for (Map.Entry<PageState, Long> e : feed.pages().entrySet()) {
				// At least 2 px, so a single VMSA page beside 10^5 firmware pages still shows.
				int w = Math.max(2, (int) Math.round((double) e.getValue() / max * barWidth));
				Color color = new Color(PageStateColors.rgb(e.getKey()));
				gc.setBackground(color);
				gc.fillRectangle(x, y + 2, w, ROW - 6);
				x += w;
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(summary(feed), NAME_WIDTH + barWidth + 8 + Math.max(0, x - NAME_WIDTH - barWidth), y + 3,
					true);
			y += ROW;
		}
	}
}
