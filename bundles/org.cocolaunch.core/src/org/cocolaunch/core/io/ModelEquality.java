/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Structural equality of plans and traces. EMF's own {@link EcoreUtil#equals(EObject, EObject)} compares attribute
 * values with {@code Object.equals}, which is identity for the {@code byte[]} register values and digests.
 */
public final class ModelEquality {

	private ModelEquality() {
	}

	public static boolean equals(EObject a, EObject b) {
		return new ArrayAwareEqualityHelper().equals(a, b);
	}

	private static final class ArrayAwareEqualityHelper extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualAttribute(EObject a, EObject b, EAttribute attribute) {
			Object va = a.eGet(attribute);
			Object vb = b.eGet(attribute);
			if (va instanceof byte[] ba && vb instanceof byte[] bb) {
				return Arrays.equals(ba, bb);
			}
			return super.haveEqualAttribute(a, b, attribute);
		}
	}
}
