/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.util.function.Function;

import org.cocolaunch.internal.ui.rosetta.RosettaAspect;
import org.cocolaunch.internal.ui.rosetta.RosettaRow;
import org.cocolaunch.internal.ui.rosetta.RosettaVendor;
import org.cocolaunch.internal.ui.rosetta.VendorRosetta;
import org.cocolaunch.internal.ui.rosetta.WrappingCellPainter;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.ui.part.ViewPart;

/**
 * The same launch phase side by side for SEV, SEV-ES, SEV-SNP and TDX: each vendor's commands, what data goes
 * where, and what the phase does to the measurement. The content is the {@link VendorRosetta} model.
 */
public class VendorRosettaView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.vendorRosetta";
	public static final String TABLE_TEST_ID = "rosetta.table";

	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("test.id", TABLE_TEST_ID);
		ColumnViewerToolTipSupport.enableFor(table);
		column("Phase", 80, r -> r.aspect() == RosettaAspect.COMMAND ? r.phase().getLiteral() : "");
		column("", 110, r -> r.aspect().title());
		for (RosettaVendor v : RosettaVendor.values()) {
			column(v.title(), 240, r -> r.cell(v));
		}
		table.getTable().addListener(SWT.Resize, e -> fitColumns());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(VendorRosetta.rows());
		setContentDescription("The same launch phase across vendors: commands, where the data goes, effect on the measurement.");
	}

	private void column(String title, int width, Function<RosettaRow, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setData(LaunchStepsView.FULL_TEXT_TOOLTIP, Boolean.TRUE); // wrapped, and whole as tooltip
		c.setLabelProvider(new WrappingCellPainter(e -> text.apply((RosettaRow) e),
				e -> ((RosettaRow) e).aspect() == RosettaAspect.COMMAND
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null));
	}

	/**
	 * Shares the width left of the phase and aspect columns among the vendor columns, so cells wrap instead of clip;
	 * a vendor column is never narrower than its longest word (KVM_TDX_INIT_MEM_REGION in bold), so lines break
	 * between words, never inside one (the table scrolls sideways instead).
	 */
	private void fitColumns() {
		var columns = table.getTable().getColumns();
		columns[0].setWidth(Math.max(columns[0].getWidth(), longestPhase()));
		int fixed = columns[0].getWidth() + columns[1].getWidth();
		int each = Math.max(160, (table.getTable().getClientArea().width - fixed) / (columns.length - 2));
		RosettaVendor[] vendors = RosettaVendor.values();
		for (int i = 2; i < columns.length; i++) {
			columns[i].setWidth(Math.max(each, longestWord(vendors[i - 2])));
		}
		table.refresh();
	}

	/** The width of the longest phase name (INIT_VCPU, in bold), so it is never broken. */
	private int longestPhase() {
		GC gc = new GC(table.getTable());
		try {
			gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			int widest = 0;
			for (RosettaRow row : VendorRosetta.rows()) {
				widest = Math.max(widest, gc.textExtent(row.phase().getLiteral()).x);
			}
			return widest + 2 * WrappingCellPainter.PAD + 8;
		} finally {
			gc.dispose();
		}
	}

	/** The width of the widest word of a vendor's cells, in the font it is painted in, plus the painter's padding. */
	private int longestWord(RosettaVendor vendor) {
		GC gc = new GC(table.getTable());
		try {
			int widest = 0;
			for (RosettaRow row : VendorRosetta.rows()) {
				gc.setFont(row.aspect() == RosettaAspect.COMMAND
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : table.getTable().getFont());
				String cell = row.cell(vendor);
				for (String word : cell == null ? new String[0] : cell.split("\\s+")) {
					widest = Math.max(widest, gc.textExtent(word).x);
				}
			}
			return widest + 2 * WrappingCellPainter.PAD + 8;
		} finally {
			gc.dispose();
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
