/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.rosetta;

import java.util.List;

import org.cocolaunch.model.Phase;

/** One row of the Vendor Rosetta: a phase, an aspect, and the text for each vendor in {@link RosettaVendor} order. */
public record RosettaRow(Phase phase, RosettaAspect aspect, List<String> cells) {

	public RosettaRow {
		if (cells.size() != RosettaVendor.values().length) {
			throw new IllegalArgumentException(phase + "/" + aspect + ": one cell per vendor expected");
		}
		cells = List.copyOf(cells);
	}

	public String cell(RosettaVendor vendor) {
		return cells.get(vendor.ordinal());
	}
}
