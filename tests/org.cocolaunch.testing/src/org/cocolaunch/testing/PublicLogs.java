/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real public QEMU logs kept as test data in {@code tests/org.cocolaunch.trace.tests/data} (sources in the README
 * there), found from any test bundle's working directory.
 */
public final class PublicLogs {

	/** AMDESE/AMDSEV #195: SNP (AMD snp-latest tree) failing at SNP_LAUNCH_FINISH with BAD_MEASUREMENT; cut. */
	public static final String AMDSEV_195 = "amdsev-195-bad-measurement.log";
	/** amd/sev-utils #17: a complete SNP launch traced by upstream QEMU. */
	public static final String SEV_UTILS_17 = "sev-utils-17-snp-launch.log";
	/** qemu-devel, 17 Jan 2022: legacy SEV with -bios (the guest hangs). */
	public static final String QEMU_DEVEL_SEV_BIOS = "qemu-devel-2022-01-17-sev-bios.log";
	/** The same message: legacy SEV with the firmware as pflash (boots). */
	public static final String QEMU_DEVEL_SEV_PFLASH = "qemu-devel-2022-01-17-sev-pflash.log";

	public static final List<String> ALL = List.of(AMDSEV_195, SEV_UTILS_17, QEMU_DEVEL_SEV_BIOS,
			QEMU_DEVEL_SEV_PFLASH);

	private PublicLogs() {
	}

	public static Path file(String name) {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve("data"), dir.resolve("tests/org.cocolaunch.trace.tests/data"),
					dir.resolve("org.cocolaunch.trace.tests/data"))) {
				if (Files.isRegularFile(candidate.resolve(name))) {
					return candidate.resolve(name);
				}
			}
		}
		throw new AssertionError("public log " + name + " not found from " + start);
	}
}
