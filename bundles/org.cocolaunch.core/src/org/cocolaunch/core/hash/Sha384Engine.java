/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

/** A SHA-384 implementation: makes {@link Sha384Hash}es. {@link Sha384Engines} picks one per JVM. */
public interface Sha384Engine {

	/** Short name for messages and benchmarks, e.g. "jdk" or "openssl (OpenSSL 3.0.13 ...)". */
	String name();

	/** A fresh hash of nothing. */
	Sha384Hash newHash();

	/** A fresh digester of chunks one by one, for one thread. */
	Sha384EachChunk newEachChunk();
}
