/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.testing.TestData;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Plans over the shared TDVF image for tests, and access to their steps. */
final class TdxPlans {

	private TdxPlans() {
	}

	/** A spec for the shared TDVF image with QEMU's defaults. */
	static TdxPlanSpec defaultSpec() {
		return new TdxPlanSpec().firmware(TestData.file(TdvfParserTest.TDX_FW), TdvfParserTest.TDX_FW);
	}

	static LaunchPlan plan(int vcpus) throws TdxInputException {
		return TdxPlanBuilder.build(defaultSpec().vcpus(vcpus));
	}

	/** The step called {@code name}. */
	static Step step(LaunchPlan plan, String name) {
		return plan.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("plan has no step " + name));
	}

	/** The first step whose name starts with {@code prefix}. */
	static Step stepStarting(LaunchPlan plan, String prefix) {
		return plan.getSteps().stream().filter(s -> s.getName().startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("plan has no step " + prefix + "*"));
	}

	/** A detached copy of a step, to change its parameters. */
	static Step copy(Step step) {
		return EcoreUtil.copy(step);
	}
}
