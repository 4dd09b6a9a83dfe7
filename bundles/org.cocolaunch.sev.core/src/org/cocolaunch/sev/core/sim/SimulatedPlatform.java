/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

/**
 * What the simulated AMD secure processor reports about itself: the SEV_PLATFORM_STATUS version fields that enter the
 * LAUNCH_MEASURE HMAC (domain reference §1.2, §3.1) and the VMSA features KVM accepts
 * ({@code KVM_X86_SEV_VMSA_FEATURES}, §1.1).
 *
 * @param apiMajor              API_MAJOR
 * @param apiMinor              API_MINOR
 * @param build                 BUILD
 * @param supportedVmsaFeatures bits allowed in {@code kvm_sev_init.vmsa_features}
 */
public record SimulatedPlatform(int apiMajor, int apiMinor, int build, long supportedVmsaFeatures) {

	/**
	 * A firmware 1.55 build 21 platform (a recent Genoa release; the simulator only needs the values to be
	 * consistent) accepting every named SEV_FEATURES bit except SNPActive, which KVM sets itself.
	 */
	public static final SimulatedPlatform DEFAULT = new SimulatedPlatform(1, 55, 21, 0x0021_D7FEL);
}
