/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The executable contributions to one of the core's extension points (vendor engines, backends): each element's
 * {@code class}, instantiated. A broken contribution must not take the others down, so it is skipped.
 */
public final class Contributions {

	private Contributions() {
	}

	public static <T> List<T> of(String extensionPoint, String element, Class<T> type) {
		List<T> found = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
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
		}
		return found;
	}
}
