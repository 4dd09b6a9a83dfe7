/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.verify;

import java.util.Locale;

/**
 * The SEV-SNP processor generations whose AMD chains are shipped, with the pinned SHA-256 key hashes of their ARK,
 * ASK and ASVK (SubjectPublicKeyInfo; the certificates are go-sev-guest's {@code verify/trust} copies of AMD KDS's
 * cert_chain, see {@code certs/amd/README.md}).
 */
public enum AmdProduct {

	MILAN("Milan", "ask_ark_milan.pem", "ask_ark_milan_vlek.pem",
			"9f056bee44377e29308cb5ffa895bdfb62d18881fa6bed8d6f075b0204089cb9",
			"42491669ccb851d627ea9846cd24eccbeb7de7c2a62740120fff88001d38ebb6",
			"66450a123ea5876206df67f2514a4fea224c0f63b18313423078b0edc4535e33"),
	GENOA("Genoa", "ask_ark_genoa.pem", "ask_ark_genoa_vlek.pem",
			"429a69c9422aa258ee4d8db5fcda9c6470ef15f8cd5a9cebd6cbc7d90b863831",
			"0324d55bcd48ba877a8fd87c0e1b4934dec8448e3807a24384a34dc6a6c9ebb8",
			"7d1633252ebbadaa75f96e9b4e6f7d43a90ceb3f843937482630f8da2459264e"),
	TURIN("Turin", "ask_ark_turin_vcek.pem", "ask_ark_turin_vlek.pem",
			"4f125410563a2ab9a50356f9243f6fe0b6f73de98603f53f90339c70e9d7ad08",
			"0000ead352025f208bf55297c4192c34cd1b878002107366d8f2065a9ae7d3a9",
			"bfc441408b2f806c5dbf180bd8920e6e60dd404d82141780d85dbf962954d386");

	private final String displayName;
	private final String vcekChain;
	private final String vlekChain;
	private final String arkKeyHash;
	private final String askKeyHash;
	private final String asvkKeyHash;

	AmdProduct(String displayName, String vcekChain, String vlekChain, String arkKeyHash, String askKeyHash,
			String asvkKeyHash) {
		this.displayName = displayName;
		this.vcekChain = vcekChain;
		this.vlekChain = vlekChain;
		this.arkKeyHash = arkKeyHash;
		this.askKeyHash = askKeyHash;
		this.asvkKeyHash = asvkKeyHash;
	}

	/** "Milan", "Genoa", "Turin", as in AMD's certificate names. */
	public String displayName() {
		return displayName;
	}

	public boolean turin() {
		return this == TURIN;
	}

	String chainResource(boolean vlek) {
		return vlek ? vlekChain : vcekChain;
	}

	public String arkKeyHash() {
		return arkKeyHash;
	}

	/** The pinned key hash of the ASK (VCEK chain) or the ASVK (VLEK chain). */
	public String intermediateKeyHash(boolean vlek) {
		return vlek ? asvkKeyHash : askKeyHash;
	}

	/**
	 * The product a certificate name names: {@code SEV-Milan}, {@code SEV-VLEK-Genoa}, {@code ARK-Turin}, or a VCEK's
	 * product-name extension such as {@code Milan-B0}; null when none.
	 */
	public static AmdProduct fromName(String name) {
		if (name == null) {
			return null;
		}
		String n = name.toLowerCase(Locale.ROOT);
		for (AmdProduct p : values()) {
			String d = p.displayName.toLowerCase(Locale.ROOT);
			if (n.equals(d) || n.startsWith(d + "-") || n.endsWith("-" + d)) {
				return p;
			}
		}
		return null;
	}

	/**
	 * The generation of the report's CPUID family and model (v3+): family 0x19 models 0x00-0x0F Milan, 0x10-0x1F and
	 * 0xA0-0xAF Genoa (and its Bergamo/Siena siblings), family 0x1A Turin; null when not one of these.
	 */
	public static AmdProduct fromCpuid(int family, int model) {
		if (family == 0x19 && model >= 0 && model <= 0x0F) {
			return MILAN;
		}
		if (family == 0x19 && (model >= 0x10 && model <= 0x1F || model >= 0xA0 && model <= 0xAF)) {
			return GENOA;
		}
		if (family == 0x1A) {
			return TURIN;
		}
		return null;
	}
}
