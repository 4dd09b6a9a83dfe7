/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.verify;

import static org.cocolaunch.core.verify.EvidenceCheck.CHAIN;
import static org.cocolaunch.core.verify.EvidenceCheck.CONSISTENCY;
import static org.cocolaunch.core.verify.EvidenceCheck.SIGNATURE;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.Der;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.Signatures;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.sev.core.report.ReportFormatException;
import org.cocolaunch.sev.core.report.SnpAttestationReport;
import org.cocolaunch.sev.core.report.TcbVersion;

/**
 * Offline verification of an SEV-SNP attestation report (v2-v5), as the SNP firmware ABI (AMD 56860, §7.3 and the
 * ATTESTATION_REPORT table) and AMD's VCEK specification (57230) define it:
 * <ol>
 * <li>signature: ECDSA P-384 with SHA-384 over bytes 0x000-0x29F by the VCEK or VLEK that SIGNER_INFO names; R and S
 * are 72-byte little-endian integers;</li>
 * <li>chain: VCEK ← ASK (or VLEK ← ASVK) ← ARK, each RSASSA-PSS with SHA-384, the ARK self-signed and one of the ARK
 * keys pinned in {@link AmdProduct};</li>
 * <li>consistency: the product named by the certificates, the chain and the report's CPUID; CHIP_ID against the
 * VCEK's hwID; REPORTED_TCB against the VCEK's SPL extensions.</li>
 * </ol>
 * Certificate expiry is a warning; revocation (AMD's CRL) needs the network and is not checked.
 */
public final class SnpReportVerifier {

	static final String OID_PREFIX = "1.3.6.1.4.1.3704.1.";
	static final String OID_PRODUCT_NAME = OID_PREFIX + "2";
	static final String OID_BL_SPL = OID_PREFIX + "3.1";
	static final String OID_TEE_SPL = OID_PREFIX + "3.2";
	static final String OID_SNP_SPL = OID_PREFIX + "3.3";
	static final String OID_UCODE_SPL = OID_PREFIX + "3.8";
	static final String OID_FMC_SPL = OID_PREFIX + "3.9";
	static final String OID_HWID = OID_PREFIX + "4";
	static final String OID_CSP_ID = OID_PREFIX + "5";

	private final VerifyRequest request;
	private final SnpAttestationReport report;
	private final List<EvidenceCheck> checks = new ArrayList<>();
	private final List<StateField> identity = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();

	private SnpReportVerifier(VerifyRequest request, SnpAttestationReport report) {
		this.request = request;
		this.report = report;
	}

	/** The verification, or null when the evidence does not have the size of an SNP report. */
	public static EvidenceVerification verify(VerifyRequest request) throws EvidenceFormatException {
		byte[] data = request.evidence();
		if (data == null || data.length != SnpAttestationReport.SIZE) {
			return null;
		}
		SnpAttestationReport report;
		try {
			report = SnpAttestationReport.parse(data);
		} catch (ReportFormatException e) {
			throw new EvidenceFormatException(request.name() + ": SNP attestation report: " + e.getMessage());
		}
		return new SnpReportVerifier(request, report).run();
	}

