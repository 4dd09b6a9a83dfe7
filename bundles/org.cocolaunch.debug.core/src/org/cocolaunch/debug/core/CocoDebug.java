/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core;

import org.cocolaunch.core.backend.BackendProviders;

/** Identifiers and launch-configuration attribute keys of the debug model, kept in one place. */
public final class CocoDebug {

	public static final String PLUGIN_ID = "org.cocolaunch.debug.core";
	/** Model identifier of every debug element, breakpoint and presentation. */
	public static final String MODEL_ID = "org.cocolaunch.debug";
	public static final String LAUNCH_TYPE_ID = "org.cocolaunch.debug.launchType";

	/** Plan to run: a file path, or an EMF URI such as platform:/plugin/... for a shipped example. */
	public static final String ATTR_PLAN = "org.cocolaunch.debug.plan";
	/** Input overrides, role → file path (e.g. firmware → /path/OVMF.fd). */
	public static final String ATTR_INPUTS = "org.cocolaunch.debug.inputs";
	/** "sim" (default) or "kvm". */
	public static final String ATTR_BACKEND = "org.cocolaunch.debug.backend";
	public static final String BACKEND_SIM = BackendProviders.SIM;
	/** Real KVM on this host (org.cocolaunch.kvm), after the host check. */
	public static final String BACKEND_KVM = BackendProviders.KVM;
	/** Whether a debug launch suspends before the first step (default true). */
	public static final String ATTR_STOP_AT_FIRST_STEP = "org.cocolaunch.debug.stopAtFirstStep";
	/**
	 * A debug launch runs to this step and suspends before issuing it (e.g. a diagnosed failing step, so that Step
	 * Over issues it); absent or negative: as {@link #ATTR_STOP_AT_FIRST_STEP} says.
	 */
	public static final String ATTR_STOP_BEFORE_STEP = "org.cocolaunch.debug.stopBeforeStep";

	public static final String STEP_BREAKPOINT_MARKER = PLUGIN_ID + ".stepBreakpointMarker";
	public static final String WATCHPOINT_MARKER = PLUGIN_ID + ".measurementWatchpointMarker";

	private CocoDebug() {
	}
}
