/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.rosetta;

/** The columns of the Vendor Rosetta: each confidential-VM technology side by side. */
public enum RosettaVendor {
	SEV("AMD SEV"), SEV_ES("AMD SEV-ES"), SNP("AMD SEV-SNP"), TDX("Intel TDX");

	private final String title;

	RosettaVendor(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
