/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hob;

/**
 * One RAM range of a TD as QEMU describes it to TDVF (target/i386/kvm/tdx.h TdxRamEntry).
 *
 * @param address first byte
 * @param length  size in bytes
 * @param added   true for TDX_RAM_ADDED (PAGE.ADDed before launch: TD_HOB, TempMem), false for TDX_RAM_UNACCEPTED
 */
public record TdxRamEntry(long address, long length, boolean added) {

	public long end() {
		return address + length;
	}
}
