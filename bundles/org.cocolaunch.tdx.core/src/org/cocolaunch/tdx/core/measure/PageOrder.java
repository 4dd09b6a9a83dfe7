/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Optional;

/**
 * Order of TDH.MEM.PAGE.ADD and TDH.MR.EXTEND within a section. MRTD is one running hash, so the order changes it.
 */
public enum PageOrder {
	/**
	 * Per page: PAGE.ADD, then its 16 MR.EXTENDs. Upstream KVM {@code tdx_vcpu_init_mem_region} with QEMU ≥ 9 TDX
	 * support (arch/x86/kvm/vmx/tdx.c).
	 */
	SINGLE("single"),
	/** Per section: every PAGE.ADD, then every MR.EXTEND. The QEMU 8.x TDX development trees did this. */
	TWO_PASS("two-pass");

	private final String cliName;

	PageOrder(String cliName) {
		this.cliName = cliName;
	}

	/** The spelling used on the command line and in JSON. */
	public String cliName() {
		return cliName;
	}

	public static Optional<PageOrder> ofCliName(String name) {
		for (PageOrder o : values()) {
			if (o.cliName.equals(name)) {
				return Optional.of(o);
			}
		}
		return Optional.empty();
	}
}
