/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

/**
 * The hypervisor whose launch is reproduced. They differ in initial vCPU state (domain reference §3.2.6) and in how
 * OVMF metadata sections are launched (§3.2.2). Names are the ones of sev-snp-measure's {@code --vmm-type}.
 */
public enum VmmType {
	/** QEMU/KVM. */
	QEMU("QEMU"),
	/** AWS EC2 (Nitro). */
	EC2("ec2"),
	/** Google Compute Engine. */
	GCE("gce");

	private final String cliName;

	VmmType(String cliName) {
		this.cliName = cliName;
	}

	/** The spelling used on the command line (case-sensitive, as in sev-snp-measure). */
	public String cliName() {
		return cliName;
	}

	/** The type with this command-line name, or {@code null}. */
	public static VmmType fromCliName(String name) {
		for (VmmType t : values()) {
			if (t.cliName.equals(name)) {
				return t;
			}
		}
		return null;
	}
}
