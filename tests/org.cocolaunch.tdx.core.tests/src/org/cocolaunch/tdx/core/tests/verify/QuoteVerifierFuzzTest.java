/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.junit.jupiter.api.Test;

/**
 * Mutated real quotes (bit flips, scribbled runs, truncation, wild size fields, the PEM chain scribbled): the verifier
 * gives a result (never verified when a signed or bound byte changed) or a one-line {@link EvidenceFormatException}; nothing else escapes, nothing
 * hangs.
 */
class QuoteVerifierFuzzTest {

	private static final int CASES = 1500;

	/** Header and body, ECDSA signature and attestation key, QE report and its signature, 32 bytes of QE auth data. */
	private static boolean authenticatedChanged(byte[] base, byte[] m, int sigAt) {
		int[][] ranges = { { 0, sigAt - 4 }, { sigAt, sigAt + 128 }, { sigAt + 134, sigAt + 134 + 448 },
				{ sigAt + 134 + 450, sigAt + 134 + 450 + 32 } };
		for (int[] r : ranges) {
			if (m.length < r[1] || !Arrays.equals(base, r[0], r[1], m, r[0], r[1])) {
				return true;
			}
		}
		return false;
	}

	@Test
	void onlyOneLineFormatErrorsEscapeAndNoSignedChangeVerifies() throws Exception {
		Random r = new Random(20261202);
		List<byte[]> bases = List.of(Files.readAllBytes(TdxQuoteVerifierTest.data("trustee-quote-v4.dat")),
				Files.readAllBytes(TdxQuoteVerifierTest.data("go-tdx-guest-quote-v5.dat")));
		TdxVendorEngine engine = new TdxVendorEngine();
		int results = 0;
		int refused = 0;
		int verifiedMutants = 0;
		for (int i = 0; i < CASES; i++) {
			byte[] base = bases.get(r.nextInt(bases.size()));
			byte[] m = base.clone();
			int sigAt = m[0] == 4 ? 48 + 584 + 4 : 54 + 648 + 4;
			switch (r.nextInt(5)) {
			case 0 -> m[r.nextInt(sigAt + 2000)] ^= (byte) (1 << r.nextInt(8)); // header, body, signature data, PEM start
			case 1 -> m = Arrays.copyOf(m, r.nextInt(m.length));
			case 2 -> { // the size fields of the signature data
				int[] at = { sigAt - 4, sigAt + 130, sigAt + 134 + 448, sigAt + 134 + 450 + 32 + 2 };
				int o = at[r.nextInt(at.length)] + r.nextInt(2);
				m[o] = (byte) r.nextInt(256);
			}
			case 3 -> { // scribble a run
				int at = r.nextInt(m.length);
				for (int k = at; k < Math.min(m.length, at + 1 + r.nextInt(64)); k++) {
					m[k] = (byte) r.nextInt(256);
				}
			}
			default -> { // a byte of the PEM chain
				int pem = new String(m, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("-----BEGIN");
				m[pem + r.nextInt(3000)] ^= (byte) (1 << r.nextInt(7));
			}
			}
			if (Arrays.equals(m, 0, Math.min(m.length, sigAt + 4300), base, 0, Math.min(base.length, sigAt + 4300))
					&& m.length >= sigAt + 4300) {
				continue; // the mutation hit nothing the quote carries
			}
			long t0 = System.nanoTime();
			try {
				EvidenceVerification v = engine.verifyEvidence(new VerifyRequest(m, "q.dat", null, List.of(), Instant.parse("2026-06-01T00:00:00Z")));
				if (v != null) {
					results++;
					if (v.verified()) {
						// the framing is not authenticated (length fields, PEM line breaks, a dropped root that the
						// pinned one replaces); what is signed or bound must never verify when changed
						assertFalse(authenticatedChanged(base, m, sigAt), "case " + i + ": a changed signed byte verifies");
						verifiedMutants++;
					}
				}
			} catch (EvidenceFormatException e) {
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
				refused++;
			} catch (RuntimeException e) {
				fail("case " + i + ": " + e, e);
			}
			assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "case " + i + " took too long");
		}
		assertTrue(results > 100 && refused > 100, "results " + results + ", refused " + refused);
		assertTrue(verifiedMutants < results / 2, verifiedMutants + " of " + results + " mutated quotes still verify");
	}
}
