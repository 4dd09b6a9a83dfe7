/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.nio.ByteBuffer;

/**
 * SHA-384 of each of a run of equal-sized chunks, each its own digest: how SNP hashes every page's contents before
 * chaining the page. One per thread.
 */
public interface Sha384EachChunk {

	/** Size of one digest (48 bytes). */
	int LENGTH = 48;

	/**
	 * Writes the digest of {@code data[offset + i * chunk, offset + (i + 1) * chunk)} to
	 * {@code out[outOffset + i * LENGTH, ...)} for every {@code i < count}.
	 */
	void digestEach(byte[] data, int offset, int chunk, int count, byte[] out, int outOffset);

	/**
	 * The same for the chunks that start at the position of {@code data}, whose position is left where it was. A
	 * direct buffer spares OpenSSL the copy into native memory.
	 */
	void digestEach(ByteBuffer data, int chunk, int count, byte[] out, int outOffset);
}
