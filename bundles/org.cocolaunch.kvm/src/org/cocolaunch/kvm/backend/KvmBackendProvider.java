/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendProvider;
import org.cocolaunch.core.backend.BackendProviders;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostReport;
import org.cocolaunch.kvm.check.PlanTechnology;
import org.cocolaunch.model.LaunchPlan;

/** Real KVM on this host as the {@code kvm} backend, behind the host check. */
public final class KvmBackendProvider implements BackendProvider {

	@Override
	public String id() {
		return BackendProviders.KVM;
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return PlanTechnology.of(plan) != null;
	}

	@Override
	public String unavailableReason(LaunchPlan plan) {
		if (plan != null) {
			return KvmBackends.whyNot(plan);
		}
		HostReport report = HostCheck.forThisHost().run();
		return report.canLaunch() ? null : report.whyNot();
	}

	@Override
	public Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		return KvmBackends.create(plan, inputs);
	}
}