	private EvidenceVerification run() throws EvidenceFormatException {
		boolean vlek = report.signingKey().equals("VLEK");
		String key = report.signingKey();
		String mid = vlek ? "ASVK" : "ASK";
		X509Certificate leaf = request.signingCertificate();

		AmdProduct fromLeaf = leaf == null ? null : AmdProduct.fromName(Certificates.issuerCn(leaf));
		AmdProduct fromCpuid = report.version() >= 3 ? AmdProduct.fromCpuid(report.cpuidFamily(), report.cpuidModel()) : null;
		AmdChains.Chain chain = null;
		String chainSource;
		if (!request.chain().isEmpty()) {
			chain = AmdChains.split(request.chain(), "--chain");
			chainSource = "given chain";
		} else {
			AmdProduct p = fromLeaf != null ? fromLeaf : fromCpuid;
			chainSource = p == null ? "no shipped chain chosen" : "shipped " + p.displayName() + " chain";
			if (p != null) {
				chain = AmdChains.shipped(p, vlek);
			}
		}

		identity.add(StateField.of("report", "SEV-SNP ATTESTATION_REPORT v" + report.version()));
		identity.add(StateField.of("signing key", key));

		// 1. signature
		if (key.equals("none")) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "report signature",
					"SIGNER_INFO.SIGNING_KEY is 7: the firmware did not sign this report"));
		} else if (leaf == null) {
			checks.add(EvidenceCheck.notChecked(SIGNATURE, "report signature", "no " + key
					+ " certificate given (--cert); AMD KDS serves it by chip ID and reported TCB, which needs the network"));
		} else {
			signature(leaf, key);
		}

		// 2. chain
		if (leaf == null) {
			checks.add(EvidenceCheck.notChecked(CHAIN, key + " signed by " + mid, "no " + key + " certificate given"));
		} else if (chain == null) {
			checks.add(EvidenceCheck.fail(CHAIN, key + " signed by " + mid, "the " + key + "'s issuer "
					+ Certificates.issuerCn(leaf) + " is not Milan, Genoa or Turin and no --chain was given"));
		} else {
			checks.add(pss(leaf, chain.intermediate(), key + " signed by " + mid));
		}
		if (chain != null) {
			checks.add(pss(chain.intermediate(), chain.ark(), mid + " signed by ARK"));
			EvidenceCheck self = pss(chain.ark(), chain.ark(), "ARK self-signed");
			checks.add(self);
			AmdProduct pinned = AmdChains.arkProduct(chain.ark());
			checks.add(pinned != null
					? EvidenceCheck.pass(CHAIN, "ARK pinned", "ARK key is AMD's ARK-" + pinned.displayName() + " (SHA-256 "
							+ Certificates.keyHash(chain.ark()).substring(0, 16) + "…, " + chainSource + ")")
					: EvidenceCheck.fail(CHAIN, "ARK pinned", "ARK " + Certificates.subjectCn(chain.ark())
							+ " has key SHA-256 " + Certificates.keyHash(chain.ark())
							+ ", not the pinned ARK of Milan, Genoa or Turin"));
		} else if (leaf == null) {
			checks.add(EvidenceCheck.notChecked(CHAIN, "ARK pinned", "no chain chosen: " + chainSource));
		}

		// 3. consistency
		AmdProduct product = product(leaf, chain, fromLeaf, fromCpuid);
		if (leaf != null) {
			chipId(leaf, vlek, product);
			tcb(leaf, product);
			validity(leaf, key);
		}
		if (chain != null) {
			validity(chain.intermediate(), mid);
			validity(chain.ark(), "ARK");
		}
		warnings.add("revocation not checked: AMD's certificate revocation list needs the network");

		identity.add(StateField.of("product", product == null ? "unknown" : product.displayName()));
		if (report.version() >= 3) {
			identity.add(StateField.of("CPUID family/model/stepping", String.format("0x%02x/0x%02x/0x%02x",
					report.cpuidFamily(), report.cpuidModel(), report.cpuidStepping())));
		}
		identity.add(StateField.of("chip ID", report.chipKeyMasked() ? "masked (MASK_CHIP_ID)"
				: Arrays.equals(report.chipId(), new byte[report.chipId().length]) ? "zero (not reported)"
						: HexFormat.of().formatHex(report.chipId())));
		boolean turin = product != null && product.turin();
		identity.add(tcbField("reported TCB", report.reportedTcb(), turin));
		identity.add(tcbField("current TCB", report.currentTcb(), turin));
		identity.add(tcbField("committed TCB", report.committedTcb(), turin));
		identity.add(tcbField("launch TCB", report.launchTcb(), turin));
		if (leaf != null) {
			identity.add(StateField.of(key + " subject / issuer", Certificates.subjectCn(leaf) + " / " + Certificates.issuerCn(leaf)));
			String name = text(Certificates.extension(leaf, OID_PRODUCT_NAME));
			if (name != null) {
				identity.add(StateField.of(key + " product name", name));
			}
			String csp = text(Certificates.extension(leaf, OID_CSP_ID));
			if (csp != null) {
				identity.add(StateField.of("VLEK cloud service provider", csp));
			}
		}
		return new EvidenceVerification("sev-snp", checks, identity, warnings);
	}

	private void signature(X509Certificate leaf, String key) {
		String cn = Certificates.subjectCn(leaf);
		if (Signatures.ecBits(leaf.getPublicKey()) != 384) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "report signature", "certificate " + cn + " does not hold an ECDSA P-384 key ("
					+ leaf.getPublicKey().getAlgorithm() + ")"));
			return;
		}
		if (!cn.equalsIgnoreCase("SEV-" + key)) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "report signature", "the report is signed by its " + key
					+ " but the certificate given is " + cn));
			return;
		}
		BigInteger r = Signatures.unsigned(report.signatureR(), true);
		BigInteger s = Signatures.unsigned(report.signatureS(), true);
		byte[] signed = Arrays.copyOf(request.evidence(), SnpAttestationReport.SIGNED_SIZE);
		try {
			checks.add(Signatures.ecdsaValid(leaf.getPublicKey(), "SHA384withECDSA", signed, r, s)
					? EvidenceCheck.pass(SIGNATURE, "report signature", "ECDSA P-384/SHA-384 over bytes 0x000-0x29F verifies with the " + key)
					: EvidenceCheck.fail(SIGNATURE, "report signature", "ECDSA P-384/SHA-384 over bytes 0x000-0x29F does not verify with the "
							+ key + " (report altered, or not this " + key + "'s)"));
		} catch (GeneralSecurityException e) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "report signature", "cannot check: " + e.getMessage()));
		}
	}

	/** RSASSA-PSS with SHA-384 (MGF1 SHA-384, salt 48) by {@code parent}'s key. */
	private static EvidenceCheck pss(X509Certificate child, X509Certificate parent, String name) {
		String alg = child.getSigAlgName();
		String params = pssParams(child);
		if (!"RSASSA-PSS".equalsIgnoreCase(alg) || params != null) {
			return EvidenceCheck.fail(CHAIN, name, Certificates.subjectCn(child) + " is signed with " + alg
					+ (params != null ? " " + params : "") + ", expected RSASSA-PSS with SHA-384");
		}
		if (!child.getIssuerX500Principal().equals(parent.getSubjectX500Principal())) {
			return EvidenceCheck.fail(CHAIN, name, Certificates.subjectCn(child) + " is issued by " + Certificates.issuerCn(child)
					+ ", not by " + Certificates.subjectCn(parent));
		}
		String problem = Certificates.signatureProblem(child, parent);
		return problem == null
				? EvidenceCheck.pass(CHAIN, name, "RSASSA-PSS/SHA-384 signature of " + Certificates.subjectCn(child)
						+ " verifies with " + Certificates.subjectCn(parent) + "'s key")
				: EvidenceCheck.fail(CHAIN, name, problem);
	}

	/** Null when the PSS parameters are SHA-384/MGF1-SHA-384; else what they are. */
	private static String pssParams(X509Certificate c) {
		try {
			AlgorithmParameters p = AlgorithmParameters.getInstance("RSASSA-PSS");
			p.init(c.getSigAlgParams());
			PSSParameterSpec spec = p.getParameterSpec(PSSParameterSpec.class);
			boolean mgf = spec.getMGFParameters() instanceof MGF1ParameterSpec m && m.getDigestAlgorithm().equals("SHA-384");
			return spec.getDigestAlgorithm().equals("SHA-384") && mgf ? null : "(" + spec.getDigestAlgorithm() + ")";
		} catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
			return "(unreadable parameters)";
		}
	}

	private AmdProduct product(X509Certificate leaf, AmdChains.Chain chain, AmdProduct fromLeaf, AmdProduct fromCpuid) {
		List<String> named = new ArrayList<>();
		List<AmdProduct> seen = new ArrayList<>();
		if (leaf != null) {
			note(named, seen, "issuer " + Certificates.issuerCn(leaf), fromLeaf);
			String ext = text(Certificates.extension(leaf, OID_PRODUCT_NAME));
			if (ext != null) {
				note(named, seen, "product name " + ext, AmdProduct.fromName(ext));
			}
		}
		if (chain != null) {
			note(named, seen, Certificates.subjectCn(chain.intermediate()), AmdProduct.fromName(Certificates.subjectCn(chain.intermediate())));
			note(named, seen, Certificates.subjectCn(chain.ark()), AmdProduct.fromName(Certificates.subjectCn(chain.ark())));
		}
		if (report.version() >= 3) {
			note(named, seen, String.format("CPUID family 0x%x model 0x%x", report.cpuidFamily(), report.cpuidModel()), fromCpuid);
		}
		AmdProduct first = seen.isEmpty() ? null : seen.get(0);
		if (first == null) {
			checks.add(EvidenceCheck.notChecked(CONSISTENCY, "product", "nothing names the product (" + String.join(", ", named) + ")"));
		} else if (seen.stream().allMatch(p -> p == first)) {
			checks.add(EvidenceCheck.pass(CONSISTENCY, "product", first.displayName() + ": " + String.join(", ", named)));
		} else {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "product", "products disagree: " + String.join(", ", named)));
		}
		return first;
	}

	private static void note(List<String> named, List<AmdProduct> seen, String what, AmdProduct p) {
		named.add(what + (p == null ? " (unknown)" : ""));
		if (p != null) {
			seen.add(p);
		}
	}

	private void chipId(X509Certificate leaf, boolean vlek, AmdProduct product) {
		byte[] hwid = Certificates.extension(leaf, OID_HWID);
		if (vlek) {
			checks.add(hwid == null
					? EvidenceCheck.notChecked(CONSISTENCY, "chip ID", "a VLEK is not tied to one chip (no hwID extension)")
					: EvidenceCheck.fail(CONSISTENCY, "chip ID", "the VLEK carries a hwID extension, which VLEKs must not"));
			return;
		}
		if (hwid == null) {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "chip ID", "the VCEK has no hwID extension (1.3.6.1.4.1.3704.1.4)"));
			return;
		}
		hwid = unwrapOctets(hwid);
		byte[] chip = report.chipId();
		boolean zero = true;
		for (byte b : chip) {
			zero &= b == 0;
		}
		if (report.chipKeyMasked() || zero) {
			checks.add(EvidenceCheck.notChecked(CONSISTENCY, "chip ID", "the report's CHIP_ID is masked (MASK_CHIP_ID)"));
			return;
		}
		// Turin VCEKs carry the first 8 bytes of the chip ID (the rest of CHIP_ID is zero)
		int n = Math.min(hwid.length, chip.length);
		boolean rest = true;
		for (int i = n; i < chip.length; i++) {
			rest &= chip[i] == 0;
		}
		HexFormat h = HexFormat.of();
		checks.add(Arrays.equals(hwid, 0, n, chip, 0, n) && rest && n > 0
				? EvidenceCheck.pass(CONSISTENCY, "chip ID", "CHIP_ID equals the VCEK's hwID (" + n + " bytes)")
				: EvidenceCheck.fail(CONSISTENCY, "chip ID", "CHIP_ID " + h.formatHex(chip, 0, Math.min(8, chip.length))
						+ "… differs from the VCEK's hwID " + h.formatHex(hwid, 0, Math.min(8, hwid.length)) + "…"));
	}

	private void tcb(X509Certificate leaf, AmdProduct product) {
		boolean turin = product != null && product.turin();
		Map<String, Integer> reported = report.reportedTcb().components(turin);
		List<String> differ = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, Integer> e : reported.entrySet()) {
			String oid = switch (e.getKey()) {
			case "fmc" -> OID_FMC_SPL;
			case "bootloader" -> OID_BL_SPL;
			case "tee" -> OID_TEE_SPL;
			case "snp" -> OID_SNP_SPL;
			default -> OID_UCODE_SPL;
			};
			Integer cert = integer(Certificates.extension(leaf, oid));
			if (cert == null) {
				missing.add(e.getKey());
			} else if (cert.intValue() != e.getValue()) {
				differ.add(e.getKey() + " " + e.getValue() + " in the report, " + cert + " in the certificate");
			}
		}
		if (!differ.isEmpty()) {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "reported TCB", "REPORTED_TCB differs from the certificate's SPLs: "
					+ String.join("; ", differ)));
		} else if (!missing.isEmpty()) {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "reported TCB", "the certificate lacks the SPL extension(s) " + String.join(", ", missing)));
		} else {
			checks.add(EvidenceCheck.pass(CONSISTENCY, "reported TCB", "REPORTED_TCB " + reported + " equals the certificate's SPLs"));
		}
	}

	private void validity(X509Certificate c, String role) {
		Date at = Date.from(request.at());
		String cn = Certificates.subjectCn(c);
		if (at.after(c.getNotAfter())) {
			warnings.add(role + " certificate " + cn + " expired on " + c.getNotAfter().toInstant());
		} else if (at.before(c.getNotBefore())) {
			warnings.add(role + " certificate " + cn + " is not valid before " + c.getNotBefore().toInstant());
		}
	}

	private static StateField tcbField(String name, TcbVersion tcb, boolean turin) {
		return StateField.of(name, String.format("0x%016x %s", tcb.raw(), tcb.components(turin)));
	}

	/** A DER INTEGER (the usual form) or a bare byte; null when absent or unreadable. */
	static Integer integer(byte[] v) {
		if (v == null || v.length == 0) {
			return null;
		}
		try {
			if (v[0] == Der.INTEGER) {
				return Der.read(v, 0).integer().intValueExact();
			}
		} catch (IllegalArgumentException | ArithmeticException e) {
			return null;
		}
		return v.length == 1 ? v[0] & 0xFF : null;
	}

	/** KDS writes hwID as raw bytes without the OCTET STRING tag; accept both. */
	static byte[] unwrapOctets(byte[] v) {
		if (v.length >= 2 && v[0] == Der.OCTET_STRING && (v[1] & 0xFF) == v.length - 2) {
			return Arrays.copyOfRange(v, 2, v.length);
		}
		return v;
	}

	/** An IA5String/UTF8String/printable value, or null. */
	static String text(byte[] v) {
		if (v == null) {
			return null;
		}
		try {
			if (v.length >= 2 && (v[0] == 0x16 || v[0] == 0x0C || v[0] == 0x13)) {
				return new String(Der.read(v, 0).content(), java.nio.charset.StandardCharsets.UTF_8);
			}
		} catch (IllegalArgumentException e) {
			return null;
		}
		return null;
	}

}
