/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/**
 * The SEV-family example plans of org.cocolaunch.doc/examples, read as the user opens them, and — as there is no
 * plain SEV example file — the SEV plans the plan builder makes for the same firmware (legacy KVM_SEV_INIT on the
 * default VM type, and INIT2 on KVM_X86_SEV_VM), plus the legacy KVM_SEV_ES_INIT variant of SEV-ES, with 2 vCPUs. Their firmware input is the shared OVMF.amdsev build in testdata/firmware.
 */
final class SevExamples {

	static final String FIRMWARE = "firmware/OVMF.amdsev.sid-2026.08.fd";

	/** A named plan maker. */
	record Example(String name, Supplier<LaunchPlan> plan) {
		@Override
		public String toString() {
			return name;
		}
	}

	private SevExamples() {
	}

	static Example[] all() {
		return new Example[] { new Example("sev (builder, legacy init)", SevExamples::sev),
				new Example("sev-es-qemu", () -> file("sev-es-qemu.cclaunch")), new Example("snp-qemu", () -> file("snp-qemu.cclaunch")),
				new Example("snp-ec2", () -> file("snp-ec2.cclaunch")),
				new Example("snp-qemu-idblock", () -> file("snp-qemu-idblock.cclaunch")),
				new Example("sev (builder, INIT2)", () -> built(SevMode.SEV, false)),
				new Example("sev-es (builder, legacy init)", () -> built(SevMode.SEV_ES, true)) };
	}

	static LaunchPlan sev() {
		return built(SevMode.SEV, true);
	}

	/** The builder's plan for {@code mode} with 2 vCPUs (EPYC-v4), legacy KVM_SEV_INIT / KVM_SEV_ES_INIT or INIT2. */
	static LaunchPlan built(SevMode mode, boolean legacyInit) {
		try {
			return SevPlanBuilder.build(SevPlanRequest.of(mode, firmware(), 2, "EPYC-v4", VcpuTypes.byName("EPYC-v4"))
					.withLegacyInit(legacyInit));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** An example plan file shipped in the doc bundle. */
	static Path path(String name) throws Exception {
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/" + name);
		return Path.of(FileLocator.toFileURL(entry).toURI());
	}

	static LaunchPlan file(String name) {
		try {
			SevPackage.eINSTANCE.getNsURI();
			return ModelFiles.loadPlan(path(name));
		} catch (Exception e) {
			throw new AssertionError(name + ": " + e, e);
		}
	}

	static Path firmware() {
		return TestData.file(FIRMWARE);
	}

	static PlanInputs inputs(LaunchPlan plan) {
		return new PlanInputs(plan, firmware().getParent(), Map.of());
	}
}
