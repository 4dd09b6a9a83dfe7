/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line behaviour beyond the case file: usage errors, input errors, output formats. */
class SevMeasureToolTest {

	private static final String OVMF = "firmware/OVMF.amdsev.sid-2026.08.fd";
	/** cases-sev.tsv row snp-03. */
	private static final String SNP_03 = "54a8c0dd731ffacb4980b3bf926adcbfef705146fdf443ca2a03c3104610a8add28b31c86df235618a610a94797f056d";

	private static void assertUsageError(ToolRun run, String fragment) {
		assertEquals(2, run.exitCode(), run.stderr());
		assertEquals("", run.stdout());
		assertEquals(1, run.stderr().lines().count(), run.stderr());
		assertTrue(run.stderr().contains(fragment), run.stderr());
	}

	private static void assertInputError(ToolRun run, String fragment) {
		assertEquals(1, run.exitCode(), run.stderr());
		assertEquals("", run.stdout());
		assertEquals(1, run.stderr().lines().count(), run.stderr());
		assertTrue(run.stderr().startsWith("Error: ") && run.stderr().contains(fragment), run.stderr());
	}

	@Test
	void requiredOptions() {
		assertUsageError(ToolRun.of(), "the following arguments are required: --mode, --ovmf");
		assertUsageError(ToolRun.of("--mode", "snp"), "required: --ovmf");
	}

	@Test
	void badChoicesAndNumbers() {
		assertUsageError(ToolRun.of("--mode", "tdx2", "--ovmf", OVMF), "argument --mode: invalid choice: 'tdx2'");
		assertUsageError(ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "two"), "invalid int value: 'two'");
		assertUsageError(ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-type", "Xeon"),
				"invalid choice: 'Xeon'");
		assertUsageError(ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "1", "--vcpu-type", "EPYC",
				"--vmm-type", "kvmtool"), "unknown VMM type 'kvmtool'");
	}

	@Test
	void modeSpecificRequirements() {
		assertUsageError(ToolRun.of("--mode", "snp", "--ovmf", OVMF), "missing --vcpus N in guest mode 'snp'");
		assertUsageError(ToolRun.of("--mode", "seves", "--ovmf", OVMF, "--vcpus", "1"),
				"missing --vcpu-type or --vcpu-sig or --vcpu-family in guest mode 'seves'");
		assertUsageError(ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--append", "x"), "--kernel required when using --append");
		assertUsageError(ToolRun.of("--mode", "snp:svsm", "--ovmf", OVMF, "--vcpus", "1", "--vcpu-type", "EPYC"),
				"requires --vars-size or --vars-file");
		assertUsageError(ToolRun.of("--mode", "snp:svsm", "--ovmf", OVMF, "--vars-size", "1", "--vars-file", "x"),
				"not allowed with argument --vars-size");
	}

	@Test
	void unknownAndAmbiguousOptions() {
		assertUsageError(ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--frobnicate"), "unrecognized arguments: --frobnicate");
		assertUsageError(ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--vcpu", "1"), "ambiguous option: --vcpu");
		assertUsageError(ToolRun.of("--mode", "sev", "--ovmf"), "argument --ovmf: expected one argument");
	}

	@Test
	void abbreviationsAndEqualsForm() {
		ToolRun run = ToolRun.of("--mode=snp", "--ovm", OVMF, "--vcpus=2", "--vcpu-t", "EPYC-Milan");
		assertEquals(0, run.exitCode(), run.stderr());
		assertEquals(SNP_03 + "\n", run.stdout());
	}

	@Test
	void vcpuSignatureAndFamilyAreEquivalentToType() {
		ToolRun sig = ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-sig", "0xA00F11");
		ToolRun fms = ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-family", "25",
				"--vcpu-model", "1", "--vcpu-stepping", "1");
		assertEquals(SNP_03 + "\n", sig.stdout());
		assertEquals(SNP_03 + "\n", fms.stdout());
	}

	@Test
	void inputErrors() {
		assertInputError(ToolRun.of("--mode", "sev", "--ovmf", "no/such.fd"), "no/such.fd");
		assertInputError(ToolRun.of("--mode", "snp", "--ovmf", "inputs/initrd-oracle.cpio.gz", "--vcpus", "1",
				"--vcpu-type", "EPYC"), "initrd-oracle.cpio.gz");
		assertInputError(ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--snp-ovmf-hash", "00"),
				"SNP OVMF hash only works with SNP");
		assertInputError(ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "1", "--vcpu-type", "EPYC",
				"--snp-ovmf-hash", "zz"), "--snp-ovmf-hash");
		assertInputError(ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--kernel", "inputs/none"), "kernel");
	}

	@Test
	void verboseAndBase64() {
		ToolRun v = ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-type", "EPYC-Milan", "-v");
		assertEquals("Calculated SEV_SNP guest measurement: " + SNP_03 + "\n", v.stdout());
		ToolRun b = ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-type", "EPYC-Milan",
				"--output-format", "base64");
		assertEquals(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SNP_03)) + "\n",
				b.stdout());
	}

	@Test
	void jsonWithTrace() {
		ToolRun run = ToolRun.of("--mode", "snp", "--ovmf", OVMF, "--vcpus", "2", "--vcpu-type", "EPYC-Milan",
				"--output-format", "json", "--trace");
		assertEquals(0, run.exitCode(), run.stderr());
		String json = run.stdout();
		assertTrue(json.startsWith("{\"mode\":\"snp\",\"measurement\":\"" + SNP_03 + "\",\"pages\":["), json.substring(0, 200));
		assertEquals(1, json.lines().count());
		Matcher page = Pattern.compile("\\{\"gpa\":\"0x[0-9a-f]+\",\"page_type\":\"(normal|zero|unmeasured|secrets|cpuid|vmsa)\","
				+ "\"contents_digest\":\"[0-9a-f]{96}\",\"digest_after\":\"([0-9a-f]{96})\"}").matcher(json);
		int pages = 0;
		String last = null;
		while (page.find()) {
			pages++;
			last = page.group(2);
		}
		// 4 MiB of OVMF pages, the metadata pages and two VMSAs; the last digest is the measurement.
		assertTrue(pages > 1024, "pages: " + pages);
		assertEquals(SNP_03, last);
		assertTrue(json.contains("\"page_type\":\"vmsa\""));
		assertTrue(json.contains("\"page_type\":\"cpuid\""));
	}

	@Test
	void jsonWithoutTraceAndHelp() {
		ToolRun run = ToolRun.of("--mode", "sev", "--ovmf", OVMF, "--output-format", "json");
		assertEquals("{\"mode\":\"sev\",\"measurement\":\"3e4fd0b3fe3b2dbe481c3d9e99418a034174f26cbe1f55aa212b0f18c12d2d6f\"}\n",
				run.stdout());
		ToolRun help = ToolRun.of("--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.stdout().contains("--vars-file PATH"));
		assertFalse(help.stdout().isEmpty());
	}
}
