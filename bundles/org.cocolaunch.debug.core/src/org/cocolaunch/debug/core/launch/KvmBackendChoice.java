/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.launch;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;

/**
 * The KVM backend of a launch configuration. org.cocolaunch.kvm is an optional (Linux-only) dependency, so its classes
 * are touched only here: where it is missing, the choice fails with one line instead of a NoClassDefFoundError.
 */
final class KvmBackendChoice {

	private KvmBackendChoice() {
	}

	/** The host check, then the KVM backend for {@code plan}; BackendException with the check's reason otherwise. */
	static Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		try {
			return org.cocolaunch.kvm.backend.KvmBackends.createAfterHostCheck(plan, inputs);
		} catch (NoClassDefFoundError e) {
			throw new BackendException("the KVM backend is not installed (it is Linux only)");
		}
	}
}
