/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.explain;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import org.cocolaunch.cli.measure.SevMeasureTool;
import org.cocolaunch.core.explain.MismatchExplanation;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.explain.CmdlineVariant;
import org.cocolaunch.sev.core.explain.GuestFeatureBits;
import org.cocolaunch.sev.core.explain.SevSearchSpace;
import org.cocolaunch.sev.core.explain.SevVariantSearch;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration search finds the configurations behind known measurements (rows of cases-sev.tsv, and targets
 * computed with the plain measurer) and reports only configurations whose {@code measure} command line really gives
 * the target.
 */
class SevVariantSearchTest {

	private static final Path OVMF = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd");
	private static final Path KERNEL = TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64");
	private static final Path INITRD = TestData.file("inputs/initrd-oracle.cpio.gz");
	private static final HexFormat HEX = HexFormat.of();

	/** A narrow space (fast), still with several values in every dimension. */
	private static SevSearchSpace narrow(SevMode mode, Path kernel, Path initrd, String append) {
		return SevSearchSpace.defaults(mode, List.of(OVMF), kernel, initrd, append).withMaxVcpus(8)
				.withGuestFeatures(GuestFeatureBits.combinations(0x23));
	}

	private static byte[] expected(String id) {
		return HEX.parseHex(TestData.caseField("cases-sev.tsv", id, 3));
	}

	private static SearchResult search(SevSearchSpace space, byte[] target) throws Exception {
		SearchResult r = SevVariantSearch.search(space, target, new NullProgressMonitor());
		assertFalse(r.cancelled());
		for (Variant v : r.matches()) {
			assertEquals(HEX.formatHex(target), measure(v.measureArgs()), "re-running " + v.commandLine());
		}
		return r;
	}

