/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.security.MessageDigest;

/** A {@link MessageDigest} behind a reused heap buffer, so that it sees {@value #STAGING_SIZE}-byte updates. */
final class JdkSha384Hash implements Sha384Hash {

	/** Bytes per MessageDigest update; a multiple of the 128-byte SHA-384 block. */
	static final int STAGING_SIZE = 16 * 1024;

	private final MessageDigest digest;
	private final byte[] staging = new byte[STAGING_SIZE];
	private int staged;

	JdkSha384Hash() {
		this.digest = JdkSha384.newMessageDigest();
	}

	private JdkSha384Hash(JdkSha384Hash other) {
		try {
			this.digest = (MessageDigest) other.digest.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("the Java runtime's SHA-384 cannot be cloned", e);
		}
		System.arraycopy(other.staging, 0, staging, 0, other.staged);
		this.staged = other.staged;
	}

	@Override
	public void update(byte[] data, int offset, int length) {
		if (length > STAGING_SIZE - staged) {
			flush();
			if (length >= STAGING_SIZE) { // already large: hash in place
				digest.update(data, offset, length);
				return;
			}
		}
		System.arraycopy(data, offset, staging, staged, length);
		staged += length;
	}

	private void flush() {
		digest.update(staging, 0, staged);
		staged = 0;
	}

	@Override
	public Sha384Hash copy() {
		return new JdkSha384Hash(this);
	}

	@Override
	public byte[] digest() {
		flush();
		return digest.digest();
	}
}
