/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.AttestationReportView;
import org.cocolaunch.ui.views.GuestMemoryMapView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.cocolaunch.ui.views.TdStateView;
import org.cocolaunch.ui.views.VendorRosettaView;
import org.cocolaunch.ui.views.VmsaView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Launch Debugging" perspective: the Debug view (sessions, the launch sequence and its frames) beside the plan's
 * steps (with Attestation Report and Vendor Rosetta as further tabs); below both, on the left, Measurement Registers,
 * Variables (the step's parameter struct and result), Breakpoints and Properties; on the right VMSA, TD State, Guest
 * Memory Map and Registers (measurement registers, vCPU state); in a column on the right, when opened, the Welcome,
 * the cheat sheets and the user guide. The editor area (the plan editor) takes room only while an editor is open.
 */
public class LaunchDebuggingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cocolaunch.app.perspectives.launchDebugging";

	/** Where the Cheat Sheets and User Guide views open (ids as strings: the app does not need their bundles). */
	static final String RIGHT_FOLDER = "org.cocolaunch.app.right";
	static final String TOP_FOLDER = "org.cocolaunch.app.top";
	static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";
	static final String USER_GUIDE_VIEW = "org.cocolaunch.doc.ui.views.userGuide";
	static final String WELCOME_VIEW = FirstStart.WELCOME_VIEW;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// Hidden until the plan editor opens; EditorAreaCollapser hides it again when the last editor closes.
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		// A full-height column on the right for the training material, created first so it spans all the views.
		IPlaceholderFolderLayout right = layout.createPlaceholderFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.72f, editorArea);
		right.addPlaceholder(WELCOME_VIEW);
		right.addPlaceholder(CHEAT_SHEET_VIEW);
		right.addPlaceholder(USER_GUIDE_VIEW);
		// The plan's steps on top, with the views that read whole documents (a report, the vendor comparison) as further
		// tabs of that stack; no stack holds more tabs than its width shows at 1600 pixels.
		IFolderLayout top = layout.createFolder(TOP_FOLDER, IPageLayout.TOP, 0.58f, editorArea);
		top.addView(LaunchStepsView.ID);
		top.addView(AttestationReportView.ID);
		top.addView(VendorRosettaView.ID);
		// Two stacks below, so the measurement registers and the vCPU state of a step can be seen together.
		IFolderLayout measurement = layout.createFolder("org.cocolaunch.app.bottom", IPageLayout.BOTTOM, 0.42f, TOP_FOLDER);
		measurement.addView(MeasurementRegistersView.ID);
		measurement.addView(IDebugUIConstants.ID_VARIABLE_VIEW);
		measurement.addView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		measurement.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout state = layout.createFolder("org.cocolaunch.app.bottomRight", IPageLayout.RIGHT, 0.5f,
				"org.cocolaunch.app.bottom");
		state.addView(VmsaView.ID);
		state.addView(TdStateView.ID);
		state.addView(GuestMemoryMapView.ID);
		state.addView(IDebugUIConstants.ID_REGISTER_VIEW);
		// Added after the bottom stacks so that they span the whole width and the Debug view only the top.
		layout.addView(IDebugUIConstants.ID_DEBUG_VIEW, IPageLayout.LEFT, 0.28f, TOP_FOLDER);
		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
		// The platform's Debug action set: Resume, Suspend, Terminate, Step Into/Over/Return and Drop to Frame in the
		// main toolbar and the Run menu.
		layout.addActionSet(IDebugUIConstants.DEBUG_ACTION_SET);
		layout.addShowViewShortcut(IDebugUIConstants.ID_DEBUG_VIEW);
		layout.addShowViewShortcut(IDebugUIConstants.ID_VARIABLE_VIEW);
		layout.addShowViewShortcut(IDebugUIConstants.ID_REGISTER_VIEW);
		layout.addShowViewShortcut(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		layout.addShowViewShortcut(LaunchStepsView.ID);
		layout.addShowViewShortcut(MeasurementRegistersView.ID);
		for (String view : new String[] { VmsaView.ID, TdStateView.ID, GuestMemoryMapView.ID, AttestationReportView.ID,
				VendorRosettaView.ID }) {
			layout.addShowViewShortcut(view);
		}
	}
}
