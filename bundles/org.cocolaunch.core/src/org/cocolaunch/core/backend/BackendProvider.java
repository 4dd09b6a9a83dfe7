/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import org.cocolaunch.model.LaunchPlan;

/**
 * A kind of backend a session can run a plan on, contributed through the extension point
 * {@code org.cocolaunch.core.backends}: each vendor contributes its simulated firmware as {@code sim}, the kvm
 * bundle the real-KVM backend as {@code kvm}. Front ends pick one by id and never name its bundle.
 */
public interface BackendProvider {

	/** The id front ends use, e.g. {@code sim} or {@code kvm}; several providers may share one (one per vendor). */
	String id();

	/** Whether this provider runs {@code plan} at all (by vendor and VM type). */
	boolean supports(LaunchPlan plan);

	/**
	 * Why this host cannot run {@code plan} with this provider (one line), or null when it can; with a null plan,
	 * whether it can run anything here. May open devices: call it off the UI thread.
	 */
	String unavailableReason(LaunchPlan plan);

	/** A fresh backend for the plan, before its first step; refuses with {@link #unavailableReason} first. */
	Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException;
}
