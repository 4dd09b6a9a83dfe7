/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.List;

/**
 * One decoded field of a vendor state object (a VMSA field, a TD attribute bit, a report field), or a group of them.
 * Vendor engines build these trees; views only paint them. {@code offset}/{@code size} locate the field in the raw
 * bytes of its {@link StateDescription} (-1/0 when it has no raw location).
 */
public record StateField(String name, String value, int offset, int size, List<StateField> children) {

	public StateField {
		children = List.copyOf(children);
	}

	/** A field without raw location. */
	public static StateField of(String name, String value) {
		return new StateField(name, value, -1, 0, List.of());
	}

	/** A field at {@code offset} of the raw bytes, {@code size} bytes long. */
	public static StateField at(String name, String value, int offset, int size) {
		return new StateField(name, value, offset, size, List.of());
	}

	/** A group of fields. */
	public static StateField group(String name, List<StateField> children) {
		return new StateField(name, "", -1, 0, children);
	}

	/** The same field with children (e.g. the bits of a flags word). */
	public StateField withChildren(List<StateField> newChildren) {
		return new StateField(name, value, offset, size, newChildren);
	}
}
