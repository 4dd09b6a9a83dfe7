/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.verify.CheckOutcome;
import org.cocolaunch.core.verify.Certificates;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.verify.AmdChains;
import org.cocolaunch.sev.core.verify.AmdProduct;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real SEV-SNP reports (v2, v3, v5; Milan, Genoa, Turin; VCEK and VLEK) verify offline; one flipped byte in any signed
 * field, the signature or a certificate makes them fail, naming the check; malformed input is one line.
 */
class SnpReportVerifierTest {

	/** A fixed time at which every certificate here but the trustee VLEK (expired 2025-12-10) is valid. */
	private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

	static Path data(String name) {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			for (Path c : List.of(dir.resolve("data"), dir.resolve("tests/org.cocolaunch.sev.core.tests/data"))) {
				if (Files.isRegularFile(c.resolve(name))) {
					return c.resolve(name);
				}
			}
		}
		throw new AssertionError("test data " + name + " not found from " + start);
	}

	private static byte[] bytes(Path p) {
		try {
			return Files.readAllBytes(p);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static X509Certificate cert(Path p) throws EvidenceFormatException {
		return Certificates.parseOne(bytes(p), p.getFileName().toString());
	}

	/** name, report, VCEK/VLEK, product, chip ID checked */
	static List<Arguments> genuine() {
		return List.of(
				Arguments.of("go-sev-guest Milan v2", TestData.file("reports/snp-report-milan.bin"),
						TestData.file("reports/snp-vcek-milan.der"), "Milan", CheckOutcome.PASS),
				Arguments.of("trustee Milan v2", data("trustee-milan-vcek-report.bin"), data("trustee-milan-vcek.der"),
						"Milan", CheckOutcome.PASS),
				Arguments.of("trustee Milan v3 VLEK", data("trustee-milan-vlek-report-v3.bin"),
						data("trustee-milan-vlek.der"), "Milan", CheckOutcome.NOT_CHECKED),
				Arguments.of("Azure Genoa v3", data("azure-genoa-report-v3.bin"), data("azure-genoa-vcek.pem"), "Genoa",
						CheckOutcome.PASS),
				Arguments.of("Microsoft Turin v5", data("ms-turin-report-v5.bin"), data("ms-turin-vcek.pem"), "Turin",
						CheckOutcome.PASS));
	}

	private static EvidenceVerification verify(byte[] report, X509Certificate leaf, List<X509Certificate> chain)
			throws EvidenceFormatException {
		return new SevVendorEngine().verifyEvidence(new VerifyRequest(report, "report.bin", leaf, chain, AT));
	}

	private static EvidenceCheck check(EvidenceVerification v, String name) {
		return v.checks().stream().filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no check " + name + " in " + v.checks()));
	}

	private static String identity(EvidenceVerification v, String name) {
		return v.identity().stream().filter(f -> f.name().equals(name)).map(StateField::value).findFirst().orElse(null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("genuine")
	void genuineReportsVerifyWithTheShippedChain(String label, Path report, Path leaf, String product,
			CheckOutcome chipId) throws Exception {
		EvidenceVerification v = verify(bytes(report), cert(leaf), List.of());
		assertTrue(v.verified(), label + ": " + v.failureLine() + " " + v.checks());
		assertEquals("sev-snp", v.kind());
		assertTrue(v.signatureHolds());
		assertTrue(v.chainHolds());
		assertEquals(CheckOutcome.PASS, check(v, "report signature").outcome());
		assertEquals(CheckOutcome.PASS, check(v, "ARK pinned").outcome());
		assertEquals(CheckOutcome.PASS, check(v, "reported TCB").outcome());
		assertEquals(CheckOutcome.PASS, check(v, "product").outcome());
		assertEquals(chipId, check(v, "chip ID").outcome());
		assertEquals(product, identity(v, "product"));
		assertTrue(v.warnings().stream().anyMatch(w -> w.contains("revocation not checked")), v.warnings().toString());
	}

	@Test
	void turinReportsUseTurinsTcbByteMapAndAnEightByteChipId() throws Exception {
		// the VCEK's SPL extensions (read with Python cryptography): fmcSPL 1, blSPL 1, teeSPL 1, snpSPL 4, ucodeSPL 0x51
		EvidenceVerification v = verify(bytes(data("ms-turin-report-v5.bin")), cert(data("ms-turin-vcek.pem")), List.of());
		assertEquals("REPORTED_TCB {fmc=1, bootloader=1, tee=1, snp=4, microcode=81} equals the certificate's SPLs",
				check(v, "reported TCB").reason());
		assertEquals("CHIP_ID equals the VCEK's hwID (8 bytes)", check(v, "chip ID").reason());
		byte[] report = bytes(data("ms-turin-report-v5.bin"));
		assertTrue(identity(v, "reported TCB").startsWith("0x5100000004010101 "), identity(v, "reported TCB"));
		assertEquals(CheckOutcome.PASS, check(v, "product").outcome());
		assertTrue(check(v, "product").reason().contains("CPUID family 0x1a model 0x2"), check(v, "product").reason());
		assertEquals(5, report[0]);
	}

	@Test
	void theVlekExpiredIn2025IsAWarningNotAFailure() throws Exception {
		EvidenceVerification v = verify(bytes(data("trustee-milan-vlek-report-v3.bin")), cert(data("trustee-milan-vlek.der")),
				List.of());
		assertTrue(v.verified());
		assertTrue(v.warnings().stream().anyMatch(w -> w.contains("SEV-VLEK") && w.contains("expired on 2025-12-10")),
				v.warnings().toString());
		assertTrue(v.checks().stream().anyMatch(c -> c.name().equals("VLEK signed by ASVK") && c.outcome() == CheckOutcome.PASS));
	}

	@Test
	void aGivenChainIsUsedInsteadOfTheShippedOne() throws Exception {
		List<X509Certificate> chain = Certificates.parseAll(bytes(TestData.file("reports/amd-ask-ark-milan.pem")), "chain");
		EvidenceVerification v = verify(bytes(TestData.file("reports/snp-report-milan.bin")),
				cert(TestData.file("reports/snp-vcek-milan.der")), chain);
		assertTrue(v.verified(), v.failureLine());
		assertTrue(check(v, "ARK pinned").reason().contains("given chain"));
	}

	@Test
	void theGoSevGuestReportCarriesTheChipIdOfItsVcek() throws Exception {
		// go-sev-guest's test asserts this VCEK belongs to this report; the chip ID is the report's bytes 0x1A0..0x1DF
		byte[] report = bytes(TestData.file("reports/snp-report-milan.bin"));
		EvidenceVerification v = verify(report, cert(TestData.file("reports/snp-vcek-milan.der")), List.of());
		assertEquals(java.util.HexFormat.of().formatHex(report, 0x1A0, 0x1E0), identity(v, "chip ID"));
	}

	/** The signed fields of the report (AMD 56860 Table 23), offset and size. */
	static List<Arguments> signedFields() {
		Map<String, int[]> f = new java.util.LinkedHashMap<>();
		f.put("VERSION", new int[] { 0x000, 4 });
		f.put("GUEST_SVN", new int[] { 0x004, 4 });
		f.put("POLICY", new int[] { 0x008, 8 });
		f.put("FAMILY_ID", new int[] { 0x010, 16 });
		f.put("IMAGE_ID", new int[] { 0x020, 16 });
		f.put("VMPL", new int[] { 0x030, 4 });
		f.put("SIGNATURE_ALGO", new int[] { 0x034, 4 });
		f.put("CURRENT_TCB", new int[] { 0x038, 8 });
		f.put("PLATFORM_INFO", new int[] { 0x040, 8 });
		f.put("SIGNER_INFO", new int[] { 0x048, 4 });
		f.put("REPORT_DATA", new int[] { 0x050, 64 });
		f.put("MEASUREMENT", new int[] { 0x090, 48 });
		f.put("HOST_DATA", new int[] { 0x0C0, 32 });
		f.put("ID_KEY_DIGEST", new int[] { 0x0E0, 48 });
		f.put("AUTHOR_KEY_DIGEST", new int[] { 0x110, 48 });
		f.put("REPORT_ID", new int[] { 0x140, 32 });
		f.put("REPORT_ID_MA", new int[] { 0x160, 32 });
		f.put("REPORTED_TCB", new int[] { 0x180, 8 });
		f.put("CHIP_ID", new int[] { 0x1A0, 64 });
		f.put("COMMITTED_TCB", new int[] { 0x1E0, 8 });
		f.put("CURRENT_BUILD", new int[] { 0x1E8, 1 });
		f.put("COMMITTED_BUILD", new int[] { 0x1EC, 1 });
		f.put("LAUNCH_TCB", new int[] { 0x1F0, 8 });
		f.put("LAUNCH_MIT_VECTOR (v5; reserved before)", new int[] { 0x1F8, 8 });
		f.put("CURRENT_MIT_VECTOR (v5; reserved before)", new int[] { 0x200, 8 });
		List<Arguments> out = new java.util.ArrayList<>();
		f.forEach((name, at) -> out.add(Arguments.of(name, at[0], at[1])));
		return out;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("signedFields")
	void aFlippedByteInAnySignedFieldFailsTheSignatureOrIsRefusedInOneLine(String field, int offset, int size)
			throws Exception {
		for (Path[] pair : new Path[][] { { TestData.file("reports/snp-report-milan.bin"), TestData.file("reports/snp-vcek-milan.der") },
				{ data("azure-genoa-report-v3.bin"), data("azure-genoa-vcek.pem") },
				{ data("ms-turin-report-v5.bin"), data("ms-turin-vcek.pem") } }) {
			byte[] report = bytes(pair[0]);
			report[offset + size - 1] ^= 0x01;
			EvidenceVerification v;
			try {
				v = verify(report, cert(pair[1]), List.of());
			} catch (EvidenceFormatException e) {
				// the parser refuses some values outright (unknown algorithm, reserved bytes): one line, naming them
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
				assertTrue(e.getMessage().contains("SNP attestation report"), e.getMessage());
				assertTrue((List.of("VERSION", "SIGNATURE_ALGO", "SIGNER_INFO").contains(field)
						|| field.endsWith("(v5; reserved before)") && report[0] < 5),
						field + " refused by the parser: " + e.getMessage());
				continue;
			}
			assertFalse(v.verified(), field + " flipped in " + pair[0].getFileName() + " still verifies");
			assertEquals("report signature", v.firstFailure().orElseThrow().name(), field);
			assertTrue(v.failureLine().startsWith("report signature: ECDSA P-384/SHA-384 over bytes 0x000-0x29F does not verify"),
					v.failureLine());
		}
	}

	@Test
	void aFlippedSignatureByteFails() throws Exception {
		for (int at : new int[] { 0x2A0, 0x2A0 + 47, 0x2E8, 0x2E8 + 20 }) {
			byte[] report = bytes(TestData.file("reports/snp-report-milan.bin"));
			report[at] ^= 0x40;
			EvidenceVerification v = verify(report, cert(TestData.file("reports/snp-vcek-milan.der")), List.of());
			assertEquals("report signature", v.firstFailure().orElseThrow().name(), "byte 0x" + Integer.toHexString(at));
		}
	}

	@Test
	void aFlippedByteInTheVcekFailsItsChainOrIsRefusedInOneLine() throws Exception {
		byte[] der = bytes(TestData.file("reports/snp-vcek-milan.der"));
		int failedChain = 0;
		// bytes inside the to-be-signed part: validity, subject, the SPL extensions
		for (int at : new int[] { 40, 200, 300, 600, 700 }) {
			byte[] bad = der.clone();
			bad[at] ^= 0x01;
			X509Certificate leaf;
			try {
				leaf = Certificates.parseOne(bad, "vcek.der");
			} catch (EvidenceFormatException e) {
				assertFalse(e.getMessage().contains("\n"));
				assertTrue(e.getMessage().startsWith("vcek.der: "), e.getMessage());
				continue;
			}
			EvidenceVerification v = verify(bytes(TestData.file("reports/snp-report-milan.bin")), leaf, List.of());
			assertFalse(v.verified(), "byte " + at);
			assertFalse(v.chainHolds(), "byte " + at);
			assertEquals(CheckOutcome.FAIL, check(v, "VCEK signed by ASK").outcome(), "byte " + at);
			failedChain++;
		}
		assertTrue(failedChain > 0, "no flipped VCEK was even parsed");
	}

	@Test
	void theWrongGenerationsChainFails() throws Exception {
		List<X509Certificate> genoa = List.of(AmdChains.shipped(AmdProduct.GENOA, false).intermediate(),
				AmdChains.shipped(AmdProduct.GENOA, false).ark());
		EvidenceVerification v = verify(bytes(TestData.file("reports/snp-report-milan.bin")),
				cert(TestData.file("reports/snp-vcek-milan.der")), genoa);
		assertFalse(v.verified());
		assertEquals("VCEK signed by ASK", v.firstFailure().orElseThrow().name());
		assertEquals(CheckOutcome.FAIL, check(v, "product").outcome());
	}

	@Test
	void anotherReportsVcekFailsTheSignatureAndTheChipId() throws Exception {
		EvidenceVerification v = verify(bytes(data("trustee-milan-vcek-report.bin")),
				cert(TestData.file("reports/snp-vcek-milan.der")), List.of());
		assertEquals("report signature", v.firstFailure().orElseThrow().name());
		assertEquals(CheckOutcome.FAIL, check(v, "chip ID").outcome());
	}

	@Test
	void aVcekForAVlekSignedReportIsRefused() throws Exception {
		EvidenceVerification v = verify(bytes(data("trustee-milan-vlek-report-v3.bin")), cert(data("trustee-milan-vcek.der")),
				List.of());
		assertFalse(v.verified());
		assertTrue(v.failureLine().startsWith("report signature: the report is signed by its VLEK but the certificate given is SEV-VCEK"),
				v.failureLine());
	}

	@Test
	void withoutACertificateNothingVerifiesAndTheLineSaysWhy() throws Exception {
		EvidenceVerification v = verify(bytes(TestData.file("reports/snp-report-milan.bin")), null, List.of());
		assertFalse(v.verified());
		assertTrue(v.failureLine().startsWith("report signature: no VCEK certificate given (--cert)"), v.failureLine());
	}

	@Test
	void theTurinChainsHoldAndPinTheSameArkAsVirteeSev() throws Exception {
		X509Certificate vcek = cert(data("virtee-turin-vcek.der"));
		AmdChains.Chain shipped = AmdChains.shipped(AmdProduct.TURIN, false);
		assertNull(Certificates.signatureProblem(vcek, shipped.intermediate()));
		assertNull(Certificates.signatureProblem(shipped.intermediate(), shipped.ark()));
		AmdChains.Chain virtee = AmdChains.split(Certificates.parseAll(bytes(data("virtee-turin-cert-chain.pem")), "turin"), "turin");
		assertEquals(AmdProduct.TURIN, AmdChains.arkProduct(virtee.ark()));
		assertEquals(Certificates.keyHash(shipped.intermediate()), Certificates.keyHash(virtee.intermediate()));
		// VLEK chains of every generation load and are pinned
		for (AmdProduct p : AmdProduct.values()) {
			assertNotNull(AmdChains.shipped(p, true));
			assertNotNull(AmdChains.shipped(p, false));
		}
	}

	@Test
	void realVceksWithSerialZeroParse() throws Exception {
		assertEquals(java.math.BigInteger.ZERO, cert(TestData.file("reports/snp-vcek-milan.der")).getSerialNumber());
		assertEquals(java.math.BigInteger.ZERO, cert(data("azure-genoa-vcek.pem")).getSerialNumber());
	}

	@Test
	void malformedInputIsOneLine() throws Exception {
		SevVendorEngine engine = new SevVendorEngine();
		assertNull(engine.verifyEvidence(VerifyRequest.of(new byte[1183], "short.bin")), "not an SNP report");
		byte[] report = bytes(TestData.file("reports/snp-report-milan.bin"));
		report[0x4C] = 1; // reserved
		EvidenceFormatException e = assertThrows(EvidenceFormatException.class,
				() -> engine.verifyEvidence(VerifyRequest.of(report, "bad.bin")));
		assertEquals("bad.bin: SNP attestation report: reserved bytes 0x04C-0x04F must be zero; byte 0x4c is 0x1", e.getMessage());
		for (byte[] junk : new byte[][] { new byte[0], "hello".getBytes(), { 0x30, (byte) 0x82, 0x10, 0 },
				"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes() }) {
			EvidenceFormatException c = assertThrows(EvidenceFormatException.class, () -> Certificates.parseAll(junk, "x.pem"));
			assertTrue(c.getMessage().startsWith("x.pem"), c.getMessage());
			assertFalse(c.getMessage().contains("\n"), c.getMessage());
		}
		EvidenceFormatException three = assertThrows(EvidenceFormatException.class, () -> AmdChains.split(List.of(), "--chain c.pem"));
		assertEquals("--chain c.pem: an AMD chain has 2 certificates (ASK or ASVK, and ARK), this has 0", three.getMessage());
	}
}
