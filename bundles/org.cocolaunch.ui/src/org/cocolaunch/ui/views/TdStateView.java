/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.internal.ui.inspect.DescribedState;
import org.cocolaunch.internal.ui.inspect.FieldNode;
import org.cocolaunch.internal.ui.inspect.FieldTree;
import org.cocolaunch.internal.ui.inspect.SessionFollower;
import org.cocolaunch.internal.ui.inspect.StepCaption;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The TD of the followed TDX session: lifecycle and op state, TD_PARAMS with ATTRIBUTES and XFAM bit by bit, and
 * each TD vCPU's initial state; fields changed since the view last showed this session are highlighted. The TDX
 * engine decodes the simulator's state objects; this view only paints.
 */
public class TdStateView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.tdState";
	public static final String TREE_TEST_ID = "tdstate.tree";

	private static final String TD = "TD";

	private FieldTree tree;
	private Session shown;
	private StateDescription lastTd;

	private record Content(Session session, String caption, List<StateDescription> vmState, List<DescribedState> vcpus) {
	}

	@Override
	public void createPartControl(Composite parent) {
		tree = new FieldTree(parent, TREE_TEST_ID, false);
		setContentDescription("Select a frame of a TDX session in the Debug view.");
		new SessionFollower<>(getSite(), tree.viewer().getControl(), "TD state", this::compute, this::paint);
	}

	private Content compute(Session session) {
		VendorEngine engine = DescribedState.engine(session);
		List<StateDescription> vm = new ArrayList<>();
		if (engine != null) {
			for (EObject state : session.vendorState()) {
				StateDescription d = engine.describeState(state);
				if (d != null) {
					vm.add(d);
				}
			}
		}
		return new Content(session, StepCaption.of(session), vm, DescribedState.vcpus(session));
	}

	private void paint(Content content) {
		List<FieldNode> roots = new ArrayList<>();
		Set<String> changed = new LinkedHashSet<>();
		StateDescription td = content.vmState().isEmpty() ? null : content.vmState().get(0);
		if (td != null) {
			DescribedState d = DescribedState.of(TD, td, content.session() == shown ? lastTd : null);
			roots.add(d.root());
			changed.addAll(d.changed());
		}
		for (DescribedState v : content.vcpus()) {
			roots.add(v.root());
			changed.addAll(v.changed());
		}
		shown = content.session();
		lastTd = td;
		tree.setInput(roots, changed, 3);
		setContentDescription(roots.isEmpty() ? content.caption() + " \u2014 not a TDX session" : content.caption());
	}

	@Override
	public void setFocus() {
		tree.viewer().getControl().setFocus();
	}
}
