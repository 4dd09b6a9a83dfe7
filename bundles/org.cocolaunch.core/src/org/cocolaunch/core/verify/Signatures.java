/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/** ECDSA with raw (r, s) values as the vendors lay them out, verified with the JDK's providers. */
public final class Signatures {

	private Signatures() {
	}

	/** An unsigned big-endian integer; {@code littleEndian} reverses the bytes first (AMD's layout). */
	public static BigInteger unsigned(byte[] bytes, boolean littleEndian) {
		byte[] be = bytes.clone();
		if (littleEndian) {
			for (int i = 0, j = be.length - 1; i < j; i++, j--) {
				byte t = be[i];
				be[i] = be[j];
				be[j] = t;
			}
		}
		return new BigInteger(1, be);
	}

	/** The DER SEQUENCE { INTEGER r, INTEGER s } that {@code SHA384withECDSA} and friends take. */
	public static byte[] ecdsaDer(BigInteger r, BigInteger s) {
		byte[] ri = r.toByteArray();
		byte[] si = s.toByteArray();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		tlv(body, 0x02, ri);
		tlv(body, 0x02, si);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		tlv(out, 0x30, body.toByteArray());
		return out.toByteArray();
	}

	private static void tlv(ByteArrayOutputStream out, int tag, byte[] content) {
		out.write(tag);
		int n = content.length;
		if (n < 0x80) {
			out.write(n);
		} else if (n < 0x100) {
			out.write(0x81);
			out.write(n);
		} else {
			out.write(0x82);
			out.write(n >>> 8);
			out.write(n & 0xFF);
		}
		out.writeBytes(content);
	}

	/**
	 * Whether (r, s) is a valid ECDSA signature of {@code message} under {@code key} with {@code algorithm} (e.g.
	 * {@code SHA384withECDSA}); r or s of zero or beyond the curve order is simply invalid.
	 */
	public static boolean ecdsaValid(PublicKey key, String algorithm, byte[] message, BigInteger r, BigInteger s)
			throws GeneralSecurityException {
		if (r.signum() <= 0 || s.signum() <= 0) {
			return false;
		}
		if (key instanceof ECPublicKey ec && (r.compareTo(ec.getParams().getOrder()) >= 0
				|| s.compareTo(ec.getParams().getOrder()) >= 0)) {
			return false;
		}
		Signature v = Signature.getInstance(algorithm);
		v.initVerify(key);
		v.update(message);
		try {
			return v.verify(ecdsaDer(r, s));
		} catch (java.security.SignatureException e) {
			return false;
		}
	}

	/** A public key on the named curve from its raw affine coordinates x || y (big-endian, equal halves). */
	public static ECPublicKey ecKey(String curve, byte[] xy) throws GeneralSecurityException {
		AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
		p.init(new ECGenParameterSpec(curve));
		ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
		int half = xy.length / 2;
		ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(xy, 0, half)),
				new BigInteger(1, Arrays.copyOfRange(xy, half, xy.length)));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
	}

	/** The curve size in bits of an EC key, or -1 for other keys. */
	public static int ecBits(PublicKey key) {
		return key instanceof ECPublicKey ec ? ec.getParams().getOrder().bitLength() : -1;
	}
}
