/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.util.Arrays;

import org.cocolaunch.tdx.core.measure.MrtdAccumulator;

/**
 * The initial bytes of a memory region: the given source bytes followed by zeros up to the region's size (the tail
 * of a TDVF section beyond RawDataSize is zero, domain reference §3.3.2). Hands out 256-byte chunks for
 * TDH.MR.EXTEND without copying the whole region.
 */
final class RegionContent {

	private static final int CHUNK = MrtdAccumulator.CHUNK_SIZE;
	private static final byte[] ZERO_CHUNK = new byte[CHUNK];

	private final byte[] source;
	private final byte[] scratch = new byte[CHUNK];

	/** @param source the bytes at the start of the region, or null for an all-zero region */
	RegionContent(byte[] source) {
		this.source = source == null ? new byte[0] : source;
	}

	int sourceLength() {
		return source.length;
	}

	/** Feeds the chunk at {@code offset} of the region, as an MR.EXTEND at {@code gpa}, to {@code mrtd}. */
	void extend(MrtdAccumulator mrtd, long gpa, long offset) {
		if (offset + CHUNK <= source.length) {
			mrtd.mrExtend(gpa, source, (int) offset);
		} else if (offset >= source.length) {
			mrtd.mrExtend(gpa, ZERO_CHUNK, 0);
		} else {
			int n = source.length - (int) offset;
			System.arraycopy(source, (int) offset, scratch, 0, n);
			Arrays.fill(scratch, n, CHUNK, (byte) 0);
			mrtd.mrExtend(gpa, scratch, 0);
		}
	}
}
