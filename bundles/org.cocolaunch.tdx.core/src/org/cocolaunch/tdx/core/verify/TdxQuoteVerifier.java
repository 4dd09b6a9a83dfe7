/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.verify;

import static org.cocolaunch.core.verify.EvidenceCheck.CHAIN;
import static org.cocolaunch.core.verify.EvidenceCheck.CONSISTENCY;
import static org.cocolaunch.core.verify.EvidenceCheck.SIGNATURE;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.Der;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.Signatures;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.core.report.TdxQuote;
import org.cocolaunch.tdx.core.report.TdxReportFormatException;

/**
 * Offline verification of a DCAP TDX quote v4/v5 (Intel "TDX DCAP Quote Generation Library and Quote Verification
 * Library", Quote Format appendix): the quote signature data holds an ECDSA P-256 signature (r || s, big-endian) of
 * header and body by the attestation key (x || y), then certification data of type 6: the QE report (an SGX report
 * body, 384 bytes), its ECDSA P-256 signature by the PCK key, the QE authentication data, and certification data of
 * type 5, the PEM chain PCK ← Platform/Processor CA ← Intel SGX Root CA. The QE report's REPORT_DATA starts with
 * SHA-256(attestation key || QE authentication data) and ends with 32 zero bytes. The root is pinned
 * ({@link IntelRoot}); TCB status and revocation need Intel's PCS and are not checked.
 */
public final class TdxQuoteVerifier {

	static final String OID_SGX = "1.2.840.113741.1.13.1";
	private static final int QE_REPORT_SIZE = 384;
	private static final int QE_REPORT_DATA = 320;
	private static final int QE_ISV_SVN = 258;

	private final VerifyRequest request;
	private final List<EvidenceCheck> checks = new ArrayList<>();
	private final List<StateField> identity = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();

	private TdxQuoteVerifier(VerifyRequest request) {
		this.request = request;
	}

	/** The verification, or null when the evidence is neither a TDX quote nor a TDREPORT. */
	public static EvidenceVerification verify(VerifyRequest request) throws EvidenceFormatException {
		byte[] data = request.evidence();
		if (data == null || data.length < TdxQuote.HEADER_SIZE) {
			return null;
		}
		ByteBuffer le = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		if (data.length == TdReport.SIZE && (data[0] & 0xFF) == TdReport.TYPE_TDX) {
			return new EvidenceVerification("tdx-report", List.of(EvidenceCheck.notChecked(SIGNATURE, "report MAC",
					"a TDREPORT is MACed with a key only the TDX module on its platform can check; verify a quote made from it")),
					List.of(StateField.of("product", "Intel TDX")), List.of());
		}
		if (le.getInt(4) != TdxQuote.TEE_TYPE_TDX) {
			return null;
		}
		TdxQuote quote;
		try {
			quote = TdxQuote.parse(data, request.name());
		} catch (TdxReportFormatException e) {
			throw new EvidenceFormatException(e.getMessage());
		}
		return new TdxQuoteVerifier(request).run(quote);
	}

