/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.plan;

/** Roles of the LaunchInput entries of a TDX plan. */
public final class TdxInputRoles {

	/** The TDVF image ({@code -bios}). */
	public static final String FIRMWARE = "firmware";
	/** The kernel of a direct boot ({@code -kernel}). */
	public static final String KERNEL = "kernel";
	/** The initrd of a direct boot ({@code -initrd}). */
	public static final String INITRD = "initrd";
	/** The kernel command line ({@code -append}), an inline value. */
	public static final String CMDLINE = "cmdline";

	private TdxInputRoles() {
	}
}
