/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hob;

import java.util.ArrayList;
import java.util.List;

/**
 * The RAM ranges QEMU's q35 machine (the only machine type QEMU allows for TDX) reports in its e820 table for a
 * given {@code -m} size, without {@code max-ram-below-4g}. Rule from hw/i386/pc_q35.c {@code pc_q35_init}: with at
 * least 0xB0000000 bytes of RAM only the first 2 GiB stay below 4 GiB, otherwise up to 0xB0000000 do; the rest starts
 * at 4 GiB ({@code e820_add_entry} calls in hw/i386/pc.c).
 */
public final class GuestRamLayout {

	/** QEMU's default {@code -m} for x86 machines (hw/i386/pc.c default_ram_size = 128 MiB). */
	public static final long QEMU_DEFAULT_RAM = 128L << 20;

	/** Above this much RAM q35 caps low memory at {@link #LOWMEM_LARGE} (pc_q35.c). */
	static final long LOWMEM_SMALL = 0xB000_0000L;

	/** Low-memory size when the guest has at least {@link #LOWMEM_SMALL} bytes (pc_q35.c). */
	static final long LOWMEM_LARGE = 0x8000_0000L;

	/** Start of RAM above the 32-bit PCI hole. */
	public static final long FOUR_GIB = 1L << 32;

	/** Largest RAM size accepted: 64 TiB, beyond any host QEMU/KVM runs TDs on. */
	public static final long MAX_RAM = 1L << 46;

	private final long ramSize;

	/** @throws IllegalArgumentException when the size is not a positive 4 KiB multiple up to {@link #MAX_RAM} */
	public GuestRamLayout(long ramSize) {
		if (ramSize <= 0 || ramSize > MAX_RAM || ramSize % 4096 != 0) {
			throw new IllegalArgumentException("memory size must be a positive multiple of 4096 up to 2^46, got " + ramSize);
		}
		this.ramSize = ramSize;
	}

	public long ramSize() {
		return ramSize;
	}

	public long below4g() {
		long lowmem = ramSize >= LOWMEM_SMALL ? LOWMEM_LARGE : LOWMEM_SMALL;
		return Math.min(ramSize, lowmem);
	}

	public long above4g() {
		return ramSize - below4g();
	}

	/** The e820 RAM ranges as {@code {start, length}} pairs, ascending. */
	public List<long[]> ramRanges() {
		List<long[]> ranges = new ArrayList<>();
		ranges.add(new long[] { 0, below4g() });
		if (above4g() > 0) {
			ranges.add(new long[] { FOUR_GIB, above4g() });
		}
		return ranges;
	}
}
