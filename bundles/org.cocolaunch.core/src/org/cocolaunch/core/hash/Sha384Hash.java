/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

/**
 * A running SHA-384 that buffers small updates and hashes them in large blocks: MRTD feeds 128- and 256-byte pieces,
 * and per-call overhead (a JNI crossing for the native engine, the intrinsic's set-up for the JDK's) would otherwise
 * cost more than the hashing itself. Not thread-safe.
 */
public interface Sha384Hash {

	/** Adds {@code length} bytes of {@code data} from {@code offset}. */
	void update(byte[] data, int offset, int length);

	/** An independent hash in the same state; updating either leaves the other unchanged. */
	Sha384Hash copy();

	/** The 48-byte digest of everything added since creation or the last digest; the hash starts over afterwards. */
	byte[] digest();
}
