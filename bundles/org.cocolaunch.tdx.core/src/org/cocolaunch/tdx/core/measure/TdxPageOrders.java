/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Optional;

import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * How people spell a TDX page order ({@link MeasureOrder}, the model's one home for the concept) on command lines
 * and in JSON: {@code single} is PER_PAGE (PAGE.ADD then its 16 MR.EXTENDs; upstream KVM with QEMU 9+),
 * {@code two-pass} is AFTER_REGION (every PAGE.ADD of a section, then every MR.EXTEND; the QEMU 8.x TDX trees).
 */
public final class TdxPageOrders {

	private TdxPageOrders() {
	}

	public static String cliName(MeasureOrder order) {
		return order == MeasureOrder.AFTER_REGION ? "two-pass" : "single";
	}

	public static Optional<MeasureOrder> ofCliName(String name) {
		for (MeasureOrder o : MeasureOrder.VALUES) {
			if (cliName(o).equals(name)) {
				return Optional.of(o);
			}
		}
		return Optional.empty();
	}
}
