/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.List;

import org.cocolaunch.core.inspect.StateField;

/** A {@link StateField} in a field tree, with its path ("vCPU 0/Control registers/RIP") for change highlighting. */
public record FieldNode(String path, StateField field) {

	public List<FieldNode> children() {
		return field.children().stream().map(c -> new FieldNode(path + "/" + c.name(), c)).toList();
	}

	/** Nodes for top-level fields under {@code prefix} ("" for none). */
	public static List<FieldNode> roots(String prefix, List<StateField> fields) {
		return fields.stream().map(f -> new FieldNode(prefix.isEmpty() ? f.name() : prefix + "/" + f.name(), f)).toList();
	}
}
