/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;

/**
 * The {@code sim} backend: the simulated firmware of the vendor engine that takes the plan
 * ({@code VendorEngine.createSimulator}). Runs anywhere, no host check; every installed engine has one.
 */
public final class VendorSimulators implements BackendProvider {

	@Override
	public String id() {
		return BackendProviders.SIM;
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return VendorEngines.registered().forPlan(plan).isPresent();
	}

	@Override
	public String unavailableReason(LaunchPlan plan) {
		return null;
	}

	@Override
	public Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		return VendorEngines.registered().forPlan(plan).orElseThrow(() -> new BackendException("no engine for vendor "
				+ plan.getVendor() + ", VM type " + plan.getVmType())).createSimulator(plan, inputs);
	}
}
