/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.explain;

import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * The TDX configurations a search tries: firmware candidates × page orders × guest memory sizes.
 *
 * @param firmware TDVF candidates (at least one)
 * @param orders   page orders
 * @param memory   guest RAM sizes in bytes
 */
public record TdxSearchSpace(List<Path> firmware, List<MeasureOrder> orders, List<Long> memory) {

	private static final long MIB = 1L << 20;
	private static final long GIB = 1L << 30;

	public TdxSearchSpace {
		if (firmware.isEmpty()) {
			throw new IllegalArgumentException("at least one firmware candidate is needed");
		}
		firmware = List.copyOf(firmware);
		orders = List.copyOf(orders);
		memory = List.copyOf(memory);
	}

	/**
	 * Both page orders and the sizes people launch: powers of two from 128 MiB (QEMU's default) to 64 GiB, plus
	 * 1.5, 3, 6 and 12 GiB.
	 */
	public static TdxSearchSpace defaults(List<Path> firmware) {
		return new TdxSearchSpace(firmware, List.of(MeasureOrder.values()),
				List.of(128 * MIB, 256 * MIB, 512 * MIB, GIB, 3 * GIB / 2, 2 * GIB, 3 * GIB, 4 * GIB, 6 * GIB, 8 * GIB,
						12 * GIB, 16 * GIB, 32 * GIB, 64 * GIB));
	}
}
