/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import org.cocolaunch.model.PageKind;

/** What a guest-physical page is at a point of the launch, as the Guest Memory Map colours it. */
public enum PageState {
	/** Guest RAM of a private region that no step has added (yet). */
	PRIVATE_RAM("private RAM, not added"),
	/** A step will add the page, but has not been issued yet. */
	NOT_ADDED("not yet added"),
	MEASURED("measured"),
	ZERO("zero (measured as zero)"),
	UNMEASURED("added, unmeasured"),
	SECRETS("secrets page"),
	CPUID("CPUID page"),
	VMSA("VMSA page"),
	AUG("PAGE.AUG (added after finalize)"),
	SHARED("shared with the host");

	private final String label;

	PageState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The state of a page an issued step added with {@code kind}. */
	public static PageState added(PageKind kind) {
		return switch (kind) {
		case NORMAL -> MEASURED;
		case ZERO -> ZERO;
		case UNMEASURED -> UNMEASURED;
		case SECRETS -> SECRETS;
		case CPUID -> CPUID;
		case VMSA -> VMSA;
		case AUG -> AUG;
		case SHARED -> SHARED;
		};
	}
}
