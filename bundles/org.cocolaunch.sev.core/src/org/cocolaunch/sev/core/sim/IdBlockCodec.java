/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.EcdsaSignature;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;

/**
 * Byte layouts of the SNP_LAUNCH_FINISH inputs (domain reference §3.2.7): the 96-byte ID block, the 1028-byte AMD
 * public-key structure and the 512-byte AMD ECDSA signature (R and S little-endian, zero-padded to 72 bytes), and their
 * conversion to and from java.security's P-384 keys and IEEE P1363 signatures.
 */
public final class IdBlockCodec {

	public static final int ID_BLOCK_SIZE = 96;
	public static final int PUBLIC_KEY_SIZE = 1028;
	public static final int ID_AUTH_SIZE = 4096;
	public static final int SIGNATURE_SIZE = 512;
	/** ECDSA P-384 with SHA-384 (ID_KEY_ALGO / AUTH_KEY_ALGO). */
	public static final int ALGO_ECDSA_P384_SHA384 = 1;
	/** CURVE value of P-384 in the AMD public-key structure. */
	public static final int CURVE_P384 = 2;

	private static final int COMPONENT = 72;
	private static final int P384_BYTES = 48;

	private IdBlockCodec() {
	}

	/** The 96 bytes of an ID block: LD, FAMILY_ID, IMAGE_ID, VERSION, GUEST_SVN, POLICY. */
	public static byte[] encode(SnpIdBlock b) {
		ByteBuffer out = ByteBuffer.allocate(ID_BLOCK_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		put(out, 0x00, b.getLd(), 48);
		put(out, 0x30, b.getFamilyId(), 16);
		put(out, 0x40, b.getImageId(), 16);
		out.putInt(0x50, b.getVersion());
		out.putInt(0x54, b.getGuestSvn());
		out.putLong(0x58, b.getPolicy());
		return out.array();
	}

	/** The 1028 bytes of an AMD public-key structure: CURVE, QX, QY. */
	public static byte[] encode(EcdsaPublicKey k) {
		ByteBuffer out = ByteBuffer.allocate(PUBLIC_KEY_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		out.putInt(0, k.getCurve());
		put(out, 4, k.getQx(), COMPONENT);
		put(out, 4 + COMPONENT, k.getQy(), COMPONENT);
		return out.array();
	}

	/** The 512 bytes of an AMD ECDSA signature: R at 0, S at 0x48, little-endian. */
	public static byte[] encode(EcdsaSignature sig) {
		ByteBuffer out = ByteBuffer.allocate(SIGNATURE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		put(out, 0, sig.getR(), COMPONENT);
		put(out, COMPONENT, sig.getS(), COMPONENT);
		return out.array();
	}

	/**
	 * The 4096 bytes of the ID authentication structure: ID_KEY_ALGO @0, AUTH_KEY_ALGO @4, ID_BLOCK_SIG @0x40,
	 * ID_KEY @0x240, ID_KEY_SIG @0x680, AUTHOR_KEY @0x880 (domain reference §3.2.7). Missing parts stay zero.
	 */
	public static byte[] encode(SnpIdAuth auth) {
		ByteBuffer out = ByteBuffer.allocate(ID_AUTH_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		out.putInt(0x000, auth.getIdKeyAlgo());
		out.putInt(0x004, auth.getAuthKeyAlgo());
		if (auth.getIdBlockSig() != null) {
			out.put(0x040, encode(auth.getIdBlockSig()));
		}
		if (auth.getIdKey() != null) {
			out.put(0x240, encode(auth.getIdKey()));
		}
		if (auth.getIdKeySig() != null) {
			out.put(0x680, encode(auth.getIdKeySig()));
		}
		if (auth.getAuthorKey() != null) {
			out.put(0x880, encode(auth.getAuthorKey()));
		}
		return out.array();
	}

	/** The ID block of its 96 bytes (the inverse of {@link #encode(SnpIdBlock)}). */
	public static SnpIdBlock decodeIdBlock(byte[] data) {
		ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		SnpIdBlock b = SevFactory.eINSTANCE.createSnpIdBlock();
		b.setLd(Arrays.copyOfRange(data, 0x00, 0x30));
		b.setFamilyId(Arrays.copyOfRange(data, 0x30, 0x40));
		b.setImageId(Arrays.copyOfRange(data, 0x40, 0x50));
		b.setVersion(in.getInt(0x50));
		b.setGuestSvn(in.getInt(0x54));
		b.setPolicy(in.getLong(0x58));
		return b;
	}

	/** The ID authentication structure of its 4096 bytes (the inverse of {@link #encode(SnpIdAuth)}). */
	public static SnpIdAuth decodeIdAuth(byte[] data) {
		ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		SnpIdAuth a = SevFactory.eINSTANCE.createSnpIdAuth();
		a.setIdKeyAlgo(in.getInt(0x000));
		a.setAuthKeyAlgo(in.getInt(0x004));
		a.setIdBlockSig(signature(data, 0x040));
		a.setIdKey(publicKey(data, 0x240));
		a.setIdKeySig(signature(data, 0x680));
		a.setAuthorKey(publicKey(data, 0x880));
		return a;
	}

	/** Whether the structure carries an author key (a non-zero curve), as AUTH_KEY_EN then requires. */
	public static boolean hasAuthorKey(SnpIdAuth auth) {
		return auth.getAuthorKey() != null && auth.getAuthorKey().getCurve() != 0;
	}

	private static EcdsaSignature signature(byte[] data, int at) {
		EcdsaSignature s = SevFactory.eINSTANCE.createEcdsaSignature();
		s.setR(Arrays.copyOfRange(data, at, at + COMPONENT));
		s.setS(Arrays.copyOfRange(data, at + COMPONENT, at + 2 * COMPONENT));
		return s;
	}

	private static EcdsaPublicKey publicKey(byte[] data, int at) {
		EcdsaPublicKey k = SevFactory.eINSTANCE.createEcdsaPublicKey();
		k.setCurve(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(at));
		k.setQx(Arrays.copyOfRange(data, at + 4, at + 4 + COMPONENT));
		k.setQy(Arrays.copyOfRange(data, at + 4 + COMPONENT, at + 4 + 2 * COMPONENT));
		return k;
	}

	/** A java.security P-384 public key from the AMD structure. */
	public static ECPublicKey toJava(EcdsaPublicKey k) throws GeneralSecurityException {
		if (k.getCurve() != CURVE_P384) {
			throw new GeneralSecurityException("key curve " + k.getCurve() + " is not P-384 (2)");
		}
		ECPoint w = new ECPoint(littleEndian(k.getQx()), littleEndian(k.getQy()));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p384()));
	}

	/** The AMD structure of a java.security P-384 public key. */
	public static EcdsaPublicKey fromJava(ECPublicKey key) {
		EcdsaPublicKey k = SevFactory.eINSTANCE.createEcdsaPublicKey();
		k.setCurve(CURVE_P384);
		k.setQx(toLittleEndian(key.getW().getAffineX()));
		k.setQy(toLittleEndian(key.getW().getAffineY()));
		return k;
	}

	/** The AMD signature of a P1363 (r || s, big-endian, 96 bytes) P-384 signature. */
	public static EcdsaSignature fromP1363(byte[] rs) {
		EcdsaSignature s = SevFactory.eINSTANCE.createEcdsaSignature();
		s.setR(toLittleEndian(new BigInteger(1, Arrays.copyOfRange(rs, 0, P384_BYTES))));
		s.setS(toLittleEndian(new BigInteger(1, Arrays.copyOfRange(rs, P384_BYTES, 2 * P384_BYTES))));
		return s;
	}

	/** The P1363 form (r || s, big-endian, 96 bytes) of an AMD signature. */
	public static byte[] toP1363(EcdsaSignature s) throws GeneralSecurityException {
		byte[] out = new byte[2 * P384_BYTES];
		fixed(littleEndian(s.getR()), out, 0);
		fixed(littleEndian(s.getS()), out, P384_BYTES);
		return out;
	}

	static ECParameterSpec p384() throws GeneralSecurityException {
		AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
		params.init(new ECGenParameterSpec("secp384r1"));
		return params.getParameterSpec(ECParameterSpec.class);
	}

	private static void fixed(BigInteger v, byte[] out, int at) throws GeneralSecurityException {
		byte[] b = v.toByteArray();
		int start = 0;
		while (start < b.length - 1 && b[start] == 0) {
			start++;
		}
		int len = b.length - start;
		if (len > P384_BYTES) {
			throw new GeneralSecurityException("signature component is longer than 48 bytes");
		}
		System.arraycopy(b, start, out, at + P384_BYTES - len, len);
	}

	private static BigInteger littleEndian(byte[] le) {
		if (le == null) {
			return BigInteger.ZERO;
		}
		byte[] be = new byte[le.length];
		for (int i = 0; i < le.length; i++) {
			be[i] = le[le.length - 1 - i];
		}
		return new BigInteger(1, be);
	}

	private static byte[] toLittleEndian(BigInteger v) {
		byte[] be = v.toByteArray();
		byte[] le = new byte[COMPONENT];
		for (int i = 0; i < be.length && i < COMPONENT; i++) {
			le[i] = be[be.length - 1 - i];
		}
		return le;
	}

	private static void put(ByteBuffer out, int at, byte[] value, int max) {
		if (value != null) {
			out.put(at, value, 0, Math.min(value.length, max));
		}
	}
}
