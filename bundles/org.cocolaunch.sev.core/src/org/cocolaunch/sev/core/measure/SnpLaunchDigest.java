/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

import org.cocolaunch.core.hash.JdkSha384;
import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.model.SnpPageType;

/**
 * The SNP launch digest: {@code LD := SHA-384(PAGE_INFO)} for every measured page, PAGE_INFO being the 0x70-byte
 * record of SNP ABI §8.17.2 table 67 (domain reference §3.2.1). Allocation-free per update: the PAGE_INFO buffer and
 * the digest are reused, and the new LD is written straight back into the DIGEST_CUR field.
 */
public final class SnpLaunchDigest {

	/** SHA-384 size. */
	public static final int SIZE = 48;

	// PAGE_INFO layout (SNP ABI §8.17.2 table 67).
	private static final int DIGEST_CUR = 0x00;
	private static final int CONTENTS = 0x30;
	private static final int LENGTH = 0x60;
	private static final int PAGE_TYPE = 0x62;
	private static final int IMI_PAGE = 0x63;
	private static final int VMPL_PERMS = 0x64;
	private static final int GPA = 0x68;
	private static final int PAGE_INFO_SIZE = 0x70;

	private final MessageDigest sha384 = JdkSha384.newMessageDigest();
	private final ByteBuffer pageInfo = ByteBuffer.allocate(PAGE_INFO_SIZE).order(ByteOrder.LITTLE_ENDIAN);
	private final byte[] info = pageInfo.array();

	/** A digest starting from 48 zero bytes, as the firmware does at SNP_LAUNCH_START. */
	public SnpLaunchDigest() {
		pageInfo.putShort(LENGTH, (short) PAGE_INFO_SIZE);
	}

	/** A digest continuing from {@code seed} (e.g. a precomputed OVMF-only digest, {@code --snp-ovmf-hash}). */
	public SnpLaunchDigest(byte[] seed) {
		this();
		if (seed.length != SIZE) {
			throw new IllegalArgumentException("a launch digest has 48 bytes, not " + seed.length);
		}
		System.arraycopy(seed, 0, info, DIGEST_CUR, SIZE);
	}

	/**
	 * Continues from {@code seed} instead (the whole chain state is the 48-byte LD, so this resumes a chain from any
	 * digest it produced; the configuration search reuses one instance per thread this way).
	 */
	public void reset(byte[] seed) {
		if (seed.length != SIZE) {
			throw new IllegalArgumentException("a launch digest has 48 bytes, not " + seed.length);
		}
		System.arraycopy(seed, 0, info, DIGEST_CUR, SIZE);
	}

	/** Whether the current digest equals {@code expected} (48 bytes), without copying it. */
	public boolean digestEquals(byte[] expected) {
		return Arrays.equals(info, DIGEST_CUR, DIGEST_CUR + SIZE, expected, 0, expected.length);
	}

	/**
	 * Extends the digest with one page.
	 *
	 * @param contentsDigest SHA-384 of the page for NORMAL/VMSA; ignored (zeros used) for the other types
	 */
	public void update(SnpPageType type, long gpa, byte[] contentsDigest, int digestOffset) {
		if (SnpPageKinds.measuresContents(type)) {
			System.arraycopy(contentsDigest, digestOffset, info, CONTENTS, SIZE);
		} else {
			Arrays.fill(info, CONTENTS, CONTENTS + SIZE, (byte) 0);
		}
		info[PAGE_TYPE] = (byte) type.getValue();
		info[IMI_PAGE] = 0; // launches by KVM are never IMI
		pageInfo.putInt(VMPL_PERMS, 0); // KVM grants no VMPL permissions at launch (§3.2.1 note)
		pageInfo.putLong(GPA, gpa);
		sha384.update(info, 0, PAGE_INFO_SIZE);
		try {
			sha384.digest(info, DIGEST_CUR, SIZE);
		} catch (DigestException e) {
			throw new IllegalStateException("SHA-384 output does not fit 48 bytes", e);
		}
	}

	/** Extends the digest with a page whose contents are not measured. */
	public void update(SnpPageType type, long gpa) {
		update(type, gpa, null, 0);
	}

	/** The current launch digest (a copy). */
	public byte[] digest() {
		return Arrays.copyOfRange(info, DIGEST_CUR, DIGEST_CUR + SIZE);
	}

	/** Copies the current digest into {@code out} at {@code offset}. */
	public void digestInto(byte[] out, int offset) {
		System.arraycopy(info, DIGEST_CUR, out, offset, SIZE);
	}
}
