/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.model.SevStatus;

/**
 * Step results as the ioctl would report them: success (0), a KVM refusal ({@code -errno}, no firmware call), or a
 * firmware failure (KVM returns {@code -EIO} and puts the firmware status into {@code kvm_sev_cmd.error}).
 */
final class StepResults {

	private StepResults() {
	}

	static StepResult success(String message) {
		StepResult r = ModelFactory.eINSTANCE.createStepResult();
		r.setStatus(StepStatus.SUCCESS);
		r.setReturnValue(0);
		r.setMessage(message);
		return r;
	}

	static StepResult kvm(int errno, String message) {
		StepResult r = ModelFactory.eINSTANCE.createStepResult();
		r.setStatus(StepStatus.FAILED);
		r.setReturnValue(-errno);
		r.setErrno(errno);
		r.setMessage(Errno.name(errno) + ": " + message);
		return r;
	}

	static StepResult firmware(SevStatus status, String message) {
		StepResult r = kvm(Errno.EIO, status.getName() + ": " + message);
		r.setFirmwareError(status.getValue());
		r.setFirmwareErrorName(status.getName());
		return r;
	}
}
