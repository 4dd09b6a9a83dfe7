/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.util.List;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.PagePlaintext;
import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.internal.ui.inspect.HexPane;
import org.cocolaunch.internal.ui.inspect.SessionFollower;
import org.cocolaunch.internal.ui.inspect.StepCaption;
import org.cocolaunch.internal.ui.memory.MemoryMapCanvas;
import org.cocolaunch.internal.ui.memory.PageStateColors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The guest-physical layout of the followed session's plan as a zoomable map coloured by page state (not yet added,
 * measured, zero, unmeasured, secrets, CPUID, VMSA, PAGE.AUG, shared, private RAM), with the region under the cursor
 * described. The core computes the map ({@link GuestMemoryMap}, in a Job); the canvas paints the visible cells. A click
 * shows the page's plaintext from the plan's inputs ({@link PagePlaintext}, read in a Job) as a hex dump below.
 */
public class GuestMemoryMapView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.memoryMap";
	public static final String CANVAS_TEST_ID = "memorymap.canvas";
	public static final String HOVER_TEST_ID = "memorymap.hover";
	public static final String PAGE_TEST_ID = "memorymap.page";
	public static final String PAGE_ORIGIN_TEST_ID = "memorymap.page.origin";

	private MemoryMapCanvas canvas;
	private Label hover;
	private Label pageOrigin;
	private HexPane pageHex;
	private volatile long shownPage = -1;
	private SessionFollower<GuestMemoryMap> follower;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite body = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(body);
		legend(body);
		canvas = new MemoryMapCanvas(body, CANVAS_TEST_ID, text -> hover.setText(text));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		hover = new Label(body, SWT.NONE);
		hover.setData("test.id", HOVER_TEST_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hover);
		Composite page = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(page);
		pageOrigin = new Label(page, SWT.NONE);
		pageOrigin.setData("test.id", PAGE_ORIGIN_TEST_ID);
		pageOrigin.setText("Click a page in the map to see its plaintext as the plan puts it there.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pageOrigin);
		pageHex = new HexPane(page, PAGE_TEST_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pageHex.control());
		sash.setWeights(62, 38);
		canvas.control().addListener(SWT.MouseDown, e -> {
			long gpa = canvas.gpaAt(e.x, e.y);
			if (gpa >= 0) {
				showPage(gpa);
			}
		});
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(action("Zoom In", canvas::zoomIn));
		toolbar.add(action("Zoom Out", canvas::zoomOut));
		toolbar.add(action("Fit", canvas::fit));
		setContentDescription("Select a frame of a session in the Debug view.");
		follower = new SessionFollower<>(getSite(), body, "Guest memory map",
				(Session s) -> GuestMemoryMap.of(s.plan(), s::succeeded), this::paint);
	}

	private void legend(Composite body) {
		Composite legend = new Composite(body, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(10).wrap(true).applyTo(legend);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
		for (PageState state : PageState.values()) {
			Composite item = new Composite(legend, SWT.NONE);
			RowLayoutFactory.fillDefaults().spacing(3).center(true).applyTo(item);
			Color color = new Color(PageStateColors.rgb(state));
			Canvas swatch = new Canvas(item, SWT.BORDER);
			swatch.setLayoutData(new RowData(14, 14));
			swatch.addPaintListener(e -> {
				e.gc.setBackground(color);
				e.gc.fillRectangle(swatch.getClientArea());
			});
			new Label(item, SWT.NONE).setText(state.label());
		}
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void paint(GuestMemoryMap map) {
		canvas.setMap(map);
		Session s = follower.session();
		setContentDescription((s == null ? "" : StepCaption.of(s)) + " \u2014 " + map.ranges().size() + " ranges");
	}

	/**
	 * Shows the plaintext of the page holding {@code gpa}: read from the plan's inputs in a Job, painted here. Returns
	 * the Job, or null when no session is followed.
	 */
	public Job showPage(long gpa) {
		Session s = follower.session();
		if (s == null) {
			return null;
		}
		shownPage = gpa;
		pageOrigin.setText(String.format("GPA 0x%x: reading\u2026", gpa));
		Job job = Job.create("Reading guest page", (IProgressMonitor monitor) -> {
			PagePlaintext p = s.inspect(session -> {
				try {
					return PagePlaintext.at(session.plan(), session.inputs(), gpa);
				} catch (BackendException e) {
					return new PagePlaintext(gpa & ~(long) (PagePlaintext.PAGE - 1), null, "cannot read: " + e.getMessage());
				}
			});
			String origin = String.format("Page 0x%x \u2014 %s", p.gpa(), p.origin());
			pageHex.control().getDisplay().asyncExec(() -> {
				if (!pageHex.control().isDisposed() && shownPage == gpa) {
					pageOrigin.setText(origin);
					pageHex.setBytes(p.bytes(), List.of(), "(no bytes to show)");
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** The one-line origin of the page shown in the hex pane (for tests). */
	public String shownPageOrigin() {
		return pageOrigin.getText();
	}

	/** The hex pane's text (for tests). */
	public String shownPageHex() {
		return pageHex.control().getText();
	}

	/** The canvas, for tests and benchmarks. */
	public MemoryMapCanvas canvas() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
