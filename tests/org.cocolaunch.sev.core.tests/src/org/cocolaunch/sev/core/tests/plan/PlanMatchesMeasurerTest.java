/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * For other firmware flavours (Intel TDX OVMF with zero-size SEV items, the SVSM's OVMF, the upstream 4 KiB fixtures),
 * every mode, vCPU count and VMM: a plan run on the simulated firmware measures exactly what the measurement engine
 * computes, and the builder refuses exactly the inputs the engine refuses.
 */
class PlanMatchesMeasurerTest {

	static List<Arguments> cases() {
		List<Arguments> out = new ArrayList<>();
		for (String fw : List.of("firmware/OVMF.amdsev.sid-2026.08.fd", "firmware/OVMF.inteltdx.ms.sid-2026.08.fd",
				"upstream-sev-snp-measure/svsm_ovmf.fd", "upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin",
				"upstream-sev-snp-measure/ovmf_OvmfX64_suffix.bin")) {
			for (SevMode mode : List.of(SevMode.SEV, SevMode.SEV_ES, SevMode.SEV_SNP)) {
				for (int vcpus : List.of(1, 3)) {
					for (VmmType vmm : VmmType.values()) {
						if (mode != SevMode.SEV_SNP && vmm != VmmType.QEMU) {
							continue;
						}
						out.add(Arguments.of(fw, mode, vcpus, vmm, false));
					}
				}
			}
			out.add(Arguments.of(fw, SevMode.SEV_SNP, 2, VmmType.QEMU, true));
			out.add(Arguments.of(fw, SevMode.SEV, 1, VmmType.QEMU, true));
		}
		return out;
	}

	@ParameterizedTest(name = "{0} {1} {2} vCPUs {3} kernel={4}")
	@MethodSource("cases")
	void samePlanMeasurementAsTheEngine(String firmware, SevMode mode, int vcpus, VmmType vmm, boolean kernel)
			throws Exception {
		Path dir = TestData.dir();
		long sig = VcpuTypes.byName("EPYC-Milan");
		SevPlanRequest request = SevPlanRequest.of(mode, dir.resolve(firmware), vcpus, "EPYC-Milan", sig).withVmm(vmm)
				.withGuestFeatures(0x21);
		MeasurementRequest m = MeasurementRequest.of(mode, dir.resolve(firmware)).withVcpus(vcpus, sig).withVmm(vmm)
				.withGuestFeatures(0x21);
		if (kernel) {
			Path k = dir.resolve("inputs/vmlinuz-6.1.0-56-cloud-amd64");
			Path i = dir.resolve("inputs/initrd-oracle.odd.bin");
			request = request.withKernel(k, i, "quiet");
			m = m.withKernel(k, i, "quiet");
		}
		String expected;
		try {
			expected = HexFormat.of().formatHex(LaunchMeasurer.measure(m).measurement());
		} catch (SevInputException e) {
			SevPlanRequest refused = request;
			assertThrows(SevInputException.class, () -> PlanRuns.measurement(SevPlanBuilder.build(refused), dir),
					"the engine refuses: " + e.getMessage());
			return;
		}
		LaunchPlan plan = SevPlanBuilder.build(request);
		assertEquals(expected, PlanRuns.measurement(plan, dir));
	}
}
