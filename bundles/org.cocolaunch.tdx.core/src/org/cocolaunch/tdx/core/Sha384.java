/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core;

import java.security.MessageDigest;

import org.cocolaunch.core.hash.JdkSha384;

/** SHA-384, the only hash TDX uses for MRTD and the RTMRs (TDX module spec, "Measurement and Attestation"). */
public final class Sha384 {

	/** Digest length in bytes (48), also the size of MRTD and of every RTMR. */
	public static final int LENGTH = 48;

	private Sha384() {
	}

	/** A fresh SHA-384 digest; every JDK is required to provide it, so absence is a broken runtime. */
	public static MessageDigest newDigest() {
		return JdkSha384.newMessageDigest();
	}

	public static byte[] of(byte[] data) {
		return newDigest().digest(data);
	}

	public static byte[] of(byte[] data, int offset, int length) {
		MessageDigest md = newDigest();
		md.update(data, offset, length);
		return md.digest();
	}
}
