/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SEV LAUNCH_MEASURE output (domain reference §3.1, sev-tool {@code calculate_measurement}):
 * {@code MEASURE = HMAC-SHA256(TIK, 0x04 || API_MAJOR || API_MINOR || BUILD || POLICY (u32 LE) || LD || MNONCE)},
 * returned as {@code MEASURE || MNONCE} (48 bytes). A guest owner verifies a launch by recomputing it.
 */
public final class LaunchMeasureHmac {

	/** LAUNCH_MEASURE_CTX. */
	private static final byte CONTEXT = 0x04;
	public static final int MNONCE_SIZE = 16;
	public static final int TIK_SIZE = 16;
	public static final int BLOB_SIZE = 32 + MNONCE_SIZE;

	private LaunchMeasureHmac() {
	}

	/** The 32-byte MEASURE. */
	public static byte[] measure(byte[] tik, SimulatedPlatform platform, long policy, byte[] launchDigest,
			byte[] mnonce) {
		ByteBuffer msg = ByteBuffer.allocate(1 + 3 + 4 + launchDigest.length + mnonce.length)
				.order(ByteOrder.LITTLE_ENDIAN);
		msg.put(CONTEXT).put((byte) platform.apiMajor()).put((byte) platform.apiMinor()).put((byte) platform.build());
		msg.putInt((int) policy).put(launchDigest).put(mnonce);
		return hmac(tik, msg.array());
	}

	/** The 48-byte blob LAUNCH_MEASURE writes: MEASURE || MNONCE. */
	public static byte[] blob(byte[] tik, SimulatedPlatform platform, long policy, byte[] launchDigest, byte[] mnonce) {
		byte[] out = new byte[BLOB_SIZE];
		System.arraycopy(measure(tik, platform, policy, launchDigest, mnonce), 0, out, 0, 32);
		System.arraycopy(mnonce, 0, out, 32, MNONCE_SIZE);
		return out;
	}

	static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("the JDK always provides HmacSHA256", e);
		}
	}
}
