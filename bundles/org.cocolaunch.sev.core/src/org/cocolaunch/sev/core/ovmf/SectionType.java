/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

/**
 * Types of the SEV metadata sections an OVMF image declares (edk2 {@code OvmfSevMetadata.asm}; QEMU
 * {@code snp_metadata_desc_to_page_type}; domain reference §3.2.2).
 */
public enum SectionType {
	/** Memory the guest pre-validates; launched as ZERO pages (UNMEASURED on GCE). */
	SNP_SEC_MEM(1),
	/** The SNP secrets page. */
	SNP_SECRETS(2),
	/** The SNP CPUID page. */
	CPUID(3),
	/** The SVSM calling-area page. */
	SVSM_CAA(4),
	/** The page that receives the kernel/initrd/cmdline hash table. */
	SNP_KERNEL_HASHES(0x10);

	private final int value;

	SectionType(int value) {
		this.value = value;
	}

	/** The value stored in the metadata descriptor. */
	public int value() {
		return value;
	}

	/** The type with this descriptor value, or {@code null} if the value is not one we know. */
	public static SectionType fromValue(long value) {
		for (SectionType t : values()) {
			if (t.value == value) {
				return t;
			}
		}
		return null;
	}
}
