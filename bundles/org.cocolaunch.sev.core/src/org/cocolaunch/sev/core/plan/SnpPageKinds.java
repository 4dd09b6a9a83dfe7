/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import org.cocolaunch.model.PageKind;
import org.cocolaunch.sev.model.SnpPageType;

/** The SNP page types of the UAPI and the vendor-neutral page kinds of a plan's page ranges, both ways. */
public final class SnpPageKinds {

	private SnpPageKinds() {
	}

	/** The page kind a range added with this SNP page type has (INVALID and unknown types count as normal). */
	public static PageKind kindOf(SnpPageType type) {
		return switch (type) {
		case ZERO -> PageKind.ZERO;
		case UNMEASURED -> PageKind.UNMEASURED;
		case SECRETS -> PageKind.SECRETS;
		case CPUID -> PageKind.CPUID;
		case VMSA -> PageKind.VMSA;
		default -> PageKind.NORMAL;
		};
	}

	/** The SNP page type that adds a range of this kind; INVALID for kinds SNP_LAUNCH_UPDATE cannot add. */
	public static SnpPageType typeOf(PageKind kind) {
		return switch (kind) {
		case NORMAL -> SnpPageType.NORMAL;
		case ZERO -> SnpPageType.ZERO;
		case UNMEASURED -> SnpPageType.UNMEASURED;
		case SECRETS -> SnpPageType.SECRETS;
		case CPUID -> SnpPageType.CPUID;
		case VMSA -> SnpPageType.VMSA;
		default -> SnpPageType.INVALID;
		};
	}

	/** Whether PAGE_INFO.CONTENTS is the SHA-384 of the page (NORMAL, VMSA) rather than 48 zero bytes. */
	public static boolean measuresContents(SnpPageType type) {
		return type == SnpPageType.NORMAL || type == SnpPageType.VMSA;
	}
}
