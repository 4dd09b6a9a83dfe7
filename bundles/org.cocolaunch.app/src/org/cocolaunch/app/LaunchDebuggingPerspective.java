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
 * steps; below them Measurement Registers, VMSA, TD State, Guest Memory Map, Attestation Report, Vendor Rosetta,
 * Variables (the step's parameter struct and result), Registers (measurement registers, vCPU state), Breakpoints and
 * Properties; on the right, when opened, the cheat sheets and the user guide.
 */
public class LaunchDebuggingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cocolaunch.app.perspectives.launchDebugging";

	/** Where the Cheat Sheets and User Guide views open (ids as strings: the app does not need their bundles). */
	static final String RIGHT_FOLDER = "org.cocolaunch.app.right";
	static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";
	static final String USER_GUIDE_VIEW = "org.cocolaunch.doc.ui.views.userGuide";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		// A full-height column on the right for the training material, created first so it spans all the views.
		IPlaceholderFolderLayout right = layout.createPlaceholderFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.70f, editorArea);
		right.addPlaceholder(CHEAT_SHEET_VIEW);
		right.addPlaceholder(USER_GUIDE_VIEW);
		layout.addView(LaunchStepsView.ID, IPageLayout.TOP, 0.62f, editorArea);
		layout.addView(IDebugUIConstants.ID_DEBUG_VIEW, IPageLayout.LEFT, 0.32f, LaunchStepsView.ID);
		IFolderLayout bottom = layout.createFolder("org.cocolaunch.app.bottom", IPageLayout.BOTTOM, 0.62f, LaunchStepsView.ID);
		bottom.addView(MeasurementRegistersView.ID);
		bottom.addView(VmsaView.ID);
		bottom.addView(TdStateView.ID);
		bottom.addView(GuestMemoryMapView.ID);
		bottom.addView(AttestationReportView.ID);
		bottom.addView(VendorRosettaView.ID);
		bottom.addView(IDebugUIConstants.ID_VARIABLE_VIEW);
		bottom.addView(IDebugUIConstants.ID_REGISTER_VIEW);
		bottom.addView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
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
