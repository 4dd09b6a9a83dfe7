/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The first field in which two model objects of any vendor model differ (a VMSA register, a TD vCPU field),
 * found reflectively: attributes first, then contained objects, depth first. Field paths read like
 * {@code cs.base} or {@code rip}.
 */
final class FieldDiff {

	/** A differing field and its two values as text. */
	record Field(String path, String a, String b) {
	}

	private FieldDiff() {
	}

	static Optional<Field> first(EObject a, EObject b) {
		return first(a, b, "");
	}

	private static Optional<Field> first(EObject a, EObject b, String prefix) {
		String here = prefix.isEmpty() ? "state" : prefix.substring(0, prefix.length() - 1);
		if (a == null || b == null) {
			return a == b ? Optional.empty()
					: Optional.of(new Field(here, a == null ? "none" : a.eClass().getName(),
							b == null ? "none" : b.eClass().getName()));
		}
		if (a.eClass() != b.eClass()) {
			return Optional.of(new Field(here, a.eClass().getName(), b.eClass().getName()));
		}
		for (EAttribute attribute : a.eClass().getEAllAttributes()) {
			Object va = a.eGet(attribute);
			Object vb = b.eGet(attribute);
			boolean same = va instanceof byte[] ba && vb instanceof byte[] bb ? Arrays.equals(ba, bb) : Objects.equals(va, vb);
			if (!same) {
				return Optional.of(new Field(prefix + attribute.getName(), text(va), text(vb)));
			}
		}
		for (EReference reference : a.eClass().getEAllContainments()) {
			Object va = a.eGet(reference);
			Object vb = b.eGet(reference);
			String path = prefix + reference.getName();
			if (reference.isMany()) {
				List<?> la = (List<?>) va;
				List<?> lb = (List<?>) vb;
				for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
					Optional<Field> inner = first((EObject) la.get(i), (EObject) lb.get(i), path + "[" + i + "].");
					if (inner.isPresent()) {
						return inner;
					}
				}
				if (la.size() != lb.size()) {
					return Optional.of(new Field(path, la.size() + " entries", lb.size() + " entries"));
				}
			} else {
				Optional<Field> inner = first((EObject) va, (EObject) vb, path + ".");
				if (inner.isPresent()) {
					return inner;
				}
			}
		}
		return Optional.empty();
	}

	/** Register-style text: integers in hex (addresses, selectors, flags), byte arrays in hex, the rest as is. */
	private static String text(Object value) {
		if (value instanceof Long l) {
			return "0x" + Long.toHexString(l);
		}
		if (value instanceof Integer i) {
			return "0x" + Integer.toHexString(i);
		}
		return ParameterValues.text(value);
	}
}
