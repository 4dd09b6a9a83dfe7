/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.model.LaunchPlan;

/** A vendor's simulated firmware as the {@code sim} backend: runs anywhere, no host check. */
public abstract class SimulatorProvider implements BackendProvider {

	/** The vendor engine whose simulator this is. */
	protected abstract VendorEngine engine();

	@Override
	public String id() {
		return BackendProviders.SIM;
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return engine().supports(plan);
	}

	@Override
	public String unavailableReason(LaunchPlan plan) {
		return null;
	}

	@Override
	public Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		return engine().createSimulator(plan, inputs);
	}
}
