/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.engine;

import org.cocolaunch.core.backend.SimulatorProvider;
import org.cocolaunch.core.vendor.VendorEngine;

/** The simulated AMD secure processor as the {@code sim} backend of SEV, SEV-ES and SNP plans. */
public final class SevSimulatorProvider extends SimulatorProvider {

	private final SevVendorEngine engine = new SevVendorEngine();

	@Override
	protected VendorEngine engine() {
		return engine;
	}
}
