/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diagnose;

import java.util.List;

/**
 * What a failure log says about the failing step, typed: the kernel command, errno, firmware/module status and
 * what the log adds about it. Numbers the log does not give are null.
 *
 * @param command        kernel command name ({@code KVM_SEV_SNP_LAUNCH_START}, {@code KVM_TDX_INIT_VM}); for SEV's
 *                       "failed to initialize" {@code KVM_SEV_INIT} stands for the init command family
 * @param errno          the errno (0 when the log gives none)
 * @param status         firmware status ({@code fw_error}) or TDX module status ({@code hw_errors}); 0 when none
 * @param gpa            the page's guest-physical address, or null
 * @param length         the page range's length, or null
 * @param pageType       SNP page type number, or null
 * @param policy         guest policy, or null
 * @param cpuidFunction  the CPUID function the firmware rejected, or null
 * @param cpuidIndex     its index (sub-leaf), or null
 * @param cpuid          every CPUID entry the log says the firmware rejected, with the values it gives (empty when none)
 */
public record FailureFacts(String command, int errno, long status, Long gpa, Long length, Integer pageType,
		Long policy, Long cpuidFunction, Long cpuidIndex, List<CpuidRejection> cpuid) {

	public FailureFacts {
		cpuid = cpuid == null ? List.of() : List.copyOf(cpuid);
	}

	/** Facts without CPUID values. */
	public FailureFacts(String command, int errno, long status, Long gpa, Long length, Integer pageType, Long policy,
			Long cpuidFunction, Long cpuidIndex) {
		this(command, errno, status, gpa, length, pageType, policy, cpuidFunction, cpuidIndex, List.of());
	}
}
