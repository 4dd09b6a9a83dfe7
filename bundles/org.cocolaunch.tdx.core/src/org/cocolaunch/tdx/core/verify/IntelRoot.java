/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.Certificates;

/** Intel's SGX Root CA, shipped in {@code certs/intel/} and pinned by the SHA-256 of its public key. */
public final class IntelRoot {

	/** SHA-256 of the SubjectPublicKeyInfo of CN=Intel SGX Root CA. */
	public static final String KEY_HASH = "a0af031289f5d5d4132f9186068a7fc13628633ba235777472e29b6b6c67a49e";

	private static volatile X509Certificate root;

	private IntelRoot() {
	}

	public static X509Certificate certificate() throws EvidenceFormatException {
		X509Certificate r = root;
		if (r == null) {
			try (InputStream in = IntelRoot.class.getResourceAsStream("/certs/intel/Intel_SGX_Root_CA.pem")) {
				if (in == null) {
					throw new EvidenceFormatException("shipped certs/intel/Intel_SGX_Root_CA.pem is missing from the bundle");
				}
				r = Certificates.parseOne(in.readAllBytes(), "shipped Intel SGX Root CA");
			} catch (IOException e) {
				throw new EvidenceFormatException("cannot read the shipped Intel SGX Root CA: " + e.getMessage());
			}
			if (!Certificates.keyHash(r).equals(KEY_HASH)) {
				throw new EvidenceFormatException("shipped Intel SGX Root CA does not carry the pinned key");
			}
			root = r;
		}
		return r;
	}
}
