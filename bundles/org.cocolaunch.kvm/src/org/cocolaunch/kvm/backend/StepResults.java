/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;

/** Turns what the kernel answered into the common model's {@link StepResult}. */
final class StepResults {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private StepResults() {
	}

	static StepResult success(String message) {
		StepResult r = F.createStepResult();
		r.setStatus(StepStatus.SUCCESS);
		r.setMessage(message);
		return r;
	}

	/** From a launch command: SUCCESS, or FAILED with errno and the decoded firmware / TDX module error. */
	static StepResult of(String command, CommandResult c) {
		StepResult r = F.createStepResult();
		r.setStatus(c.succeeded() ? StepStatus.SUCCESS : StepStatus.FAILED);
		r.setReturnValue(c.returnValue());
		r.setErrno(c.errno());
		r.setFirmwareError(c.firmwareError());
		r.setFirmwareErrorName(c.firmwareErrorName());
		r.setMessage(command + ": " + c.message() + (c.calls() > 1 ? " (" + c.calls() + " ioctls)" : ""));
		return r;
	}

	/** From a failed system call (open, KVM_CREATE_VM, memory slots, ...). */
	static StepResult of(String command, SysCallException e) {
		StepResult r = F.createStepResult();
		r.setStatus(StepStatus.FAILED);
		r.setReturnValue(-1);
		r.setErrno(e.errno());
		r.setMessage(command + ": " + e.getMessage());
		return r;
	}

	/** A refusal by the backend before any ioctl (the host cannot run this step). */
	static StepResult refused(String command, String why) {
		StepResult r = F.createStepResult();
		r.setStatus(StepStatus.FAILED);
		r.setReturnValue(-1);
		r.setMessage(command + ": " + why);
		return r;
	}

	static boolean failed(StepResult r) {
		return r.getStatus() == StepStatus.FAILED;
	}
}
