/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import java.util.Locale;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;

/**
 * How every front end names a step's failure: the firmware's or the TDX module's status by name when the firmware
 * answered ({@code BAD_MEASUREMENT (fw_error=11, errno=5)}), else the kernel's errno by name when KVM refused before
 * any firmware call ({@code EINVAL (errno=22)}).
 */
public final class ResultText {

	private ResultText() {
	}

	/** The failure's name and codes; "success"/"skipped"/"pending" for other results. */
	public static String failure(StepResult r) {
		if (r.getStatus() != StepStatus.FAILED) {
			return r.getStatus().getLiteral().toLowerCase(Locale.ROOT);
		}
		if (r.getFirmwareErrorName() != null) {
			return r.getFirmwareErrorName() + " (fw_error=" + r.getFirmwareError() + ", errno=" + r.getErrno() + ")";
		}
		if (r.getFirmwareError() != 0) {
			return "fw_error=0x" + Long.toHexString(r.getFirmwareError()) + " (errno=" + r.getErrno() + ")";
		}
		return Errno.name(r.getErrno()) + " (errno=" + r.getErrno() + ")";
	}
}