	private EvidenceVerification run(TdxQuote quote) throws EvidenceFormatException {
		HexFormat h = HexFormat.of();
		identity.add(StateField.of("product", "Intel TDX"));
		identity.add(StateField.of("quote", "v" + quote.version() + (quote.tdx15Body() ? ", TDX 1.5 body" : ", TDX 1.0 body")));
		identity.add(StateField.of("QE vendor ID", h.formatHex(quote.qeVendorId())));
		identity.add(StateField.of("TEE_TCB_SVN", h.formatHex(quote.teeTcbSvn())));
		if (request.signingCertificate() != null || !request.chain().isEmpty()) {
			warnings.add("--cert/--chain ignored: a TDX quote carries its PCK chain in its certification data");
		}

		SignatureData sd = SignatureData.parse(quote.signatureData(), request.name());
		if (quote.attestationKeyType() != 2) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "quote signature", "attestation key type " + quote.attestationKeyType()
					+ " is not 2 (ECDSA P-256)"));
		} else {
			ecdsa("quote signature", () -> Signatures.ecKey("secp256r1", sd.attestationKey), quote.signedBytes(),
					sd.signature, "attestation key", "header and body");
		}
		if (sd.pem == null) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "QE report signature", sd.whyNoChain));
			checks.add(EvidenceCheck.notChecked(CHAIN, "PCK chain", sd.whyNoChain));
			return done();
		}
		List<X509Certificate> chain = Certificates.parseAll(sd.pem, request.name() + " PCK certificate chain");
		X509Certificate pck = chain.get(0);
		ecdsa("QE report signature", pck::getPublicKey, sd.qeReport, sd.qeSignature, "PCK certificate " + Certificates.subjectCn(pck) + "'s key",
				"the QE report");
		binding(sd, h);
		chain(chain);
		pckIdentity(pck, h);
		identity.add(StateField.of("QE ISVSVN", Integer.toString(ByteBuffer.wrap(sd.qeReport).order(ByteOrder.LITTLE_ENDIAN).getShort(QE_ISV_SVN) & 0xFFFF)));
		for (X509Certificate c : chain) {
			validity(c);
		}
		return done();
	}

	private EvidenceVerification done() {
		warnings.add("TCB status not checked: it needs Intel's TCB info and QE identity (PCS), which are online");
		warnings.add("revocation not checked: Intel's PCK CRLs need the network");
		return new EvidenceVerification("tdx-quote", checks, identity, warnings);
	}

	private interface KeySource {
		PublicKey get() throws GeneralSecurityException;
	}

	private void ecdsa(String name, KeySource key, byte[] message, byte[] rs, String by, String what) {
		try {
			PublicKey k = key.get();
			if (Signatures.ecBits(k) != 256) {
				checks.add(EvidenceCheck.fail(SIGNATURE, name, by + " is not an ECDSA P-256 key"));
				return;
			}
			BigInteger r = Signatures.unsigned(Arrays.copyOfRange(rs, 0, 32), false);
			BigInteger s = Signatures.unsigned(Arrays.copyOfRange(rs, 32, 64), false);
			checks.add(Signatures.ecdsaValid(k, "SHA256withECDSA", message, r, s)
					? EvidenceCheck.pass(SIGNATURE, name, "ECDSA P-256/SHA-256 over " + what + " verifies with the " + by)
					: EvidenceCheck.fail(SIGNATURE, name, "ECDSA P-256/SHA-256 over " + what + " does not verify with the " + by));
		} catch (GeneralSecurityException e) {
			checks.add(EvidenceCheck.fail(SIGNATURE, name, "the " + by + " is not a usable P-256 key (" + e.getMessage() + ")"));
		}
	}

	private void binding(SignatureData sd, HexFormat h) {
		byte[] digest;
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(sd.attestationKey);
			md.update(sd.qeAuthData);
			digest = md.digest();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 missing from the JDK", e);
		}
		byte[] rd = Arrays.copyOfRange(sd.qeReport, QE_REPORT_DATA, QE_REPORT_DATA + 64);
		boolean zeros = true;
		for (int i = 32; i < 64; i++) {
			zeros &= rd[i] == 0;
		}
		if (!Arrays.equals(rd, 0, 32, digest, 0, 32)) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "QE report data", "REPORT_DATA[0..31] " + h.formatHex(rd, 0, 8)
					+ "… is not SHA-256(attestation key || QE authentication data) " + h.formatHex(digest, 0, 8) + "…"));
		} else if (!zeros) {
			checks.add(EvidenceCheck.fail(SIGNATURE, "QE report data", "REPORT_DATA[32..63] is not zero"));
		} else {
			checks.add(EvidenceCheck.pass(SIGNATURE, "QE report data", "REPORT_DATA binds the attestation key and "
					+ sd.qeAuthData.length + " bytes of QE authentication data (SHA-256, then 32 zero bytes)"));
		}
	}

	private void chain(List<X509Certificate> given) throws EvidenceFormatException {
		X509Certificate root = IntelRoot.certificate();
		List<X509Certificate> chain = new ArrayList<>(given);
		X509Certificate last = chain.get(chain.size() - 1);
		boolean selfIssued = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
		if (!selfIssued && last.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
			chain.add(root); // a chain without its root: end it with the pinned one
		}
		for (int i = 0; i + 1 < chain.size(); i++) {
			X509Certificate child = chain.get(i);
			X509Certificate parent = chain.get(i + 1);
			boolean top = i + 2 == chain.size();
			String name = (i == 0 ? "PCK" : "CA " + i) + " signed by " + (top ? "root" : "CA " + (i + 1));
			if (chain.size() == 3) {
				name = i == 0 ? "PCK signed by CA" : "CA signed by root";
			}
			if (!child.getIssuerX500Principal().equals(parent.getSubjectX500Principal())) {
				checks.add(EvidenceCheck.fail(CHAIN, name, Certificates.subjectCn(child) + " is issued by "
						+ Certificates.issuerCn(child) + ", not by " + Certificates.subjectCn(parent)));
				continue;
			}
			String problem = Certificates.signatureProblem(child, parent);
			checks.add(problem == null ? EvidenceCheck.pass(CHAIN, name, child.getSigAlgName() + " signature of "
					+ Certificates.subjectCn(child) + " verifies with " + Certificates.subjectCn(parent) + "'s key")
					: EvidenceCheck.fail(CHAIN, name, problem));
		}
		X509Certificate top = chain.get(chain.size() - 1);
		String problem = Certificates.signatureProblem(top, top);
		if (!Certificates.keyHash(top).equals(IntelRoot.KEY_HASH)) {
			checks.add(EvidenceCheck.fail(CHAIN, "root pinned", Certificates.subjectCn(top) + " has key SHA-256 "
					+ Certificates.keyHash(top) + ", not Intel's SGX Root CA"));
		} else if (problem != null) {
			checks.add(EvidenceCheck.fail(CHAIN, "root pinned", "the root's self-signature: " + problem));
		} else {
			checks.add(EvidenceCheck.pass(CHAIN, "root pinned", "the chain ends at Intel SGX Root CA (key SHA-256 "
					+ IntelRoot.KEY_HASH.substring(0, 16) + "…)"));
		}
	}

	private void pckIdentity(X509Certificate pck, HexFormat h) {
		identity.add(StateField.of("PCK issuer", Certificates.issuerCn(pck)));
		byte[] ext = Certificates.extension(pck, OID_SGX);
		if (ext == null) {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "PCK SGX extension", "the PCK certificate has no SGX extension (" + OID_SGX + ")"));
			return;
		}
		try {
			String fmspc = null;
			for (Der item : Der.read(ext, 0).children()) {
				List<Der> kv = item.children();
				String oid = kv.get(0).oid();
				Der value = kv.get(1);
				switch (oid.substring(OID_SGX.length())) {
				case ".3" -> identity.add(StateField.of("PCE ID", h.formatHex(value.content())));
				case ".4" -> {
					fmspc = h.formatHex(value.content());
					identity.add(StateField.of("FMSPC", fmspc));
				}
				case ".2" -> tcb(value, h);
				default -> {
				}
				}
			}
			checks.add(fmspc != null
					? EvidenceCheck.pass(CONSISTENCY, "PCK SGX extension", "FMSPC " + fmspc + " and the PCK TCB read from the PCK certificate")
					: EvidenceCheck.fail(CONSISTENCY, "PCK SGX extension", "the SGX extension has no FMSPC"));
		} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			checks.add(EvidenceCheck.fail(CONSISTENCY, "PCK SGX extension", "the SGX extension is malformed: " + e.getMessage()));
		}
	}

	private void tcb(Der tcb, HexFormat h) {
		StringBuilder comps = new StringBuilder();
		for (Der item : tcb.children()) {
			List<Der> kv = item.children();
			String leaf = kv.get(0).oid().substring(OID_SGX.length() + 2);
			Der v = kv.get(1);
			switch (leaf) {
			case ".17" -> identity.add(StateField.of("PCK TCB PCESVN", v.integer().toString()));
			case ".18" -> identity.add(StateField.of("PCK TCB CPUSVN", h.formatHex(v.content())));
			default -> comps.append(comps.isEmpty() ? "" : " ").append(v.integer());
			}
		}
		identity.add(StateField.of("PCK TCB components (SGX 1-16)", comps.toString()));
	}

	private void validity(X509Certificate c) {
		Date at = Date.from(request.at());
		if (at.after(c.getNotAfter())) {
			warnings.add("certificate " + Certificates.subjectCn(c) + " expired on " + c.getNotAfter().toInstant());
		} else if (at.before(c.getNotBefore())) {
			warnings.add("certificate " + Certificates.subjectCn(c) + " is not valid before " + c.getNotBefore().toInstant());
		}
	}

	/** The quote signature data (v4 layout; v5 keeps it inside the same signature data). */
	private static final class SignatureData {
		byte[] signature;
		byte[] attestationKey;
		byte[] qeReport;
		byte[] qeSignature;
		byte[] qeAuthData;
		byte[] pem;
		String whyNoChain;

		static SignatureData parse(byte[] d, String name) throws EvidenceFormatException {
			ByteBuffer le = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
			need(d, 134, name, "ECDSA signature, attestation key and certification data header");
			SignatureData s = new SignatureData();
			s.signature = Arrays.copyOfRange(d, 0, 64);
			s.attestationKey = Arrays.copyOfRange(d, 64, 128);
			int type = le.getShort(128) & 0xFFFF;
			long size = le.getInt(130) & 0xFFFFFFFFL;
			need(d, 134 + size, name, "certification data of " + size + " bytes");
			if (type != 6) {
				s.whyNoChain = "certification data type " + type + "; only type 6 (QE report with the PCK chain) is verifiable offline";
				return s;
			}
			int at = 134;
			need(d, at + QE_REPORT_SIZE + 64 + 2, name, "QE report and its signature");
			s.qeReport = Arrays.copyOfRange(d, at, at + QE_REPORT_SIZE);
			s.qeSignature = Arrays.copyOfRange(d, at + QE_REPORT_SIZE, at + QE_REPORT_SIZE + 64);
			at += QE_REPORT_SIZE + 64;
			int auth = le.getShort(at) & 0xFFFF;
			need(d, at + 2 + auth + 6, name, "QE authentication data of " + auth + " bytes");
			s.qeAuthData = Arrays.copyOfRange(d, at + 2, at + 2 + auth);
			at += 2 + auth;
			int inner = le.getShort(at) & 0xFFFF;
			long innerSize = le.getInt(at + 2) & 0xFFFFFFFFL;
			need(d, at + 6 + innerSize, name, "PCK certification data of " + innerSize + " bytes");
			if (inner != 5) {
				s.whyNoChain = "inner certification data type " + inner + "; only type 5 (PCK chain, PEM) is verifiable offline";
				return s;
			}
			s.pem = Arrays.copyOfRange(d, at + 6, (int) (at + 6 + innerSize));
			return s;
		}

		private static void need(byte[] d, long end, String name, String what) throws EvidenceFormatException {
			if (end > d.length) {
				throw new EvidenceFormatException(name + ": quote signature data of " + d.length + " bytes is truncated in its " + what);
			}
		}
	}
}
