/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Arrays;

import org.cocolaunch.core.io.ImageBytes;
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

	/** Bytes read at a time from an image read in place: one file read per MiB measured. */
	private static final int WINDOW = 1 << 20;

	final TdvfSection section;
	/** The bytes in memory ({@code offset} counts in it), or null when they are read from {@link #image}. */
	private final byte[] source;
	private final ImageBytes image;
	private final long offset;
	private final int length;

	SectionContent(TdvfSection section, byte[] source, int offset, int length) {
		this.section = section;
		this.source = source;
		this.image = null;
		this.offset = offset;
		this.length = length;
	}

	/** The section's bytes in {@code image} (in memory or read in place) from {@code offset}. */
	SectionContent(TdvfSection section, ImageBytes image, long offset, int length) {
		this.section = section;
		this.source = image.inMemory() ? image.array() : null;
		this.image = image.inMemory() ? null : image;
		this.offset = offset;
		this.length = length;
	}

	static SectionContent zero(TdvfSection section) {
		return new SectionContent(section, ZERO_CHUNK, 0, 0);
	}

	/** A reader for one pass over the section (each replay has its own, so plans can be replayed concurrently). */
	Reader reader() {
		return new Reader();
	}

	/** Reads the section's chunks in one pass; for an image read in place, a MiB at a time. */
	final class Reader {
		/** For an image read in place: the bytes at {@code [windowStart, windowStart + windowLength)} of the section. */
		private byte[] window;
		private long windowStart;
		private int windowLength;

		/**
		 * Hands the 256-byte chunk at {@code inSection} to {@code sink} as an MR.EXTEND, using {@code scratch} only when
		 * the chunk straddles the end of the source bytes.
		 */
		void extendChunk(LaunchOperationSink sink, long inSection, byte[] scratch) {
			long gpa = section.memoryAddress() + inSection;
			if (inSection + MrtdAccumulator.CHUNK_SIZE <= length) {
				if (source != null) {
					sink.mrExtend(gpa, source, (int) (offset + inSection));
				} else {
					sink.mrExtend(gpa, window(inSection), (int) (inSection - windowStart));
				}
			} else if (inSection >= length) {
				sink.mrExtend(gpa, ZERO_CHUNK, 0);
			} else {
				int n = length - (int) inSection;
				copy(inSection, scratch, n);
				Arrays.fill(scratch, n, MrtdAccumulator.CHUNK_SIZE, (byte) 0);
				sink.mrExtend(gpa, scratch, 0);
			}
		}

		/** The window holding the whole chunk at {@code inSection} (which lies within {@code length}), read if needed. */
		private byte[] window(long inSection) {
			if (window == null || inSection < windowStart
					|| inSection + MrtdAccumulator.CHUNK_SIZE > windowStart + windowLength) {
				if (window == null) {
					window = new byte[(int) Math.min(WINDOW, length)];
				}
				windowStart = inSection;
				windowLength = (int) Math.min(window.length, length - inSection);
				image.read(offset + windowStart, window, 0, windowLength);
			}
			return window;
		}
	}

	private void copy(long inSection, byte[] out, int n) {
		if (source != null) {
			System.arraycopy(source, (int) (offset + inSection), out, 0, n);
		} else {
			image.read(offset + inSection, out, 0, n);
		}
	}

	/** Copy of the 256 bytes at {@code inSection}. */
	byte[] chunk(long inSection) {
		byte[] out = new byte[MrtdAccumulator.CHUNK_SIZE];
		if (inSection < length) {
			copy(inSection, out, (int) Math.min(MrtdAccumulator.CHUNK_SIZE, length - inSection));
		}
		return out;
	}
}
