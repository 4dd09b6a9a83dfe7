/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.backend.KvmBackends;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostReport;
import org.cocolaunch.kvm.check.PlanTechnology;
import org.cocolaunch.model.LaunchPlan;

/**
 * The {@code run --backend kvm} gate: the host check first, so a host that cannot launch the plan says why in one
 * line (no /dev/kvm, no permission, module parameter off, VM type not offered) instead of failing in the first ioctl;
 * then the KVM backend for the plan.
 */
final class KvmRun {

	private KvmRun() {
	}

	static Backend backend(LaunchPlan plan, PlanInputs inputs) throws CliFailure, BackendException {
		String needed = PlanTechnology.of(plan);
		if (needed == null) {
			throw new CliFailure("no KVM backend for vendor " + plan.getVendor() + ", VM type " + plan.getVmType());
		}
		HostReport report = HostCheck.forThisHost().run();
		if (!report.canLaunch()) {
			throw new CliFailure(report.whyNot());
		}
		HostReport.Technology technology = report.technology(needed);
		if (technology == null || !technology.available()) {
			throw new CliFailure("this host cannot launch " + needed + ": "
					+ (technology == null ? "the host check does not know it" : technology.reason()));
		}
		return KvmBackends.create(plan, inputs);
	}
}
