/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The JDK's SHA-384 (SHA-512 intrinsic on x86); always available, the fallback of {@link Sha384Engines}. */
public final class JdkSha384 implements Sha384Engine {

	static final JdkSha384 INSTANCE = new JdkSha384();

	private JdkSha384() {
	}

	/**
	 * A fresh SHA-384 {@link MessageDigest}; every JDK is required to provide it, so absence is a broken runtime. The
	 * one place that asks the JDK for SHA-384 (SNP's launch digest and TDX's {@code Sha384} take theirs here).
	 */
	public static MessageDigest newMessageDigest() {
		try {
			return MessageDigest.getInstance("SHA-384");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the Java runtime has no SHA-384", e);
		}
	}

	@Override
	public String name() {
		return "jdk";
	}

	@Override
	public Sha384Hash newHash() {
		return new JdkSha384Hash();
	}

	@Override
	public Sha384EachChunk newEachChunk() {
		return new JdkSha384EachChunk();
	}

	@Override
	public String toString() {
		return name();
	}
}
