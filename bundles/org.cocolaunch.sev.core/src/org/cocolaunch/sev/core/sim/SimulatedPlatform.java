/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.util.Objects;

/**
 * What the simulated AMD secure processor reports about itself: the SEV_PLATFORM_STATUS version fields that enter the
 * LAUNCH_MEASURE HMAC (domain reference §1.2, §3.1), the VMSA features KVM accepts
 * ({@code KVM_X86_SEV_VMSA_FEATURES}, §1.1) and the CPUID policy the SNP firmware checks CPUID pages against.
 *
 * @param apiMajor              API_MAJOR
 * @param apiMinor              API_MINOR
 * @param build                 BUILD
 * @param supportedVmsaFeatures bits allowed in {@code kvm_sev_init.vmsa_features}
 * @param cpuidPolicy           the platform's CPUID policy (SNP_LAUNCH_UPDATE of a CPUID page)
 */
public record SimulatedPlatform(int apiMajor, int apiMinor, int build, long supportedVmsaFeatures,
		SnpCpuidPolicy cpuidPolicy) {

	/**
	 * A firmware 1.55 build 21 platform (a recent release; the simulator only needs the values to be consistent)
	 * accepting every named SEV_FEATURES bit except SNPActive, which KVM sets itself, with an EPYC 7003 (Milan) CPUID
	 * policy ({@link SnpCpuidPolicy#milan()}).
	 */
	public static final SimulatedPlatform DEFAULT = new SimulatedPlatform(1, 55, 21, 0x0021_D7FEL);

	public SimulatedPlatform {
		Objects.requireNonNull(cpuidPolicy, "cpuidPolicy");
	}

	/** A platform with the default (Milan) CPUID policy. */
	public SimulatedPlatform(int apiMajor, int apiMinor, int build, long supportedVmsaFeatures) {
		this(apiMajor, apiMinor, build, supportedVmsaFeatures, SnpCpuidPolicy.milan());
	}

	/** This platform with another CPUID policy. */
	public SimulatedPlatform withCpuidPolicy(SnpCpuidPolicy policy) {
		return new SimulatedPlatform(apiMajor, apiMinor, build, supportedVmsaFeatures, policy);
	}
}
