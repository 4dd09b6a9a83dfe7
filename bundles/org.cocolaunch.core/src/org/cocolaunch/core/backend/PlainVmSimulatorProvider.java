/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/** The {@code sim} backend for plain KVM VM plans (vendor NONE, VM type DEFAULT or SW_PROTECTED): {@link PlainVmSimulator}. */
public final class PlainVmSimulatorProvider implements BackendProvider {

	@Override
	public String id() {
		return BackendProviders.SIM;
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return plan.getVendor() == Vendor.NONE && (plan.getVmType() == VmType.DEFAULT || plan.getVmType() == VmType.SW_PROTECTED);
	}

	@Override
	public String unavailableReason(LaunchPlan plan) {
		return null;
	}

	@Override
	public Backend create(LaunchPlan plan, PlanInputs inputs) {
		return new PlainVmSimulator(plan, inputs);
	}
}
