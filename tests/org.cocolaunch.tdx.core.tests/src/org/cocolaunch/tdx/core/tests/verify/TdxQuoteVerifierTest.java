/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.verify.CheckOutcome;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real TDX quotes v4 and v5 verify offline (attestation key signature, QE report signature, QE binding, PCK chain to
 * the pinned Intel root); one flipped byte in the header, any body field, the signature, the attestation key, the QE
 * report or the QE authentication data fails, naming the check; malformed quotes are one line.
 */
class TdxQuoteVerifierTest {

	private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

	static Path data(String name) {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			for (Path c : List.of(dir.resolve("data"), dir.resolve("tests/org.cocolaunch.tdx.core.tests/data"))) {
				if (Files.isRegularFile(c.resolve(name))) {
					return c.resolve(name);
				}
			}
		}
		throw new AssertionError("test data " + name + " not found from " + start);
	}

	private static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(data(name));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static EvidenceVerification verify(byte[] quote) throws EvidenceFormatException {
		return new TdxVendorEngine().verifyEvidence(new VerifyRequest(quote, "quote.dat", null, List.of(), AT));
	}

	private static String identity(EvidenceVerification v, String name) {
		return v.identity().stream().filter(f -> f.name().equals(name)).map(StateField::value).findFirst().orElse(null);
	}

	/** file, version, FMSPC (read from the PCK certificate with Python cryptography, see data/README.md) */
	static List<Arguments> genuine() {
		return List.of(Arguments.of("go-tdx-guest-quote-v4-spr-e4.dat", 4, "50806f000000"),
				Arguments.of("go-tdx-guest-quote-v5.dat", 5, "90c06f000000"),
				Arguments.of("trustee-quote-v4.dat", 4, "50806f000000"),
				Arguments.of("trustee-quote-v5.dat", 5, "90c06f000000"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("genuine")
	void genuineQuotesVerify(String file, int version, String fmspc) throws Exception {
		EvidenceVerification v = verify(bytes(file));
		assertTrue(v.verified(), file + ": " + v.failureLine() + " " + v.checks());
		assertEquals("tdx-quote", v.kind());
		assertEquals(List.of("quote signature", "QE report signature", "QE report data"),
				v.checks().stream().filter(c -> c.group().equals(EvidenceCheck.SIGNATURE)).map(EvidenceCheck::name).toList());
		assertEquals(3, v.checks().stream().filter(c -> c.group().equals(EvidenceCheck.CHAIN)).count(), v.checks().toString());
		assertTrue(v.checks().stream().allMatch(c -> c.outcome() == CheckOutcome.PASS), v.checks().toString());
		assertEquals(fmspc, identity(v, "FMSPC"));
		assertTrue(identity(v, "quote").startsWith("v" + version));
		assertTrue(v.warnings().stream().anyMatch(w -> w.startsWith("revocation not checked")));
	}

	/** Where the signed parts of a v4/v5 quote are, by field. */
	private record Layout(int bodyAt, int bodySize, int sigAt) {
		static Layout of(byte[] q) {
			ByteBuffer le = ByteBuffer.wrap(q).order(ByteOrder.LITTLE_ENDIAN);
			int version = le.getShort(0);
			int bodyAt = version == 4 ? 48 : 54;
			int bodySize = version == 4 ? 584 : le.getInt(50);
			return new Layout(bodyAt, bodySize, bodyAt + bodySize + 4);
		}
	}

	/** Header fields and TD quote body fields (Intel's quote format), offset within their part and size. */
	static List<Arguments> signedFields() {
		List<Arguments> out = new ArrayList<>();
		String[] header = { "ATT_KEY_TYPE:2:2", "RESERVED:8:4", "QE_VENDOR_ID:12:16", "USER_DATA:28:20" };
		String[] body = { "TEE_TCB_SVN:0:16", "MRSEAM:16:48", "MRSIGNERSEAM:64:48", "SEAMATTRIBUTES:112:8",
				"TDATTRIBUTES:120:8", "XFAM:128:8", "MRTD:136:48", "MRCONFIGID:184:48", "MROWNER:232:48",
				"MROWNERCONFIG:280:48", "RTMR0:328:48", "RTMR1:376:48", "RTMR2:424:48", "RTMR3:472:48",
				"REPORTDATA:520:64" };
		for (String file : List.of("go-tdx-guest-quote-v4-spr-e4.dat", "trustee-quote-v5.dat")) {
			for (String h : header) {
				String[] p = h.split(":");
				out.add(Arguments.of(file, "header " + p[0], false, Integer.parseInt(p[1]), Integer.parseInt(p[2])));
			}
			for (String b : body) {
				String[] p = b.split(":");
				out.add(Arguments.of(file, "body " + p[0], true, Integer.parseInt(p[1]), Integer.parseInt(p[2])));
			}
		}
		return out;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("signedFields")
	void aFlippedByteInHeaderOrBodyFailsTheQuoteSignature(String file, String field, boolean inBody, int offset, int size)
			throws Exception {
		byte[] q = bytes(file);
		Layout l = Layout.of(q);
		q[(inBody ? l.bodyAt : 0) + offset + size - 1] ^= 0x01;
		EvidenceVerification v = verify(q);
		assertFalse(v.verified(), field);
		assertEquals("quote signature", v.firstFailure().orElseThrow().name(), field);
	}

	@Test
	void aFlippedByteInTheSignatureDataFailsTheCheckThatCoversIt() throws Exception {
		String file = "go-tdx-guest-quote-v4-spr-e4.dat";
		int sig = Layout.of(bytes(file)).sigAt;
		int qe = sig + 134;
		assertFirstFailure(file, sig + 5, "quote signature"); // r
		assertFirstFailure(file, sig + 40, "quote signature"); // s
		assertFirstFailure(file, sig + 64 + 10, "quote signature"); // attestation key
		assertFirstFailure(file, qe + 100, "QE report signature"); // QE report
		assertFirstFailure(file, qe + 320, "QE report signature"); // QE report data (signed by the PCK)
		assertFirstFailure(file, qe + 384 + 3, "QE report signature"); // QE report signature
		assertFirstFailure(file, qe + 384 + 64 + 2 + 5, "QE report data"); // QE authentication data
	}

	private static void assertFirstFailure(String file, int at, String check) throws Exception {
		byte[] q = bytes(file);
		q[at] ^= 0x01;
		EvidenceVerification v = verify(q);
		assertEquals(check, v.firstFailure().map(EvidenceCheck::name).orElse("none"), "byte " + at);
	}

	@Test
	void aChangedPckCertificateBreaksTheChainOrIsRefusedInOneLine() throws Exception {
		byte[] q = bytes("trustee-quote-v4.dat");
		String text = new String(q, StandardCharsets.ISO_8859_1);
		int pem = text.indexOf("-----BEGIN CERTIFICATE-----") + 28;
		for (int at : new int[] { 200, 400, 600 }) {
			byte[] bad = q.clone();
			bad[pem + at] = (byte) (bad[pem + at] == 'A' ? 'B' : 'A');
			try {
				EvidenceVerification v = verify(bad);
				assertFalse(v.verified(), "PEM byte " + at);
				assertFalse(v.chainHolds() && v.signatureHolds(), "PEM byte " + at);
			} catch (EvidenceFormatException e) {
				assertFalse(e.getMessage().contains("\n"));
				assertTrue(e.getMessage().contains("PCK certificate chain"), e.getMessage());
			}
		}
	}

	@Test
	void malformedQuotesAreOneLine() throws Exception {
		byte[] q = bytes("trustee-quote-v4.dat");
		Layout l = Layout.of(q);
		for (int cut : new int[] { 60, l.sigAt + 10, l.sigAt + 200, q.length - 100 }) {
			byte[] shortQ = Arrays.copyOf(q, cut);
			EvidenceFormatException e = assertThrows(EvidenceFormatException.class, () -> verify(shortQ));
			assertFalse(e.getMessage().contains("\n"), e.getMessage());
			assertTrue(e.getMessage().startsWith("quote.dat: "), e.getMessage());
		}
		assertNull(verify(new byte[100]), "not a TDX quote");
	}
}
