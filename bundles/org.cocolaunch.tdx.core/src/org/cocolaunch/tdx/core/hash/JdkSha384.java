/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hash;

/** The JDK's SHA-384 (SHA-512 intrinsic on x86); always available, the fallback of {@link Sha384Engines}. */
public final class JdkSha384 implements Sha384Engine {

	static final JdkSha384 INSTANCE = new JdkSha384();

	private JdkSha384() {
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
	public String toString() {
		return name();
	}
}
