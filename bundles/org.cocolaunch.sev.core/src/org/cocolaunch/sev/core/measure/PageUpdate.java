/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.nio.ByteBuffer;

import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.model.SnpPageType;

/**
 * One 4 KiB page the VMM hands to SNP_LAUNCH_UPDATE (or the per-vCPU VMSA update of SNP_LAUNCH_FINISH), in launch
 * order. A plan builder can turn a list of these into launch steps.
 *
 * @param gpa      guest-physical address ({@link #VMSA_GPA} for VMSA pages)
 * @param type     page type
 * @param contents the 4096 plaintext bytes for NORMAL and VMSA pages (a view of the caller's array, not a
 *                 copy: do not modify it); {@code null}
 *                 for the types whose contents are not measured
 */
public record PageUpdate(long gpa, SnpPageType type, ByteBuffer contents) {

	/** Page size. */
	public static final int PAGE_SIZE = 4096;

	/**
	 * KVM RMP-assigns every VMSA at INITIAL_VMSA_GPA = 0xFFFFFFFFF000 and the firmware records that GPA (kernel
	 * sev.c; domain reference §3.2.1).
	 */
	public static final long VMSA_GPA = 0xFFFF_FFFF_F000L;

	public PageUpdate {
		if (SnpPageKinds.measuresContents(type) && (contents == null || contents.remaining() != PAGE_SIZE)) {
			throw new IllegalArgumentException(type + " page at 0x" + Long.toHexString(gpa) + " needs 4096 bytes");
		}
		if (!SnpPageKinds.measuresContents(type) && contents != null) {
			throw new IllegalArgumentException(type + " pages carry no contents");
		}
	}

	/** A NORMAL page whose contents are {@code data[offset, offset+4096)}. */
	public static PageUpdate normal(long gpa, byte[] data, int offset) {
		return new PageUpdate(gpa, SnpPageType.NORMAL, ByteBuffer.wrap(data, offset, PAGE_SIZE).slice());
	}

	/** A VMSA page. */
	public static PageUpdate vmsa(byte[] page) {
		return new PageUpdate(VMSA_GPA, SnpPageType.VMSA, ByteBuffer.wrap(page));
	}

	/** A page of a type without measured contents (ZERO, UNMEASURED, SECRETS, CPUID). */
	public static PageUpdate withoutContents(long gpa, SnpPageType type) {
		return new PageUpdate(gpa, type, null);
	}
}
