/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.EcdsaSignature;
import org.cocolaunch.sev.model.SevStatus;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;

/**
 * The firmware's ID-block checks at SNP_LAUNCH_FINISH (domain reference §3.2.7): the expected launch digest and policy
 * must match the launch, the ID key must have signed the ID block, and — with auth_key_en — the author key must have
 * signed the ID key. Status codes: LD mismatch BAD_MEASUREMENT, policy mismatch POLICY_FAILURE (code choice
 * UNVERIFIED in the reference), bad signature BAD_SIGNATURE, unsupported algorithm or malformed key INVALID_PARAM.
 *
 * @param status        the firmware status (SUCCESS when everything holds)
 * @param message       one line saying what failed, or what was checked
 * @param idKeyDigest   SHA-384 of the ID key structure (48 zero bytes without an ID block)
 * @param authorDigest  SHA-384 of the author key structure (48 zero bytes without auth_key_en)
 */
public record IdBlockCheck(SevStatus status, String message, byte[] idKeyDigest, byte[] authorDigest) {

	private static final byte[] NONE = new byte[48];

	/** Checks the finish parameters against the launch's measurement and policy. */
	public static IdBlockCheck check(SnpLaunchFinish p, byte[] measurement, long policy) {
		if (!p.isIdBlockEn()) {
			return new IdBlockCheck(SevStatus.SUCCESS, "no ID block", NONE, NONE);
		}
		SnpIdBlock block = p.getIdBlock();
		SnpIdAuth auth = p.getIdAuth();
		if (block == null || auth == null || auth.getIdKey() == null || auth.getIdBlockSig() == null) {
			return fail(SevStatus.INVALID_PARAM, "id_block_en is set but the plan has no ID block, ID key or signature");
		}
		byte[] ld = Arrays.copyOf(block.getLd() == null ? new byte[0] : block.getLd(), 48);
		if (!Arrays.equals(ld, measurement)) {
			return fail(SevStatus.BAD_MEASUREMENT, "ID block LD " + hex(ld) + " differs from the launch digest "
					+ hex(measurement));
		}
		if (block.getPolicy() != policy) {
			return fail(SevStatus.POLICY_FAILURE, "ID block policy 0x" + Long.toHexString(block.getPolicy())
					+ " differs from the launch policy 0x" + Long.toHexString(policy));
		}
		if (auth.getIdKeyAlgo() != IdBlockCodec.ALGO_ECDSA_P384_SHA384) {
			return fail(SevStatus.INVALID_PARAM, "ID key algorithm " + auth.getIdKeyAlgo() + " is not ECDSA P-384 (1)");
		}
		SevStatus sig = verify(auth.getIdKey(), auth.getIdBlockSig(), IdBlockCodec.encode(block));
		if (sig != SevStatus.SUCCESS) {
			return fail(sig, sig == SevStatus.BAD_SIGNATURE ? "the ID block signature does not verify with the ID key"
					: "the ID key is not a valid P-384 key");
		}
		byte[] idKeyDigest = sha384(IdBlockCodec.encode(auth.getIdKey()));
		byte[] authorDigest = NONE;
		if (p.isAuthKeyEn()) {
			if (auth.getAuthorKey() == null || auth.getIdKeySig() == null) {
				return fail(SevStatus.INVALID_PARAM, "auth_key_en is set but the plan has no author key or ID key signature");
			}
			if (auth.getAuthKeyAlgo() != IdBlockCodec.ALGO_ECDSA_P384_SHA384) {
				return fail(SevStatus.INVALID_PARAM, "author key algorithm " + auth.getAuthKeyAlgo()
						+ " is not ECDSA P-384 (1)");
			}
			sig = verify(auth.getAuthorKey(), auth.getIdKeySig(), IdBlockCodec.encode(auth.getIdKey()));
			if (sig != SevStatus.SUCCESS) {
				return fail(sig, sig == SevStatus.BAD_SIGNATURE
						? "the ID key signature does not verify with the author key"
						: "the author key is not a valid P-384 key");
			}
			authorDigest = sha384(IdBlockCodec.encode(auth.getAuthorKey()));
		}
		return new IdBlockCheck(SevStatus.SUCCESS, "ID block verified", idKeyDigest, authorDigest);
	}

	private static SevStatus verify(EcdsaPublicKey key, EcdsaSignature sig, byte[] data) {
		Signature v;
		try {
			v = Signature.getInstance(IdBlockSigner.ALGORITHM);
			v.initVerify(IdBlockCodec.toJava(key));
		} catch (GeneralSecurityException | RuntimeException e) {
			return SevStatus.INVALID_PARAM;
		}
		try {
			v.update(data);
			return v.verify(IdBlockCodec.toP1363(sig)) ? SevStatus.SUCCESS : SevStatus.BAD_SIGNATURE;
		} catch (GeneralSecurityException | RuntimeException e) {
			return SevStatus.BAD_SIGNATURE;
		}
	}

	private static IdBlockCheck fail(SevStatus status, String message) {
		return new IdBlockCheck(status, message, NONE, NONE);
	}

	static byte[] sha384(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-384").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-384", e);
		}
	}

	private static String hex(byte[] b) {
		return HexFormat.of().formatHex(b);
	}
}
