/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.check.HostPaths;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/**
 * Chooses the KVM backend for a plan: TDX plans run as they are, SEV-family plans through a {@link SevStepMarshaller}
 * ({@link SevModelMarshaller} unless another is given). The devices are this host's ({@link HostPaths#fromSystem()}).
 */
public final class KvmBackends {

	private KvmBackends() {
	}

	/** A KVM backend for {@code plan} on the configured native library and /dev/kvm; AMD plans read the SEV model. */
	public static Backend create(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		return create(plan, inputs, new SevModelMarshaller());
	}

	/**
	 * A KVM backend for {@code plan} on the configured native library and /dev/kvm.
	 *
	 * @param sevMarshaller reads SEV-model steps; null while no SEV marshaller is installed
	 */
	public static Backend create(LaunchPlan plan, PlanInputs inputs, SevStepMarshaller sevMarshaller) throws BackendException {
		HostPaths paths = HostPaths.fromSystem();
		if (plan.getVendor() == Vendor.INTEL && plan.getVmType() == VmType.TDX) {
			return new KvmTdxBackend(plan, inputs, NativeSystem.get(), paths.kvmDevice().toString());
		}
		if (plan.getVendor() == Vendor.AMD) {
			if (sevMarshaller == null) {
				throw new BackendException("the KVM backend cannot read SEV plan steps: no SEV step marshaller is given");
			}
			return new KvmSevBackend(plan, inputs, sevMarshaller, NativeSystem.get(), paths.kvmDevice().toString(),
					paths.sevDevice().toString());
		}
		throw new BackendException("no KVM backend for vendor " + plan.getVendor() + ", VM type " + plan.getVmType());
	}
}
