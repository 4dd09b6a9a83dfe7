/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cocolaunch verify} on the real reports and quotes kept in the SEV and TDX test bundles' {@code data/}
 * folders and the shared test data: exit 0 when signature and chain hold, 1 with one line naming the first failed
 * check, 2 on usage errors; JSON with kind, signature, chain, checks, identity and warnings.
 */
class VerifyCommandTest {

	@TempDir
	Path dir;

	private static Path data(String bundle, String name) {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path d = start; d != null; d = d.getParent()) {
			Path c = d.resolve("tests").resolve(bundle).resolve("data").resolve(name);
			if (Files.isRegularFile(c)) {
				return c;
			}
			c = d.resolveSibling(bundle).resolve("data").resolve(name);
			if (Files.isRegularFile(c)) {
				return c;
			}
		}
		throw new AssertionError(bundle + "/data/" + name + " not found from " + start);
	}

	private static Path snp(String name) {
		return data("org.cocolaunch.sev.core.tests", name);
	}

	private static Path tdx(String name) {
		return data("org.cocolaunch.tdx.core.tests", name);
	}

	@Test
	void genuineSnpReportsVerify() {
		for (Path[] pair : List.of(
				new Path[] { TestData.file("reports/snp-report-milan.bin"), TestData.file("reports/snp-vcek-milan.der") },
				new Path[] { snp("azure-genoa-report-v3.bin"), snp("azure-genoa-vcek.pem") },
				new Path[] { snp("ms-turin-report-v5.bin"), snp("ms-turin-vcek.pem") },
				new Path[] { snp("trustee-milan-vlek-report-v3.bin"), snp("trustee-milan-vlek.der") })) {
			CliRun run = CliRun.of("verify", pair[0].toString(), "--cert", pair[1].toString());
			assertEquals(0, run.exitCode(), pair[0] + ": " + run.err() + run.out());
			assertTrue(run.out().endsWith("verified: signature and chain hold\n"), run.out());
			assertEquals("", run.err());
		}
		CliRun chain = CliRun.of("verify", TestData.file("reports/snp-report-milan.bin").toString(), "--cert",
				TestData.file("reports/snp-vcek-milan.der").toString(), "--chain",
				TestData.file("reports/amd-ask-ark-milan.pem").toString());
		assertEquals(0, chain.exitCode(), chain.err());
	}

	@Test
	void genuineTdxQuotesVerifyWithTheirEmbeddedChain() {
		for (String q : List.of("go-tdx-guest-quote-v4-spr-e4.dat", "go-tdx-guest-quote-v5.dat", "trustee-quote-v4.dat",
				"trustee-quote-v5.dat")) {
			CliRun run = CliRun.of("verify", tdx(q).toString());
			assertEquals(0, run.exitCode(), q + ": " + run.err());
		}
	}

	@Test
	void jsonCarriesKindChecksIdentityAndWarnings() {
		CliRun run = CliRun.of("verify", snp("trustee-milan-vlek-report-v3.bin").toString(), "--cert",
				snp("trustee-milan-vlek.der").toString(), "--json");
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		for (String s : new String[] { "\"kind\": \"sev-snp\"", "\"verified\": true", "\"signature\": \"pass\"",
				"\"chain\": \"pass\"", "\"name\": \"VLEK signed by ASVK\"", "\"result\": \"not checked\"",
				"\"signing key\": \"VLEK\"", "\"product\": \"Milan\"",
				"\"VLEK certificate SEV-VLEK expired on 2025-12-10T22:14:21Z\"",
				"\"revocation not checked: AMD's certificate revocation list needs the network\"" }) {
			assertTrue(out.contains(s), s + " missing in\n" + out);
		}
		CliRun tdx = CliRun.of("verify", tdx("go-tdx-guest-quote-v5.dat").toString(), "--json");
		assertTrue(tdx.out().contains("\"kind\": \"tdx-quote\""), tdx.out());
		assertTrue(tdx.out().contains("\"FMSPC\": \"90c06f000000\""), tdx.out());
	}

	@Test
	void aTamperedReportFailsWithOneLineNamingTheCheck() throws Exception {
		byte[] report = Files.readAllBytes(TestData.file("reports/snp-report-milan.bin"));
		report[0x50] ^= 1; // REPORT_DATA
		Path bad = Files.write(dir.resolve("tampered.bin"), report);
		CliRun run = CliRun.of("verify", bad.toString(), "--cert", TestData.file("reports/snp-vcek-milan.der").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertEquals("cocolaunch verify: tampered.bin does not verify: report signature: ECDSA P-384/SHA-384 over bytes"
				+ " 0x000-0x29F does not verify with the VCEK (report altered, or not this VCEK's)\n", run.err());

		byte[] quote = Files.readAllBytes(tdx("trustee-quote-v4.dat"));
		quote[48 + 136] ^= 1; // MRTD
		Path badQuote = Files.write(dir.resolve("tampered.dat"), quote);
		CliRun q = CliRun.of("verify", badQuote.toString());
		assertEquals(1, q.exitCode());
		assertTrue(q.err().startsWith("cocolaunch verify: tampered.dat does not verify: quote signature: "), q.err());
	}

	@Test
	void explainWarnsWhenTheQuoteDoesNotVerify() throws Exception {
		String ovmf = TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd").toString();
		CliRun genuine = CliRun.of("explain", "--report", tdx("trustee-quote-v4.dat").toString(), "--ovmf", ovmf);
		assertFalse(genuine.err().contains("warning"), genuine.err());

		byte[] quote = Files.readAllBytes(tdx("trustee-quote-v4.dat"));
		quote[48 + 520] ^= 1; // REPORTDATA: MRTD unchanged, signature broken
		Path bad = Files.write(dir.resolve("tampered.dat"), quote);
		CliRun run = CliRun.of("explain", "--report", bad.toString(), "--ovmf", ovmf);
		assertEquals(genuine.exitCode(), run.exitCode(), "the search does not depend on the warning");
		assertTrue(run.err().startsWith("cocolaunch explain: warning: tampered.dat does not verify: quote signature: "), run.err());
		assertEquals(1, run.err().lines().filter(l -> l.contains("warning")).count(), run.err());
	}

	@Test
	void withoutTheVcekItSaysWhatIsMissing() {
		CliRun run = CliRun.of("verify", TestData.file("reports/snp-report-milan.bin").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError());
		assertTrue(run.err().contains("report signature: no VCEK certificate given (--cert)"), run.err());
	}

	@Test
	void malformedInputIsOneLineAndUsageIsTwo() throws Exception {
		Path junk = Files.write(dir.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes());
		CliRun cert = CliRun.of("verify", TestData.file("reports/snp-report-milan.bin").toString(), "--cert", junk.toString());
		assertEquals(1, cert.exitCode());
		assertTrue(cert.oneLineError(), cert.err());
		assertTrue(cert.err().startsWith("cocolaunch verify: --cert junk.pem"), cert.err());
		assertFalse(cert.err().contains("Exception"), cert.err());

		Path small = Files.write(dir.resolve("small.bin"), new byte[100]);
		CliRun notEvidence = CliRun.of("verify", small.toString());
		assertEquals(1, notEvidence.exitCode());
		assertEquals("cocolaunch verify: small.bin: not an SEV-SNP attestation report (1184 bytes) or a TDX quote (v4/v5)\n",
				notEvidence.err());

		byte[] quote = Files.readAllBytes(tdx("trustee-quote-v5.dat"));
		Path cut = Files.write(dir.resolve("cut.dat"), java.util.Arrays.copyOf(quote, 1000));
		CliRun truncated = CliRun.of("verify", cut.toString());
		assertEquals(1, truncated.exitCode());
		assertTrue(truncated.oneLineError(), truncated.err());
		assertTrue(truncated.err().contains("cut.dat: quote of 1000 bytes is truncated"), truncated.err());

		CliRun missing = CliRun.of("verify", dir.resolve("nope.bin").toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.oneLineError(), missing.err());

		assertEquals(2, CliRun.of("verify").exitCode());
		assertEquals(2, CliRun.of("verify", "a.bin", "--frob").exitCode());
		assertEquals(2, CliRun.of("verify", "a.bin", "--cert").exitCode());
		assertEquals(2, CliRun.of("verify", "a.bin", "b.bin").exitCode());
	}
}
