/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * OpenSSL's SHA-384 through JNA: its SHA-512 assembly (AVX2 / SHA-512 extensions where present) is faster than the
 * JDK's intrinsic, and MRTD is one sequential SHA-384, so a faster hash is the only way to a faster MRTD. Only
 * {@link Sha384Engines} touches this class, and only after checking that JNA is there.
 */
public final class OpenSslSha384 implements Sha384Engine {

	private static final int OPENSSL_VERSION = 0;

	private final Pointer md;
	private final String name;

	private OpenSslSha384(Pointer md, String name) {
		this.md = md;
		this.name = name;
	}

	/**
	 * Binds libcrypto named {@code library} (a JNA library name such as "crypto", or a path) and checks it against the
	 * JDK on a few inputs.
	 *
	 * @throws UnsatisfiedLinkError  when the library or one of its EVP functions cannot be found
	 * @throws IllegalStateException when the library is unusable or gives wrong digests
	 */
	static OpenSslSha384 load(String library) {
		if (Native.SIZE_T_SIZE != Long.BYTES) {
			throw new IllegalStateException("size_t is not 64 bits on this platform");
		}
		NativeLibrary lib = NativeLibrary.getInstance(library);
		LibCrypto.bind(lib);
		Pointer md = LibCrypto.EVP_sha384();
		if (md == null) {
			throw new IllegalStateException(lib.getFile() + " has no SHA-384");
		}
		OpenSslSha384 engine = new OpenSslSha384(md, "openssl (" + LibCrypto.OpenSSL_version(OPENSSL_VERSION) + ", "
				+ lib.getFile() + ")");
		engine.selfTest();
		return engine;
	}

	/** A wrong digest would give a wrong MRTD silently, so a mismatch here disqualifies the library. */
	private void selfTest() {
		byte[] data = new byte[3 * OpenSslSha384Hash.STAGING_SIZE + 77];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 31 + (i >>> 8));
		}
		Sha384Hash h = newHash();
		h.update(data, 0, 1000);
		h.update(data, 1000, data.length - 1000);
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
		Sha384Hash h2 = newHash();
		h2.update(abc, 0, abc.length);
		int chunk = 1000;
		byte[] each = new byte[3 * Sha384EachChunk.LENGTH];
		byte[] jdkEach = new byte[each.length];
		newEachChunk().digestEach(data, 5, chunk, 3, each, 0);
		JdkSha384.INSTANCE.newEachChunk().digestEach(data, 5, chunk, 3, jdkEach, 0);
		if (!Arrays.equals(h.digest(), JdkSha384.newMessageDigest().digest(data))
				|| !Arrays.equals(h2.digest(), JdkSha384.newMessageDigest().digest(abc)) || !Arrays.equals(each, jdkEach)) {
			throw new IllegalStateException(name + " gives SHA-384 digests different from the JDK's");
		}
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Sha384Hash newHash() {
		return new OpenSslSha384Hash(md);
	}

	@Override
	public Sha384EachChunk newEachChunk() {
		return new OpenSslSha384EachChunk(md);
	}

	@Override
	public String toString() {
		return name;
	}
}
