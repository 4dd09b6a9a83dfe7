/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for a Properties view page: model objects through {@link EmfPropertySource} (editing through
 * {@code editing}), and the nested sources those return as values, so contained structs expand in place.
 */
public final class EmfPropertySourceProvider implements IPropertySourceProvider {

	private final ModelEditing editing;

	public EmfPropertySourceProvider(ModelEditing editing) {
		this.editing = editing;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		return object instanceof EObject eObject ? new EmfPropertySource(eObject, editing) : null;
	}
}
