/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The vendor engines known to this runtime. */
public final class VendorEngines {

	public static final String EXTENSION_POINT = "org.cocolaunch.core.vendorEngines";

	private final List<VendorEngine> engines;

	private VendorEngines(List<VendorEngine> engines) {
		this.engines = List.copyOf(engines);
	}

	/** A fixed set, for tests and tools outside OSGi. */
	public static VendorEngines of(VendorEngine... engines) {
		return new VendorEngines(List.of(engines));
	}

	/** Every engine contributed to the extension point (none outside OSGi); broken contributions are skipped. */
	public static VendorEngines registered() {
		List<VendorEngine> found = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					found.add((VendorEngine) element.createExecutableExtension("class"));
				} catch (CoreException | ClassCastException e) {
					// A broken contribution must not take the others down; it simply is not offered.
				}
			}
		}
		return new VendorEngines(found);
	}

	public List<VendorEngine> all() {
		return engines;
	}

	public Optional<VendorEngine> forPlan(LaunchPlan plan) {
		return engines.stream().filter(e -> e.supports(plan)).findFirst();
	}

	/**
	 * The offline verification of the first engine that knows the evidence's format, or null when none does.
	 *
	 * @throws EvidenceFormatException when the evidence (or a given certificate) is malformed
	 */
	public EvidenceVerification verify(VerifyRequest request) throws EvidenceFormatException {
		for (VendorEngine engine : engines) {
			EvidenceVerification v = engine.verifyEvidence(request);
			if (v != null) {
				return v;
			}
		}
		return null;
	}
}
