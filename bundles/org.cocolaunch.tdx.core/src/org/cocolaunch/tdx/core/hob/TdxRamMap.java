/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hob;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * QEMU's list of TD RAM ranges: starts as the e820 RAM ranges, all unaccepted, and each TD_HOB/TempMem section
 * carves an "added" range out of the range containing it (target/i386/kvm/tdx.c {@code tdx_init_ram_entries},
 * {@code tdx_accept_ram_range}); the result is sorted by address ({@code tdx_ram_entry_compare}).
 */
public final class TdxRamMap {

	private final List<TdxRamEntry> entries = new ArrayList<>();

	public TdxRamMap(GuestRamLayout layout) {
		for (long[] r : layout.ramRanges()) {
			entries.add(new TdxRamEntry(r[0], r[1], false));
		}
	}

	/**
	 * Marks {@code [address, address+length)} as added. Like QEMU, the range must lie inside one unaccepted entry.
	 *
	 * @return false when it does not (QEMU then refuses to start the TD)
	 */
	public boolean accept(long address, long length) {
		long end = address + length;
		for (int i = 0; i < entries.size(); i++) {
			TdxRamEntry e = entries.get(i);
			if (end <= e.address() || e.end() <= address) {
				continue;
			}
			if (e.added() || address < e.address() || e.end() < end) {
				return false;
			}
			entries.set(i, new TdxRamEntry(address, length, true));
			if (address > e.address()) {
				entries.add(new TdxRamEntry(e.address(), address - e.address(), false));
			}
			if (end < e.end()) {
				entries.add(new TdxRamEntry(end, e.end() - end, false));
			}
			return true;
		}
		return false;
	}

	/** The entries in ascending address order. */
	public List<TdxRamEntry> entries() {
		List<TdxRamEntry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparingLong(TdxRamEntry::address));
		return List.copyOf(sorted);
	}
}
