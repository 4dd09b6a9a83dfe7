/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.Certificates;

/**
 * The AMD chains shipped in this bundle ({@code certs/amd/}), each checked against the key hashes pinned in
 * {@link AmdProduct} when first read.
 */
public final class AmdChains {

	/** An intermediate (ASK or ASVK) and the ARK above it. */
	public record Chain(X509Certificate intermediate, X509Certificate ark) {
	}

	private static final Map<String, Chain> CACHE = new ConcurrentHashMap<>();

	private AmdChains() {
	}

	/** The shipped chain of {@code product} for VCEKs ({@code vlek} false) or VLEKs. */
	public static Chain shipped(AmdProduct product, boolean vlek) throws EvidenceFormatException {
		String resource = product.chainResource(vlek);
		Chain cached = CACHE.get(resource);
		if (cached != null) {
			return cached;
		}
		byte[] data;
		try (InputStream in = AmdChains.class.getResourceAsStream("/certs/amd/" + resource)) {
			if (in == null) {
				throw new EvidenceFormatException("shipped AMD chain certs/amd/" + resource + " is missing from the bundle");
			}
			data = in.readAllBytes();
		} catch (IOException e) {
			throw new EvidenceFormatException("cannot read shipped AMD chain " + resource + ": " + e.getMessage());
		}
		Chain chain = split(Certificates.parseAll(data, "shipped " + resource), "shipped " + resource);
		if (!Certificates.keyHash(chain.ark()).equals(product.arkKeyHash())
				|| !Certificates.keyHash(chain.intermediate()).equals(product.intermediateKeyHash(vlek))) {
			throw new EvidenceFormatException("shipped AMD chain " + resource + " does not carry the pinned keys");
		}
		CACHE.put(resource, chain);
		return chain;
	}

	/**
	 * Orders a user's chain file: the self-signed certificate is the ARK, the other the ASK/ASVK (files list them in
	 * either order).
	 */
	public static Chain split(List<X509Certificate> certs, String name) throws EvidenceFormatException {
		if (certs.size() != 2) {
			throw new EvidenceFormatException(name + ": an AMD chain has 2 certificates (ASK or ASVK, and ARK), this has "
					+ certs.size());
		}
		X509Certificate a = certs.get(0);
		X509Certificate b = certs.get(1);
		boolean aRoot = selfIssued(a);
		boolean bRoot = selfIssued(b);
		if (aRoot == bRoot) {
			throw new EvidenceFormatException(name + ": expected one self-issued ARK and one ASK/ASVK, found "
					+ Certificates.subjectCn(a) + " and " + Certificates.subjectCn(b));
		}
		return aRoot ? new Chain(b, a) : new Chain(a, b);
	}

	private static boolean selfIssued(X509Certificate c) {
		return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
	}

	/** The product whose pinned ARK key this is, or null. */
	public static AmdProduct arkProduct(X509Certificate ark) {
		String hash = Certificates.keyHash(ark);
		for (AmdProduct p : AmdProduct.values()) {
			if (p.arkKeyHash().equals(hash)) {
				return p;
			}
		}
		return null;
	}
}
