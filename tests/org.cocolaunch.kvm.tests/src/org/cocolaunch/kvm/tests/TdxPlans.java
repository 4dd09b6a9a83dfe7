/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.file.Path;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.testing.TestData;

/** The TDX example plan: QEMU defaults with the shared TDVF build (testdata/firmware). */
final class TdxPlans {

	static final String FIRMWARE = "firmware/OVMF.inteltdx.ms.sid-2026.08.fd";

	private TdxPlans() {
	}

	static Path firmware() {
		return TestData.file(FIRMWARE);
	}

	static LaunchPlan example(int vcpus) throws TdxInputException {
		return TdxPlanBuilder.build(new TdxPlanSpec().firmware(firmware(), null).vcpus(vcpus));
	}

	static PlanInputs inputs(LaunchPlan plan) {
		return new PlanInputs(plan, firmware().getParent(), Map.of());
	}
}
