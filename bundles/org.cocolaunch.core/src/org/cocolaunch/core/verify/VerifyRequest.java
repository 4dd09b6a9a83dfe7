/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What an offline verification gets: the evidence bytes and its name (for messages), optionally the certificate of
 * the key that signed it (SNP: the VCEK or VLEK) and a chain to use instead of the shipped one (SNP: ASK or ASVK and
 * ARK), and the time against which validity periods are judged.
 */
public record VerifyRequest(byte[] evidence, String name, X509Certificate signingCertificate,
		List<X509Certificate> chain, Instant at) {

	public VerifyRequest {
		chain = chain == null ? List.of() : List.copyOf(chain);
		at = at == null ? Instant.now() : at;
	}

	/** Only the evidence, shipped chains, now. */
	public static VerifyRequest of(byte[] evidence, String name) {
		return new VerifyRequest(evidence, name, null, List.of(), null);
	}
}
