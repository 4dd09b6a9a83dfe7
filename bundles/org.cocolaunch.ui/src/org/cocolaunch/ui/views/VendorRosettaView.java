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
		c.setLabelProvider(new WrappingCellPainter(e -> text.apply((RosettaRow) e),
				e -> ((RosettaRow) e).aspect() == RosettaAspect.COMMAND
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null));
	}

	/** Shares the width left of the phase and aspect columns among the vendor columns, so cells wrap instead of clip. */
	private void fitColumns() {
		var columns = table.getTable().getColumns();
		int fixed = columns[0].getWidth() + columns[1].getWidth();
		int each = Math.max(160, (table.getTable().getClientArea().width - fixed) / (columns.length - 2));
		for (int i = 2; i < columns.length; i++) {
			columns[i].setWidth(each);
		}
		table.refresh();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
