/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;

/** {@link Sha384EachChunk} with the JDK's {@link MessageDigest}. */
final class JdkSha384EachChunk implements Sha384EachChunk {

	private final MessageDigest digest = JdkSha384.newMessageDigest();

	@Override
	public void digestEach(byte[] data, int offset, int chunk, int count, byte[] out, int outOffset) {
		for (int i = 0; i < count; i++) {
			digest.update(data, offset + i * chunk, chunk);
			finish(out, outOffset + i * LENGTH);
		}
	}

	@Override
	public void digestEach(ByteBuffer data, int chunk, int count, byte[] out, int outOffset) {
		int start = data.position();
		for (int i = 0; i < count; i++) {
			digest.update(data.slice(start + i * chunk, chunk));
			finish(out, outOffset + i * LENGTH);
		}
	}

	private void finish(byte[] out, int at) {
		try {
			digest.digest(out, at, LENGTH);
		} catch (DigestException e) {
			throw new IllegalStateException("SHA-384 output does not fit 48 bytes", e);
		}
	}
}
