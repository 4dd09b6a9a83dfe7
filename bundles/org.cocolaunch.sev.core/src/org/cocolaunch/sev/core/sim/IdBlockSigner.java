/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;

import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;

/**
 * Signs an ID block the way a guest owner does for SNP_LAUNCH_FINISH (like sev-snp-measure's {@code id_block.py}):
 * the ID key signs the 96-byte ID block, an optional author key signs the 1028-byte ID key structure. Keys are
 * java.security P-384 key pairs.
 */
public final class IdBlockSigner {

	static final String ALGORITHM = "SHA384withECDSAinP1363Format";

	private IdBlockSigner() {
	}

	/** The ID authentication structure for {@code block}; {@code authorKey} may be {@code null}. */
	public static SnpIdAuth sign(SnpIdBlock block, KeyPair idKey, KeyPair authorKey) throws GeneralSecurityException {
		SnpIdAuth auth = SevFactory.eINSTANCE.createSnpIdAuth();
		auth.setIdKeyAlgo(IdBlockCodec.ALGO_ECDSA_P384_SHA384);
		auth.setIdKey(IdBlockCodec.fromJava((ECPublicKey) idKey.getPublic()));
		auth.setIdBlockSig(IdBlockCodec.fromP1363(signRaw(idKey, IdBlockCodec.encode(block))));
		if (authorKey != null) {
			auth.setAuthKeyAlgo(IdBlockCodec.ALGO_ECDSA_P384_SHA384);
			auth.setAuthorKey(IdBlockCodec.fromJava((ECPublicKey) authorKey.getPublic()));
			auth.setIdKeySig(IdBlockCodec.fromP1363(signRaw(authorKey, IdBlockCodec.encode(auth.getIdKey()))));
		}
		return auth;
	}

	private static byte[] signRaw(KeyPair key, byte[] data) throws GeneralSecurityException {
		Signature s = Signature.getInstance(ALGORITHM);
		s.initSign(key.getPrivate());
		s.update(data);
		return s.sign();
	}
}
