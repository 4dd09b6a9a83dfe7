/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.testing;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.VmType;

/**
 * A vendor engine for debugger tests: runs plans of VM type SW_PROTECTED (which no real vendor engine claims) on a
 * {@link ChainBackend}, so the debugger can be tested against a register whose every value is known.
 */
public class ChainTestEngine implements VendorEngine {

	/** The backend of the most recent session, so tests can check it was released. */
	public static volatile ChainBackend lastBackend;

	@Override
	public String id() {
		return "test-chain";
	}

	@Override
	public String displayName() {
		return "Test chain engine";
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return plan.getVmType() == VmType.SW_PROTECTED;
	}

	@Override
	public Backend createSimulator(LaunchPlan plan, PlanInputs inputs) {
		ChainBackend backend = new ChainBackend();
		lastBackend = backend;
		return backend;
	}

	@Override
	public String firmwareErrorName(long code) {
		return code == 7 ? "INVALID_GUEST_STATE" : null;
	}
}
