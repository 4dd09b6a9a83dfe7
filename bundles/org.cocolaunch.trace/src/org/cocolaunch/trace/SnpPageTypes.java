/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.Locale;

import org.cocolaunch.model.PageKind;

/**
 * The SNP page type of a {@code kvm_sev_snp_launch_update} line: the word QEMU prints ({@code Normal}, {@code Zero},
 * {@code Unmeasured}, {@code Secrets}, {@code Cpuid}; QEMU's {@code snp_page_type_to_str}) or, in the first SNP
 * trees, the number ({@code type %d}, the KVM/firmware values of domain reference §1.5).
 */
final class SnpPageTypes {

	private SnpPageTypes() {
	}

	/** The page kind, or null for {@code unknown} and anything else. */
	static PageKind kind(String logged) {
		if (logged == null) {
			return null;
		}
		return switch (logged.strip().toLowerCase(Locale.ROOT)) {
		case "normal", "1" -> PageKind.NORMAL;
		case "vmsa", "2" -> PageKind.VMSA;
		case "zero", "3" -> PageKind.ZERO;
		case "unmeasured", "4" -> PageKind.UNMEASURED;
		case "secrets", "5" -> PageKind.SECRETS;
		case "cpuid", "6" -> PageKind.CPUID;
		default -> null;
		};
	}
}
