/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where edits of model fields go (the plan editor: an EMF command on its command stack, so undo and dirty work). */
@FunctionalInterface
public interface ModelEditing {

	void set(EObject owner, EStructuralFeature feature, Object value);
}
