/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cocolaunch.core.inspect.EvidenceFormatException;

/**
 * Reading X.509 certificates the way vendors issue them: DER or PEM, one or several, with the quirks real AMD and
 * Intel certificates have (serial number 0, RSASSA-PSS parameters, raw extension values, a PEM chain padded with NUL
 * bytes inside a quote). Parsing is the JDK's; only the framing is lenient. Errors are one line naming the input.
 */
public final class Certificates {

	private static final Pattern PEM = Pattern
			.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");

	private Certificates() {
	}

	/** Every certificate in {@code data} (PEM blocks in order, or concatenated DER); at least one. */
	public static List<X509Certificate> parseAll(byte[] data, String name) throws EvidenceFormatException {
		if (data == null || data.length == 0) {
			throw new EvidenceFormatException(name + ": empty, expected an X.509 certificate (DER or PEM)");
		}
		String text = new String(data, StandardCharsets.ISO_8859_1);
		List<X509Certificate> certs = new ArrayList<>();
		if (text.contains("-----BEGIN")) {
			Matcher m = PEM.matcher(text);
			int n = 0;
			while (m.find()) {
				n++;
				byte[] der;
				try {
					der = Base64.getMimeDecoder().decode(m.group(1).replaceAll("\\s", ""));
				} catch (IllegalArgumentException e) {
					throw new EvidenceFormatException(name + ": PEM certificate " + n + " is not valid base64");
				}
				certs.add(parseDer(der, name + " (PEM certificate " + n + ")"));
			}
			if (certs.isEmpty()) {
				throw new EvidenceFormatException(name + ": no complete -----BEGIN CERTIFICATE----- block");
			}
			return certs;
		}
		int at = 0;
		while (at < data.length) {
			int end = derEnd(data, at);
			if (end < 0) {
				if (certs.isEmpty()) {
					throw new EvidenceFormatException(name + ": not an X.509 certificate (neither PEM nor a DER SEQUENCE)");
				}
				break; // trailing padding after the last certificate
			}
			byte[] der = java.util.Arrays.copyOfRange(data, at, end);
			certs.add(parseDer(der, certs.isEmpty() ? name : name + " (DER certificate " + (certs.size() + 1) + ")"));
			at = end;
		}
		return certs;
	}

	/** Exactly one certificate (the first when there are several). */
	public static X509Certificate parseOne(byte[] data, String name) throws EvidenceFormatException {
		return parseAll(data, name).get(0);
	}

	private static X509Certificate parseDer(byte[] der, String name) throws EvidenceFormatException {
		try {
			CertificateFactory f = CertificateFactory.getInstance("X.509");
			return (X509Certificate) f.generateCertificate(new ByteArrayInputStream(der));
		} catch (CertificateException | RuntimeException e) {
			throw new EvidenceFormatException(name + ": not a readable X.509 certificate (" + reason(e) + ")");
		}
	}

	/** The JDK's innermost message without exception class names or wrapper prefixes, one line. */
	private static String reason(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String m = t.getMessage() == null ? "malformed DER" : t.getMessage().lines().findFirst().orElse("malformed DER");
		m = m.replaceAll("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "")
				.replace("Could not parse certificate: ", "").trim();
		return m.isEmpty() ? "malformed DER" : m;
	}

	/** End of the DER SEQUENCE starting at {@code at}, or -1 when there is none there. */
	private static int derEnd(byte[] d, int at) {
		if (at + 2 > d.length || d[at] != 0x30) {
			return -1;
		}
		int len = d[at + 1] & 0xFF;
		int head = 2;
		if (len >= 0x80) {
			int n = len & 0x7F;
			if (n == 0 || n > 4 || at + 2 + n > d.length) {
				return -1;
			}
			len = 0;
			for (int i = 0; i < n; i++) {
				len = len << 8 | d[at + 2 + i] & 0xFF;
			}
			head += n;
		}
		long end = (long) at + head + len;
		return len < 0 || end > d.length ? -1 : (int) end;
	}

	/** SHA-256 of the certificate's SubjectPublicKeyInfo, hex: the pin of a root or intermediate key. */
	public static String keyHash(X509Certificate cert) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getPublicKey().getEncoded()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 missing from the JDK", e);
		}
	}

	/** The subject's common name, or the whole subject when it has none. */
	public static String subjectCn(X509Certificate cert) {
		return cn(cert.getSubjectX500Principal().getName());
	}

	/** The issuer's common name, or the whole issuer when it has none. */
	public static String issuerCn(X509Certificate cert) {
		return cn(cert.getIssuerX500Principal().getName());
	}

	private static String cn(String dn) {
		// RFC 2253 form: attributes separated by unescaped commas, most specific first
		StringBuilder part = new StringBuilder();
		for (int i = 0; i <= dn.length(); i++) {
			char c = i < dn.length() ? dn.charAt(i) : ',';
			if (c == '\\' && i + 1 < dn.length()) {
				part.append(dn.charAt(++i));
			} else if (c == ',' || c == '+') {
				String a = part.toString().trim();
				if (a.regionMatches(true, 0, "CN=", 0, 3)) {
					return a.substring(3);
				}
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		return dn;
	}

	/**
	 * Whether {@code parent}'s key signed {@code child}: null when it did, else one line saying why not (with the
	 * signature algorithm the child names).
	 */
	public static String signatureProblem(X509Certificate child, X509Certificate parent) {
		try {
			child.verify(parent.getPublicKey());
			return null;
		} catch (java.security.SignatureException e) {
			return "the " + child.getSigAlgName() + " signature does not verify with " + subjectCn(parent) + "'s key";
		} catch (GeneralSecurityException | RuntimeException e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
			return "cannot check the " + child.getSigAlgName() + " signature with " + subjectCn(parent) + "'s key: " + why;
		}
	}

	/**
	 * The contents of an extension's extnValue (the JDK hands it wrapped in an OCTET STRING), or null when the
	 * certificate lacks it.
	 */
	public static byte[] extension(X509Certificate cert, String oid) {
		byte[] wrapped = cert.getExtensionValue(oid);
		if (wrapped == null) {
			return null;
		}
		try {
			return Der.read(wrapped, 0).content();
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
