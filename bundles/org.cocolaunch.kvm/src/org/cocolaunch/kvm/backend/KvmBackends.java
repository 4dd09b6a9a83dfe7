/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostPaths;
import org.cocolaunch.kvm.check.HostReport;
import org.cocolaunch.kvm.check.PlanTechnology;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/**
 * Chooses the KVM backend for a plan: plain VMs (vendor NONE) on {@link KvmDefaultBackend}, TDX plans run as they are, SEV-family plans through a {@link SevStepMarshaller}
 * ({@link SevModelMarshaller} unless another is given). The devices are this host's ({@link HostPaths#fromSystem()}).
 */
public final class KvmBackends {

	private KvmBackends() {
	}

	/**
	 * A KVM backend for {@code plan} once the host check says this host can launch it — what {@code run --backend kvm}
	 * and a KVM launch configuration use, so a host that cannot launch says why in one line (no /dev/kvm, no
	 * permission, module parameter off, VM type not offered) instead of failing in the first ioctl.
	 *
	 * @throws BackendException with the host check's reason, in one line
	 */
	public static Backend createAfterHostCheck(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		String refusal = whyNot(plan);
		if (refusal != null) {
			throw new BackendException(refusal);
		}
		return create(plan, inputs);
	}

	/** Why this host cannot launch {@code plan} on KVM (one line, from the host check), or null when it can. */
	public static String whyNot(LaunchPlan plan) {
		String needed = PlanTechnology.of(plan);
		if (needed == null) {
			return "no KVM backend for vendor " + plan.getVendor() + ", VM type " + plan.getVmType();
		}
		HostReport report = HostCheck.forThisHost().run();
		if (PlanTechnology.PLAIN.equals(needed)) {
			// a plain VM needs only a working /dev/kvm; whether the VM type is offered, KVM_CREATE_VM says
			return report.kvmUsable() ? null : report.summary();
		}
		if (!report.canLaunch()) {
			return report.whyNot();
		}
		HostReport.Technology technology = report.technology(needed);
		if (technology == null || !technology.available()) {
			return "this host cannot launch " + needed + ": "
					+ (technology == null ? "the host check does not know it" : technology.reason());
		}
		return null;
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
		if (plan.getVendor() == Vendor.NONE) {
			return new KvmDefaultBackend(plan, inputs, NativeSystem.get(), paths.kvmDevice().toString());
		}
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
