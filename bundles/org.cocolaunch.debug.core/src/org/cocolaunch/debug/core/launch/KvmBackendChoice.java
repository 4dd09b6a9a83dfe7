/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.launch;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;

/**
 * The KVM backend of a launch configuration, and whether this host offers it at all. org.cocolaunch.kvm is an optional
 * (Linux-only) dependency, so the debugger touches its classes only here: where it is missing, the choice fails with
 * one line instead of a NoClassDefFoundError.
 */
public final class KvmBackendChoice {

	private KvmBackendChoice() {
	}

	private static final String NOT_INSTALLED = "the KVM backend is not installed (it is Linux only)";

	/**
	 * Null when this host can launch some confidential VM on KVM, else why not in one line (the host check's reason).
	 * Opens devices and reads module parameters: call it off the UI thread.
	 */
	public static String hostUnavailableReason() {
		try {
			org.cocolaunch.kvm.check.HostReport report = org.cocolaunch.kvm.check.HostCheck.forThisHost().run();
			return report.canLaunch() ? null : report.whyNot();
		} catch (NoClassDefFoundError | RuntimeException e) {
			return NOT_INSTALLED;
		}
	}

	/** The host check, then the KVM backend for {@code plan}; BackendException with the check's reason otherwise. */
	static Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		try {
			return org.cocolaunch.kvm.backend.KvmBackends.createAfterHostCheck(plan, inputs);
		} catch (NoClassDefFoundError e) {
			throw new BackendException(NOT_INSTALLED);
		}
	}
}
