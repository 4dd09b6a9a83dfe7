/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

/**
 * Names of the SEV firmware status codes QEMU prints as {@code fw_error=N} (domain reference §2.4), as the
 * simulator and the KVM backend name them in results.
 */
final class SevStatusNames {

	private static final String[] NAMES = { "SUCCESS", "INVALID_PLATFORM_STATE", "INVALID_GUEST_STATE", "INVALID_CONFIG",
			"INVALID_LENGTH", "ALREADY_OWNED", "INVALID_CERTIFICATE", "POLICY_FAILURE", "INACTIVE", "INVALID_ADDRESS",
			"BAD_SIGNATURE", "BAD_MEASUREMENT", "ASID_OWNED", "INVALID_ASID", "WBINVD_REQUIRED", "DFFLUSH_REQUIRED",
			"INVALID_GUEST", "INVALID_COMMAND", "ACTIVE", "HWERROR_PLATFORM", "HWERROR_UNSAFE", "UNSUPPORTED",
			"INVALID_PARAM", "RESOURCE_LIMIT", "SECURE_DATA_INVALID", "INVALID_PAGE_SIZE", "INVALID_PAGE_STATE",
			"INVALID_MDATA_ENTRY", "INVALID_PAGE_OWNER", "AEAD_OFLOW", null, "RB_MODE_EXITED", "RMP_INIT_REQUIRED",
			"BAD_SVN", "BAD_VERSION", "SHUTDOWN_REQUIRED", "UPDATE_FAILED", "RESTORE_REQUIRED",
			"RMP_INITIALIZATION_FAILED", "INVALID_KEY" };

	private SevStatusNames() {
	}

	/** The name of {@code code}, or {@code "0x.."} when it has none. */
	static String name(long code) {
		if (code >= 0 && code < NAMES.length && NAMES[(int) code] != null) {
			return NAMES[(int) code];
		}
		return LoggedNumbers.hex(code);
	}
}
