/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import org.cocolaunch.core.backend.Errno;

/**
 * The outcome of one launch command (one KVM_MEMORY_ENCRYPT_OP sub-command, possibly issued several times until
 * the kernel has processed the whole range): the last return value and errno, the firmware / TDX module status
 * ({@code kvm_sev_cmd.error}, {@code kvm_tdx_cmd.hw_error}) with its name, how many ioctls it took, and the
 * parameter struct as the kernel left it.
 */
public record CommandResult(String command, int returnValue, int errno, long firmwareError, String firmwareErrorName,
		int calls, byte[] parameters) {

	public boolean succeeded() {
		return returnValue >= 0;
	}

	/** One line, e.g. {@code KVM_SEV_LAUNCH_START failed: EIO, firmware error 0x7 POLICY_FAILURE}. */
	public String message() {
		if (succeeded()) {
			return command + " succeeded";
		}
		StringBuilder b = new StringBuilder(command).append(" failed: ").append(Errno.name(errno));
		if (firmwareError != 0) {
			b.append(", firmware error 0x").append(Long.toHexString(firmwareError));
			if (firmwareErrorName != null) {
				b.append(' ').append(firmwareErrorName);
			}
		}
		return b.toString();
	}
}
