/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.core.model.LaunchFrame;
import org.cocolaunch.model.VmType;
import org.cocolaunch.ui.views.GuestMemoryMapView;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.cocolaunch.ui.views.TdStateView;
import org.cocolaunch.ui.views.VmsaView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Brings the views that matter for a launch to the front when its session first shows a frame in a window: Launch
 * Steps, Measurement Registers and the vendor's vCPU view (VMSA for SEV-ES/SNP, TD State for TDX, the memory map for
 * plain SEV, which has no encrypted vCPU state). Each session does this once, so a view the user closes during a
 * session stays closed until the next one. The views then follow the selected frame themselves.
 */
public final class SessionViewsOpener {

	private final IWorkbenchWindow window;
	private final Map<CocoDebugTarget, Boolean> seen = Collections.synchronizedMap(new WeakHashMap<>());
	private final IDebugContextListener listener = event -> {
		LaunchFrame frame = SessionContext.frame(event.getContext());
		if (frame != null && seen.putIfAbsent(frame.target(), Boolean.TRUE) == null) {
			show(frame.target());
		}
	};

	private SessionViewsOpener(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Starts watching the window's debug context; called once per window (on the UI thread). */
	public static void install(IWorkbenchWindow window) {
		SessionViewsOpener opener = new SessionViewsOpener(window);
		DebugUITools.getDebugContextManager().getContextService(window).addDebugContextListener(opener.listener);
	}

	/** The views to bring up for a plan of this VM type, in the order they are shown (the last one gets focus). */
	public static List<String> viewsFor(VmType vmType) {
		List<String> views = new ArrayList<>(List.of(LaunchStepsView.ID));
		switch (vmType) {
			case SEV_ES, SNP -> views.add(VmsaView.ID);
			case TDX -> views.add(TdStateView.ID);
			default -> views.add(GuestMemoryMapView.ID);
		}
		views.add(MeasurementRegistersView.ID);
		return views;
	}

	private void show(CocoDebugTarget target) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		for (String id : viewsFor(target.session().plan().getVmType())) {
			try {
				// VIEW_VISIBLE: to the top of its stack without taking focus from the Debug view.
				page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				ILog.of(getClass()).warn("cannot show view " + id + ": " + e.getMessage(), e);
			}
		}
	}
}
