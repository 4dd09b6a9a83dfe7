/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.hob;

import java.util.Arrays;

/**
 * The HOB list QEMU writes into the TD_HOB section.
 *
 * @param gpa   guest-physical address of the list (start of the TD_HOB section; also the initial RCX of every vCPU)
 * @param bytes the whole list including the END_OF_HOB_LIST header (copy on access)
 */
public record TdHob(long gpa, byte[] bytes) {

	public TdHob {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	/**
	 * The bytes TDVF extends into RTMR0: from the start up to, not including, the END_OF_HOB_LIST header (edk2
	 * OvmfPkg/IntelTdx/TdxHelperLib SecTdxHelper.c {@code TdxHelperMeasureTdHob} walks to the end HOB and hashes
	 * {@code Hob.Raw - TdHob}).
	 */
	public byte[] measuredBytes() {
		return Arrays.copyOf(bytes, bytes.length - TdHobBuilder.GENERIC_HEADER_SIZE);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TdHob h && h.gpa == gpa && Arrays.equals(h.bytes, bytes);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(gpa) * 31 + Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "TdHob[gpa=0x" + Long.toHexString(gpa) + ", " + bytes.length + " bytes]";
	}
}
