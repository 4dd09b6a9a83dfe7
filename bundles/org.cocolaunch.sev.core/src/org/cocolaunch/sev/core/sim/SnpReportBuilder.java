/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.cocolaunch.sev.model.SnpIdBlock;

/**
 * The attestation report a guest of the simulated firmware would receive right after launch (domain reference §5.1,
 * version 3 layout): MEASUREMENT, HOST_DATA, ID_KEY_DIGEST, AUTHOR_KEY_DIGEST, POLICY, FAMILY_ID, IMAGE_ID,
 * GUEST_SVN. It is not signed (SIGNATURE is zero): the simulator has no VCEK.
 */
public final class SnpReportBuilder {

	public static final int SIZE = 0x4A0;
	public static final int VERSION = 3;

	private SnpReportBuilder() {
	}

	public static byte[] build(long policy, byte[] measurement, byte[] hostData, SnpIdBlock idBlock,
			IdBlockCheck check, boolean authorKeyEnabled) {
		ByteBuffer r = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
		r.putInt(0x000, VERSION);
		if (idBlock != null) {
			r.putInt(0x004, idBlock.getGuestSvn());
			put(r, 0x010, idBlock.getFamilyId(), 16);
			put(r, 0x020, idBlock.getImageId(), 16);
		}
		r.putLong(0x008, policy);
		r.putInt(0x030, 0); // VMPL of the requesting guest
		r.putInt(0x034, 1); // ECDSA P-384 with SHA-384
		r.putInt(0x048, authorKeyEnabled ? 1 : 0); // SIGNER_INFO.AUTHOR_KEY_EN; SIGNING_KEY 0 = VCEK
		put(r, 0x090, measurement, 48);
		put(r, 0x0C0, hostData, 32);
		put(r, 0x0E0, check.idKeyDigest(), 48);
		put(r, 0x110, check.authorDigest(), 48);
		return r.array();
	}

	private static void put(ByteBuffer b, int at, byte[] v, int max) {
		if (v != null) {
			b.put(at, v, 0, Math.min(v.length, max));
		}
	}
}
