/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.internal.ui.inspect.DescribedState;
import org.cocolaunch.internal.ui.inspect.FieldNode;
import org.cocolaunch.internal.ui.inspect.FieldTree;
import org.cocolaunch.internal.ui.inspect.HexPane;
import org.cocolaunch.internal.ui.inspect.SessionFollower;
import org.cocolaunch.internal.ui.inspect.StepCaption;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The decoded 4 KiB VMSA of each vCPU of the followed SEV-ES/SNP session: segments, control registers, GPRs,
 * SEV_FEATURES bit by bit, x87/SSE state and the rest, with the fields the last step changed highlighted, beside a
 * hex dump of the save area. The vendor engine decodes; this view only paints.
 */
public class VmsaView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.vmsa";
	public static final String TREE_TEST_ID = "vmsa.tree";
	public static final String HEX_TEST_ID = "vmsa.hex";

	private FieldTree tree;
	private HexPane hex;
	private List<DescribedState> vcpus = List.of();

	private record Content(String caption, List<DescribedState> vcpus) {
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new FieldTree(sash, TREE_TEST_ID, true);
		hex = new HexPane(sash, HEX_TEST_ID);
		sash.setWeights(55, 45);
		sash.addListener(SWT.Resize, e -> fitHexPane(sash));
		tree.viewer().addSelectionChangedListener(e -> showSelected());
		setContentDescription("Select a frame of an SEV-ES or SNP session in the Debug view.");
		new SessionFollower<>(getSite(), sash, "VMSA", this::compute, this::paint);
	}

	/**
	 * Gives the hex dump the width of a whole line (16 bytes and their ASCII) and the field tree the rest; when the
	 * view is too narrow for both side by side, the dump goes below the tree instead of being cut.
	 */
	private void fitHexPane(SashForm sash) {
		int width = sash.getClientArea().width;
		int hexWidth = hex.lineWidth();
		if (width >= hexWidth + MIN_TREE_WIDTH) {
			if (sash.getOrientation() != SWT.HORIZONTAL) {
				sash.setOrientation(SWT.HORIZONTAL);
			}
			sash.setWeights(width - hexWidth - sash.getSashWidth(), hexWidth);
		} else if (sash.getOrientation() != SWT.VERTICAL) {
			sash.setOrientation(SWT.VERTICAL);
			sash.setWeights(55, 45);
		}
	}

	private static final int MIN_TREE_WIDTH = 320;

	private Content compute(Session session) {
		return new Content(StepCaption.of(session), DescribedState.vcpus(session));
	}

	private void paint(Content content) {
		vcpus = content.vcpus();
		Set<String> changed = new LinkedHashSet<>();
		vcpus.forEach(v -> changed.addAll(v.changed()));
		tree.setInput(vcpus.stream().map(DescribedState::root).toList(), changed, 2);
		setContentDescription(vcpus.isEmpty() ? content.caption() + " \u2014 no VMSA (SEV-ES and SNP guests only)"
				: content.caption() + " \u2014 " + changed.stream().filter(p -> p.chars().filter(c -> c == '/').count() == 2)
						.count() + " field(s) changed by the last step");
		showSelected();
	}

	private void showSelected() {
		FieldNode node = tree.selected();
		String label = node == null ? null : node.path().split("/", 2)[0];
		DescribedState vcpu = vcpus.stream().filter(v -> v.label().equals(label)).findFirst()
				.orElse(vcpus.isEmpty() ? null : vcpus.get(0));
		hex.setBytes(vcpu == null ? null : vcpu.description().raw(), vcpu == null ? List.of() : vcpu.changedRanges(),
				"no VMSA");
		if (node != null) {
			hex.select(node.field().offset(), node.field().size());
		}
	}

	@Override
	public void setFocus() {
		tree.viewer().getControl().setFocus();
	}
}
