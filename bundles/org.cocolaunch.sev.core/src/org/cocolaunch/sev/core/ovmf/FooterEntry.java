/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

/**
 * One entry of the OVMF footer GUID table: the data that precedes its {@code {u16 length; GUID}} trailer.
 *
 * @param guid   the entry GUID
 * @param offset offset of the data in the image
 * @param data   the entry data (a copy)
 */
public record FooterEntry(Guid guid, int offset, byte[] data) {

	/** The little-endian u32 at the start of the data. */
	public long u32(int index) {
		int o = index * 4;
		return (data[o] & 0xFFL) | (data[o + 1] & 0xFFL) << 8 | (data[o + 2] & 0xFFL) << 16
				| (data[o + 3] & 0xFFL) << 24;
	}
}
