/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.explain.ShellWords;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;
import org.cocolaunch.testing.TestData;

/**
 * One SEV, SEV-ES or SNP row of shared/testdata/cases-sev.tsv turned into a plan request: the options of the row's
 * {@code cocolaunch measure} command line and the expected measurement, read from the file.
 */
public record SevCaseRow(String id, SevPlanRequest request, String expected) {

	/** Rows the plan builder covers: modes sev, seves, snp without a precomputed OVMF hash, exit code 0. */
	public static List<SevCaseRow> planRows() throws IOException {
		Path dir = TestData.dir();
		List<String> lines = Files.readAllLines(dir.resolve("cases-sev.tsv"), StandardCharsets.UTF_8);
		List<SevCaseRow> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", -1);
			Map<String, String> o = options(ShellWords.split(f[1]));
			String mode = o.get("--mode");
			if (!f[2].equals("0") || o.containsKey("--snp-ovmf-hash")
					|| !(mode.equals("sev") || mode.equals("seves") || mode.equals("snp"))) {
				continue;
			}
			rows.add(new SevCaseRow(f[0], request(dir, o), f[3]));
		}
		return rows;
	}

	private static SevPlanRequest request(Path dir, Map<String, String> o) {
		SevMode mode = switch (o.get("--mode")) {
		case "sev" -> SevMode.SEV;
		case "seves" -> SevMode.SEV_ES;
		default -> SevMode.SEV_SNP;
		};
		String type = o.get("--vcpu-type");
		long sig = type == null ? 0 : VcpuTypes.byName(type);
		int vcpus = o.containsKey("--vcpus") ? Integer.parseInt(o.get("--vcpus")) : 0;
		SevPlanRequest r = SevPlanRequest.of(mode, dir.resolve(o.get("--ovmf")), vcpus, type, sig);
		if (o.containsKey("--kernel")) {
			r = r.withKernel(dir.resolve(o.get("--kernel")),
					o.containsKey("--initrd") ? dir.resolve(o.get("--initrd")) : null, o.get("--append"));
		}
		if (o.containsKey("--guest-features")) {
			r = r.withGuestFeatures(Long.decode(o.get("--guest-features")));
		}
		if (o.containsKey("--vmm-type")) {
			r = r.withVmm(VmmType.fromCliName(o.get("--vmm-type")));
		}
		return r;
	}

	private static Map<String, String> options(List<String> words) {
		Map<String, String> o = new HashMap<>();
		for (int i = 2; i + 1 < words.size(); i += 2) {
			o.put(words.get(i), words.get(i + 1));
		}
		return o;
	}

	@Override
	public String toString() {
		return id;
	}
}