	/** Runs the match's arguments through {@code measure} and returns the hex it prints. */
	static String measure(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = SevMeasureTool.run(args, Path.of("."), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	private static Predicate<Variant> has(String key, String valuePrefix) {
		return v -> v.settings().getOrDefault(key, "").startsWith(valuePrefix);
	}

	@Test
	void snp01FoundInTheDefaultSpace() throws Exception {
		SearchResult r = search(SevSearchSpace.defaults(SevMode.SEV_SNP, List.of(OVMF), null, null, null),
				expected("snp-01"));
		assertEquals(1, r.matches().size(), r.matches().toString());
		Variant v = r.matches().get(0);
		assertEquals("1", v.settings().get("vcpus"));
		assertEquals("QEMU", v.settings().get("vmm-type"));
		assertTrue(v.settings().get("vcpu-type").contains("EPYC-v4"), v.settings().toString());
		assertTrue(v.settings().get("guest-features").startsWith("0x1 "));
		assertEquals(64L * 16 * 16384 * 3, r.variants());
	}

	@Test
	void snpRowsFound() throws Exception {
		record Row(String id, String vcpus, String vmm, String type) {
		}
		for (Row row : List.of(new Row("snp-03", "2", "QEMU", "EPYC-Milan"), new Row("snp-16", "1", "ec2", "any"),
				new Row("snp-20", "2", "gce", "any"))) {
			SearchResult r = search(narrow(SevMode.SEV_SNP, null, null, null), expected(row.id()));
			assertEquals(1, r.matches().size(), row.id() + ": " + r.matches());
			Variant v = r.matches().get(0);
			assertEquals(row.vcpus(), v.settings().get("vcpus"), row.id());
			assertEquals(row.vmm(), v.settings().get("vmm-type"), row.id());
			assertTrue(v.settings().get("vcpu-type").startsWith(row.type()), row.id() + ": " + v.settings());
		}
	}

	@Test
	void snp10WithKernelHashesFound() throws Exception {
		SearchResult r = search(narrow(SevMode.SEV_SNP, KERNEL, INITRD, "console=ttyS0 root=/dev/vda1 ro"),
				expected("snp-10"));
		assertEquals(1, r.matches().size(), r.matches().toString());
		Variant v = r.matches().get(0);
		assertEquals("4", v.settings().get("vcpus"));
		assertTrue(v.settings().get("vcpu-type").startsWith("EPYC-Genoa"));
		assertEquals("on (cmdline as given)", v.settings().get("kernel-hashes"));
	}

	@Test
	void sevEsRowFound() throws Exception {
		SearchResult r = search(narrow(SevMode.SEV_ES, null, null, null), expected("seves-01"));
		assertEquals(1, r.matches().size(), r.matches().toString());
		assertEquals("1", r.matches().get(0).settings().get("vcpus"));
		assertTrue(r.matches().get(0).settings().get("vcpu-type").startsWith("EPYC "));
	}

	@Test
	void sevRowsFound() throws Exception {
		SearchResult r = search(narrow(SevMode.SEV, KERNEL, INITRD, "console=ttyS0 root=/dev/vda1 ro"),
				expected("sev-03"));
		assertEquals(1, r.matches().size(), r.matches().toString());
		assertTrue(r.matches().get(0).settings().get("kernel-hashes").startsWith("on"));
		r = search(narrow(SevMode.SEV, KERNEL, INITRD, "console=ttyS0 root=/dev/vda1 ro"), expected("sev-01"));
		assertEquals("off", r.matches().get(0).settings().get("kernel-hashes"));
	}

	@Test
	void debugSwapTellsApartFromSnpActiveOnly() throws Exception {
		long sig = VcpuTypes.byName("EPYC-Rome");
		MeasurementRequest base = MeasurementRequest.of(SevMode.SEV_SNP, OVMF).withVcpus(3, sig);
		byte[] with = LaunchMeasurer.measure(base.withGuestFeatures(0x21)).measurement();
		byte[] without = LaunchMeasurer.measure(base.withGuestFeatures(0x1)).measurement();
		SearchResult r = search(narrow(SevMode.SEV_SNP, null, null, null), with);
		assertEquals(1, r.matches().size());
		assertTrue(has("guest-features", "0x21 (SNPActive+DebugSwap)").test(r.matches().get(0)));
		r = search(narrow(SevMode.SEV_SNP, null, null, null), without);
		assertEquals(1, r.matches().size());
		assertTrue(has("guest-features", "0x1 ").test(r.matches().get(0)));
	}

	@Test
	void ec2TellsApartFromQemu() throws Exception {
		MeasurementRequest base = MeasurementRequest.of(SevMode.SEV_SNP, OVMF).withVcpus(2,
				VcpuTypes.byName("EPYC-Milan"));
		for (VmmType vmm : VmmType.values()) {
			byte[] target = LaunchMeasurer.measure(base.withVmm(vmm)).measurement();
			SearchResult r = search(narrow(SevMode.SEV_SNP, null, null, null), target);
			assertEquals(1, r.matches().size(), vmm + ": " + r.matches());
			assertEquals(vmm.cliName(), r.matches().get(0).settings().get("vmm-type"));
		}
	}

	@Test
	void everyVcpuCountFrom1To64Found() throws Exception {
		SevSearchSpace space = SevSearchSpace.defaults(SevMode.SEV_SNP, List.of(OVMF), null, null, null)
				.withGuestFeatures(List.of(0x1L, 0x21L)).withPresets(List.of(VmmType.QEMU));
		long sig = VcpuTypes.byName("EPYC-Genoa");
		for (int n = 1; n <= 64; n++) {
			byte[] target = LaunchMeasurer.measure(MeasurementRequest.of(SevMode.SEV_SNP, OVMF).withVcpus(n, sig)
					.withGuestFeatures(0x21)).measurement();
			SearchResult r = SevVariantSearch.search(space, target, null);
			assertEquals(1, r.matches().size(), n + " vCPUs");
			assertEquals(Integer.toString(n), r.matches().get(0).settings().get("vcpus"));
		}
	}

	@Test
	void cmdlineWithTrailingSpaceFound() throws Exception {
		String append = "console=ttyS0";
		byte[] target = LaunchMeasurer.measure(MeasurementRequest.of(SevMode.SEV_SNP, OVMF)
				.withKernel(KERNEL, INITRD, append + " ").withVcpus(1, VcpuTypes.byName("EPYC"))).measurement();
		SearchResult r = search(narrow(SevMode.SEV_SNP, KERNEL, INITRD, append), target);
		assertEquals(1, r.matches().size(), r.matches().toString());
		assertEquals("on (cmdline trailing space)", r.matches().get(0).settings().get("kernel-hashes"));
	}

	@Test
	void nothingMatchesExplainsWhatWasRuledOut() throws Exception {
		SevSearchSpace space = narrow(SevMode.SEV_SNP, KERNEL, INITRD, "console=ttyS0")
				.withCmdlines(List.of(CmdlineVariant.AS_GIVEN));
		SearchResult r = SevVariantSearch.search(space, new byte[48], null);
		assertFalse(r.matched());
		// 8 vCPU counts x 16 types x 4 feature combinations x 3 presets x hashes on/off
		assertEquals(8L * 16 * 4 * 3 * 2, r.variants());
		List<String> lines = MismatchExplanation.lines(r, null);
		assertTrue(lines.get(0).startsWith("no configuration reproduces MEASUREMENT 0000"), lines.toString());
		assertTrue(lines.contains("  guest-features: 4 values (0x1, 0x3, 0x21, 0x23)"), lines.toString());
		assertTrue(lines.contains("  kernel-hashes: 2 values (off, on (cmdline as given))"), lines.toString());
		assertTrue(lines.stream().noneMatch(l -> l.contains("difference")), "no comparison was asked for");
	}

	@Test
	void cancelStopsTheSearch() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		SearchResult r = SevVariantSearch.search(
				SevSearchSpace.defaults(SevMode.SEV_SNP, List.of(OVMF), null, null, null), new byte[48], cancelled);
		assertTrue(r.cancelled());
		assertTrue(r.variants() < 64L * 16 * 16384 * 3);
		assertTrue(MismatchExplanation.lines(r, null).get(0).contains("nothing is ruled out"));
	}

	@Test
	void progressAddsUpToTheAnnouncedWork() throws Exception {
		class Counting extends NullProgressMonitor {
			int total = -1;
			int worked;
			boolean done;

			@Override
			public void beginTask(String name, int totalWork) {
				total = totalWork;
			}

			@Override
			public void worked(int work) {
				worked += work;
			}

			@Override
			public void done() {
				done = true;
			}
		}
		Counting m = new Counting();
		SevVariantSearch.search(narrow(SevMode.SEV_SNP, null, null, null), new byte[48], m);
		// 7 distinct VMSA classes (5 QEMU signatures, EC2, GCE) x 4 guest-feature values
		assertEquals(28, m.total);
		assertEquals(m.total, m.worked);
		assertTrue(m.done);
	}

	@Test
	void wrongTargetLengthIsRejected() {
		Assertions.assertThrows(SevInputException.class,
				() -> SevVariantSearch.search(narrow(SevMode.SEV_SNP, null, null, null), new byte[32], null));
	}

	@Test
	void guestFeatureCombinationsKeepSnpActive() {
		List<Long> all = GuestFeatureBits.combinations(GuestFeatureBits.knownMask());
		assertEquals(1 << 14, all.size());
		assertTrue(all.stream().allMatch(f -> (f & 1) == 1));
		assertEquals(List.of(0x1L, 0x21L), GuestFeatureBits.combinations(0x20));
		assertArrayEquals(new long[] { 0x1 }, new long[] { all.get(0) });
	}
}
