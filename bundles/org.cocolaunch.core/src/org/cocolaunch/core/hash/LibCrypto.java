/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The libcrypto (OpenSSL ≥ 1.1) EVP digest calls, bound by JNA direct mapping: a direct call is several times cheaper
 * than an interface-mapped one, and {@code size_t} is passed as {@code long} (checked to be 8 bytes before binding).
 * Bound once per JVM by {@link #bind}.
 */
final class LibCrypto {

	private static NativeLibrary bound;

	private LibCrypto() {
	}

	/** Binds the natives to {@code library}; a second call must name the same library (JNA binds a class once). */
	static synchronized void bind(NativeLibrary library) {
		if (bound == null) {
			Native.register(LibCrypto.class, library);
			bound = library;
		} else if (!bound.getFile().equals(library.getFile())) {
			throw new IllegalStateException("libcrypto is already bound to " + bound.getFile());
		}
	}

	static native String OpenSSL_version(int type);

	static native Pointer EVP_sha384();

	static native Pointer EVP_MD_CTX_new();

	static native void EVP_MD_CTX_free(Pointer ctx);

	static native int EVP_MD_CTX_copy_ex(Pointer out, Pointer in);

	static native int EVP_DigestInit_ex(Pointer ctx, Pointer type, Pointer engine);

	static native int EVP_DigestUpdate(Pointer ctx, Pointer data, long count);

	/** One-shot digest of {@code count} bytes at {@code data} into {@code md}. */
	static native int EVP_Digest(Pointer data, long count, Pointer md, Pointer size, Pointer type, Pointer engine);

	static native int EVP_DigestFinal_ex(Pointer ctx, byte[] md, Pointer size);
}
