/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.check;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/**
 * The technology a plan needs from the host, named as {@link HostReport.Technology} names it (SEV, SEV-ES, SEV-SNP,
 * TDX): from the plan's VM type, and for the legacy default VM type from its init command (KVM_SEV_ES_INIT: SEV-ES).
 */
public final class PlanTechnology {

	/** A plain (non-confidential) KVM VM: the default or SW_PROTECTED VM type, no vendor. */
	public static final String PLAIN = "KVM";

	private PlanTechnology() {
	}

	/** The technology name, or null when the plan is not a confidential-VM launch KVM knows. */
	public static String of(LaunchPlan plan) {
		if (plan.getVendor() == Vendor.NONE) {
			return plan.getVmType() == VmType.DEFAULT || plan.getVmType() == VmType.SW_PROTECTED ? PLAIN : null;
		}
		if (plan.getVendor() == Vendor.INTEL) {
			return plan.getVmType() == VmType.TDX ? "TDX" : null;
		}
		if (plan.getVendor() != Vendor.AMD) {
			return null;
		}
		return switch (plan.getVmType()) {
		case SNP -> "SEV-SNP";
		case SEV_ES -> "SEV-ES";
		case SEV -> "SEV";
		case DEFAULT -> legacyEs(plan) ? "SEV-ES" : "SEV";
		default -> null;
		};
	}

	private static boolean legacyEs(LaunchPlan plan) {
		for (Step s : plan.getSteps()) {
			if ("KVM_SEV_ES_INIT".equals(s.getCommand())) {
				return true;
			}
		}
		return false;
	}
}
