/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Mutated real VCEKs and reports (bit flips, scribbled runs, truncation): certificates either parse or give a one-line
 * error; a verification with a mutated signed report byte or a mutated certificate never verifies unless the
 * certificate's DER is unchanged; no other exception escapes.
 */
class SnpVerifierFuzzTest {

	private static final int CASES = 1500;

	@Test
	void onlyOneLineErrorsEscapeAndNothingChangedVerifies() throws Exception {
		Random r = new Random(20261202);
		byte[] report = Files.readAllBytes(TestData.file("reports/snp-report-milan.bin"));
		byte[] vcek = Files.readAllBytes(TestData.file("reports/snp-vcek-milan.der"));
		SevVendorEngine engine = new SevVendorEngine();
		int results = 0;
		int refused = 0;
		for (int i = 0; i < CASES; i++) {
			boolean mutateCert = r.nextBoolean();
			byte[] rep = report.clone();
			byte[] der = vcek.clone();
			byte[] m = mutateCert ? der : rep;
			switch (r.nextInt(3)) {
			case 0 -> m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
			case 1 -> {
				int at = r.nextInt(m.length);
				for (int k = at; k < Math.min(m.length, at + 1 + r.nextInt(32)); k++) {
					m[k] = (byte) r.nextInt(256);
				}
			}
			default -> {
				if (mutateCert) {
					der = Arrays.copyOf(der, r.nextInt(der.length));
				} else {
					rep = Arrays.copyOf(rep, r.nextInt(rep.length));
				}
			}
			}
			try {
				X509Certificate leaf = Certificates.parseOne(der, "vcek.der");
				EvidenceVerification v = engine.verifyEvidence(
						new VerifyRequest(rep, "r.bin", leaf, List.of(), Instant.parse("2026-06-01T00:00:00Z")));
				if (v != null) {
					results++;
					boolean changed = mutateCert ? !Arrays.equals(leaf.getEncoded(), vcek)
							: !Arrays.equals(rep, 0, 0x2A0, report, 0, 0x2A0) || !Arrays.equals(rep, report);
					assertFalse(changed && v.verified(), "case " + i + " verifies although changed");
				}
			} catch (EvidenceFormatException e) {
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
				refused++;
			} catch (RuntimeException e) {
				fail("case " + i + ": " + e, e);
			}
		}
		assertTrue(results > 100 && refused > 100, "results " + results + ", refused " + refused);
	}
}
