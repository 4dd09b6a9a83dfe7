/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The vendor engines known to this runtime. */
public final class VendorEngines {

	public static final String EXTENSION_POINT = "org.cocolaunch.core.vendorEngines";

	/** More vendor engines than any runtime will carry. */
	private static final int MAX_CONTRIBUTIONS = 64;

	private final List<VendorEngine> engines;

	private VendorEngines(List<VendorEngine> engines) {
		this.engines = List.copyOf(engines);
	}

	/** A fixed set, for tests and tools outside OSGi. */
	public static VendorEngines of(VendorEngine... engines) {
		return new VendorEngines(List.of(engines));
	}

	/**
	 * Every engine contributed to the extension point; broken contributions are skipped. Without a running extension
	 * registry (the headless commands on a plain class path) the same engines are found with {@link ServiceLoader}:
	 * each vendor bundle lists its engine in {@code META-INF/services/org.cocolaunch.core.vendor.VendorEngine} as well
	 * as in its plugin.xml.
	 */
	public static VendorEngines registered() {
		List<VendorEngine> found = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			Iterator<VendorEngine> engines = ServiceLoader.load(VendorEngine.class, VendorEngines.class.getClassLoader())
					.iterator();
			// Each turn takes one contribution or skips a broken one; the bound keeps a bad services file from looping.
			for (int turn = 0; turn < MAX_CONTRIBUTIONS; turn++) {
				try {
					if (!engines.hasNext()) {
						break;
					}
					found.add(engines.next());
				} catch (ServiceConfigurationError | RuntimeException e) {
					// As with the registry: a broken contribution is not offered.
				}
			}
		} else {
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
}
