/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.core.plan.AttributeText;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Parameter;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A step's parameters as comparable text by name, for any parameter model: the entries of generic parameters, or
 * the set single-valued attributes of a vendor parameter struct (byte arrays in hex). Host virtual addresses
 * ({@code src}, {@code addr}, {@code uaddr}, {@code hva}, blob pointers) are left out: they change from run to run
 * and are not inputs of the launch.
 */
final class ParameterValues {

	private static final Set<String> HOST_ADDRESSES = Set.of("src", "addr", "uaddr", "hva", "source", "session", "pdh",
			"id_block_uaddr", "id_auth_uaddr");

	private ParameterValues() {
	}

	static Map<String, String> of(EObject parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		if (parameters instanceof GenericParameters generic) {
			for (Parameter p : generic.getEntries()) {
				put(values, p.getName(), p.getValue());
			}
		} else if (parameters != null) {
			for (EAttribute attribute : parameters.eClass().getEAllAttributes()) {
				if (!attribute.isMany() && parameters.eIsSet(attribute)) {
					put(values, attribute.getName(), AttributeText.format(attribute, parameters.eGet(attribute)));
				}
			}
		}
		return values;
	}

	/** QEMU's buffers and pointers: they differ from run to run and are not inputs of the launch. */
	private static boolean isHostAddress(String name) {
		return HOST_ADDRESSES.contains(name) || name.endsWith("Uaddr") || name.equals("sourceAddr");
	}

	/** An attribute value as text; byte arrays in hex. */
	static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		return String.valueOf(value);
	}

	private static void put(Map<String, String> values, String name, String value) {
		if (name != null && !isHostAddress(name)) {
			values.putIfAbsent(name, value);
		}
	}
}
