/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Arrays;

import org.cocolaunch.tdx.core.tdvf.TdvfSection;

/**
 * The initial bytes of one section's guest memory: {@code length} bytes of {@code source} from {@code offset},
 * followed by zeros up to the section's MemoryDataSize. BFV/CFV take their RawDataSize bytes from the image, the
 * TD_HOB section holds the HOB QEMU built, TempMem is all zero (domain reference §3.3.2). The zero tail follows the
 * TDVF design guide; QEMU hands KVM the image bytes starting at DataOffset, which can only differ when RawDataSize &lt;
 * MemoryDataSize, something no OVMF build does.
 */
final class SectionContent {

	private static final byte[] ZERO_CHUNK = new byte[MrtdAccumulator.CHUNK_SIZE];

	final TdvfSection section;
	private final byte[] source;
	private final int offset;
	private final int length;

	SectionContent(TdvfSection section, byte[] source, int offset, int length) {
		this.section = section;
		this.source = source;
		this.offset = offset;
		this.length = length;
	}

	static SectionContent zero(TdvfSection section) {
		return new SectionContent(section, ZERO_CHUNK, 0, 0);
	}

	/**
	 * Hands the 256-byte chunk at {@code inSection} to {@code sink} as an MR.EXTEND, using {@code scratch} only when the
	 * chunk straddles the end of the source bytes.
	 */
	void extendChunk(LaunchOperationSink sink, long inSection, byte[] scratch) {
		long gpa = section.memoryAddress() + inSection;
		if (inSection + MrtdAccumulator.CHUNK_SIZE <= length) {
			sink.mrExtend(gpa, source, offset + (int) inSection);
		} else if (inSection >= length) {
			sink.mrExtend(gpa, ZERO_CHUNK, 0);
		} else {
			int n = length - (int) inSection;
			System.arraycopy(source, offset + (int) inSection, scratch, 0, n);
			Arrays.fill(scratch, n, MrtdAccumulator.CHUNK_SIZE, (byte) 0);
			sink.mrExtend(gpa, scratch, 0);
		}
	}

	/** Copy of the 256 bytes at {@code inSection}. */
	byte[] chunk(long inSection) {
		byte[] out = new byte[MrtdAccumulator.CHUNK_SIZE];
		if (inSection < length) {
			int n = (int) Math.min(MrtdAccumulator.CHUNK_SIZE, length - inSection);
			System.arraycopy(source, offset + (int) inSection, out, 0, n);
		}
		return out;
	}
}
