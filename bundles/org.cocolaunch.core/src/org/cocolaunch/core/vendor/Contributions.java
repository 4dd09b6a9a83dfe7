/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The executable contributions to one of the core's extension points (vendor engines, backends): each element's
 * {@code class}, instantiated. A broken contribution must not take the others down, so it is skipped.
 * <p>
 * Without a running extension registry (the headless commands' fast launch on a plain class path) the same
 * contributions are found with {@link ServiceLoader}: the launcher's class path assembly
 * ({@code product/scripts/CliClassPath.java}) turns every plugin.xml contribution into a
 * {@code META-INF/services} entry of the type the extension point's schema names, so there is one registration, the
 * plugin.xml.
 */
public final class Contributions {

	/** More contributions to one point than any runtime will carry; bounds a broken services listing. */
	private static final int MAX_CONTRIBUTIONS = 256;

	private Contributions() {
	}

	public static <T> List<T> of(String extensionPoint, String element, Class<T> type) {
		List<T> found = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			Iterator<T> services = ServiceLoader.load(type, Contributions.class.getClassLoader()).iterator();
			for (int turn = 0; turn < MAX_CONTRIBUTIONS; turn++) {
				try {
					if (!services.hasNext()) {
						break;
					}
					found.add(services.next());
				} catch (ServiceConfigurationError | RuntimeException e) {
					// skipped: see the class comment
				}
			}
			return found;
		}
		for (IConfigurationElement e : registry.getConfigurationElementsFor(extensionPoint)) {
			if (!element.equals(e.getName())) {
				continue;
			}
			try {
				found.add(type.cast(e.createExecutableExtension("class")));
			} catch (CoreException | ClassCastException ex) {
				// skipped: see the class comment
			}
		}
		return found;
	}
}
