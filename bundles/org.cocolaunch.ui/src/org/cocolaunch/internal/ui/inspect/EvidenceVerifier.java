/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;

/**
 * Reads a report or quote and the certificates chosen for it, and lets the vendor engine that knows the format verify
 * it offline (off the UI thread). Used by the Attestation Report view and Expected from File.
 */
public final class EvidenceVerifier {

	private EvidenceVerifier() {
	}

	/** The verification, or a one-line reason why there is none (unreadable file, malformed input, unknown format). */
	public record Verified(EvidenceVerification verification, String problem) {
	}

	/**
	 * @param certificate the VCEK/VLEK file, or null
	 * @param chain the ASK/ASVK + ARK file, or null for the shipped chains
	 */
	public static Verified verify(Path evidence, Path certificate, Path chain) {
		try {
			byte[] data = read(evidence);
			X509Certificate leaf = certificate == null ? null
					: Certificates.parseOne(read(certificate), certificate.getFileName().toString());
			List<X509Certificate> given = chain == null ? List.of()
					: Certificates.parseAll(read(chain), chain.getFileName().toString());
			VerifyRequest request = new VerifyRequest(data, evidence.getFileName().toString(), leaf, given, null);
			EvidenceVerification v = VendorEngines.registered().verify(request);
			if (v != null) {
				return new Verified(v, null);
			}
			return new Verified(null, evidence.getFileName() + " is not signed evidence this workbench can verify"
					+ " (an SNP attestation report or a TDX quote)");
		} catch (IOException e) {
			return new Verified(null, e.getMessage());
		} catch (EvidenceFormatException e) {
			return new Verified(null, e.getMessage());
		}
	}

	/**
	 * One line when {@code file}'s signature or chain demonstrably fails with the shipped chains (a check failed), else
	 * null; evidence that cannot be checked without more certificates (an SNP report without its VCEK) gives null.
	 */
	public static String failedCheck(Path file) {
		Verified v = verify(file, null, null);
		if (v.verification() == null || v.verification().firstFailure().isEmpty()) {
			return null;
		}
		return file.getFileName() + " does not verify: " + v.verification().failureLine();
	}

	private static byte[] read(Path file) throws IOException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IOException("cannot read " + file + ": " + e.getClass().getSimpleName(), e);
		}
	}
}
