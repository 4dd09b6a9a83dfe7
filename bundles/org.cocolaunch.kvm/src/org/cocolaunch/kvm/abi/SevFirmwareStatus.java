/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The AMD firmware status codes KVM returns in {@code kvm_sev_cmd.error} (the kernel's SEV_RET_* in
 * include/uapi/linux/psp-sev.h; domain reference §2.4). The ordinal is the code.
 */
public enum SevFirmwareStatus {
	SUCCESS, INVALID_PLATFORM_STATE, INVALID_GUEST_STATE, INVALID_CONFIG, INVALID_LENGTH, ALREADY_OWNED,
	INVALID_CERTIFICATE, POLICY_FAILURE, INACTIVE, INVALID_ADDRESS, BAD_SIGNATURE, BAD_MEASUREMENT, ASID_OWNED,
	INVALID_ASID, WBINVD_REQUIRED, DFFLUSH_REQUIRED, INVALID_GUEST, INVALID_COMMAND, ACTIVE, HWERROR_PLATFORM,
	HWERROR_UNSAFE, UNSUPPORTED, INVALID_PARAM, RESOURCE_LIMIT, SECURE_DATA_INVALID, INVALID_PAGE_SIZE,
	INVALID_PAGE_STATE, INVALID_MDATA_ENTRY, INVALID_PAGE_OWNER, AEAD_OFLOW, RESERVED_1E, RB_MODE_EXITED,
	RMP_INIT_REQUIRED, BAD_SVN, BAD_VERSION, SHUTDOWN_REQUIRED, UPDATE_FAILED, RESTORE_REQUIRED,
	RMP_INITIALIZATION_FAILED, INVALID_KEY;

	/** The name of a code, or null when it is not a known status. */
	public static String nameOf(long code) {
		if (code >= 0 && code < values().length) {
			return values()[(int) code].name();
		}
		return null;
	}
}
