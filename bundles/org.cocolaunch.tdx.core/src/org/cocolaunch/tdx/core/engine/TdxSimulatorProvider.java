/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.engine;

import org.cocolaunch.core.backend.SimulatorProvider;
import org.cocolaunch.core.vendor.VendorEngine;

/** The simulated TDX module as the {@code sim} backend of TDX plans. */
public final class TdxSimulatorProvider extends SimulatorProvider {

	private final TdxVendorEngine engine = new TdxVendorEngine();

	@Override
	protected VendorEngine engine() {
		return engine;
	}
}
