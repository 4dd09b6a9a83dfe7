/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

/**
 * SNP_LAUNCH_UPDATE page types; the values are the firmware's PAGE_INFO.PAGE_TYPE values (SNP ABI §8.17.2; KVM
 * {@code KVM_SEV_SNP_PAGE_TYPE_*}; domain reference §1.5, §3.2.1).
 */
public enum PageType {
	NORMAL(1, true),
	VMSA(2, true),
	ZERO(3, false),
	UNMEASURED(4, false),
	SECRETS(5, false),
	CPUID(6, false);

	private final int value;
	private final boolean measuresContents;

	PageType(int value, boolean measuresContents) {
		this.value = value;
		this.measuresContents = measuresContents;
	}

	/** The firmware value. */
	public int value() {
		return value;
	}

	/** Whether PAGE_INFO.CONTENTS is the SHA-384 of the page (else 48 zero bytes). */
	public boolean measuresContents() {
		return measuresContents;
	}

	/** Lower-case name used in JSON traces. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
