/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.sev.core.explain.CmdlineVariant;
import org.cocolaunch.sev.core.explain.SevSearchSpace;
import org.cocolaunch.sev.core.explain.SevVariantSearch;
import org.cocolaunch.sev.model.SevMode;

/**
 * Time to exhaust the default SNP configuration space — 64 vCPU counts × every vCPU type × every guest-feature
 * combination × 3 VMM presets × kernel hashes on/off — for the 4 MiB OVMF, with a target nothing produces (so the
 * whole space is walked). Prints configurations per second. Not a test: tests/bench runs it.
 * <p>
 * Arguments: the shared testdata directory (default {@code ../shared/testdata}).
 */
public final class ExplainSearchBenchmark {

	private ExplainSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path testdata = Path.of(args.length > 0 ? args[0] : "../shared/testdata");
		Path ovmf = testdata.resolve("firmware/OVMF.amdsev.sid-2026.08.fd");
		Path kernel = testdata.resolve("inputs/vmlinuz-6.1.0-56-cloud-amd64");
		Path initrd = testdata.resolve("inputs/initrd-oracle.cpio.gz");
		// Kernel hashes on/off with the command line as given: the space the target is stated for.
		SevSearchSpace space = SevSearchSpace.defaults(SevMode.SEV_SNP, List.of(ovmf), kernel, initrd, "console=ttyS0")
				.withCmdlines(List.of(CmdlineVariant.AS_GIVEN));
		byte[] nothing = new byte[48];
		SevVariantSearch.search(space.withMaxVcpus(4), nothing, null); // warm up the JIT and the SHA intrinsics
		long cpu0 = processCpuNanos();
		SearchResult r = SevVariantSearch.search(space, nothing, null);
		long cpu = processCpuNanos() - cpu0;
		int featureCombos = space.guestFeatures().size();
		System.out.printf("default SNP space: %d vCPU counts x %d vCPU types x %d guest-feature combinations x %d"
				+ " presets x 2 (kernel hashes on/off) = %d configurations%n", space.maxVcpus(),
				space.vcpuTypes().size(), featureCombos, space.presets().size(), r.variants());
		System.out.printf("exhausted in %.2f s on %d cores: %.3g configurations/s (%s)%n", r.nanos() / 1e9,
				Runtime.getRuntime().availableProcessors(), r.variantsPerSecond(),
				r.matched() ? "unexpected match" : "no match, as intended");
		// CPU time over wall time shows how many cores the search really got (other load shares them).
		System.out.printf("process CPU time %.2f s = %.2f cores busy on average%n", cpu / 1e9, (double) cpu / r.nanos());
	}

	/** User + system CPU time of this process from /proc/self/stat (Linux clock ticks, 100 per second). */
	private static long processCpuNanos() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime, stime (fields 14, 15)
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}
