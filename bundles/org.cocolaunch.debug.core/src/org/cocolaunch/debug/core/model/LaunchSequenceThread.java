/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.List;

import org.cocolaunch.core.session.ResultText;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

/**
 * The synthetic "Launch sequence" thread: the VMM's ioctl stream. Its top frame is the step that will be issued
 * next, with the phase it belongs to and the whole plan below it. Step Over issues the step, Step Return finishes
 * the phase, Resume runs to the next breakpoint.
 */
public class LaunchSequenceThread extends CocoDebugElement implements IThread {

	public static final String NAME = "Launch sequence";

	LaunchSequenceThread(CocoDebugTarget target) {
		super(target);
	}

	private Session session() {
		return target().session();
	}

	@Override
	public IStackFrame[] getStackFrames() {
		if (!isSuspended()) {
			return new IStackFrame[0];
		}
		Session session = session();
		List<Step> steps = session.plan().getSteps();
		int next = session.nextStepIndex();
		if (next >= steps.size()) {
			return new IStackFrame[] { new LaunchFrame(this, LaunchFrame.Kind.PLAN, 0) };
		}
		return new IStackFrame[] { new LaunchFrame(this, LaunchFrame.Kind.STEP, next),
				new LaunchFrame(this, LaunchFrame.Kind.PHASE, phaseStart(steps, next)),
				new LaunchFrame(this, LaunchFrame.Kind.PLAN, 0) };
	}

	/** Index of the first step of the phase run that contains step {@code index}. */
	static int phaseStart(List<Step> steps, int index) {
		Phase phase = steps.get(index).getPhase();
		int start = index;
		while (start > 0 && steps.get(start - 1).getPhase() == phase) {
			start--;
		}
		return start;
	}

	@Override
	public boolean hasStackFrames() {
		return isSuspended();
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		IStackFrame[] frames = getStackFrames();
		return frames.length == 0 ? null : frames[0];
	}

	@Override
	public String getName() {
		String state = target().lastStop();
		return NAME + (state.isEmpty() ? "" : " (" + state + ")");
	}

	@Override
	public IBreakpoint[] getBreakpoints() {
		return new IBreakpoint[0];
	}

	/** "step 7 KVM_SEV_SNP_LAUNCH_FINISH failed: BAD_MEASUREMENT (fw_error=11, errno=5)" or "…: success". */
	static String describeResult(StepResult r) {
		String head = "step " + r.getStepIndex() + " " + r.getCommand();
		if (r.getStatus() == StepStatus.SUCCESS) {
			return head + ": success";
		}
		return head + " failed: " + ResultText.failure(r);
	}

	// --- stepping -------------------------------------------------------------------------------------------

	@Override
	public boolean canStepInto() {
		return canStepOver();
	}

	@Override
	public boolean canStepOver() {
		return target().canResume();
	}

	@Override
	public boolean canStepReturn() {
		return canStepOver();
	}

	@Override
	public boolean isStepping() {
		return target().isRunning();
	}

	/** Step Into issues one page of a multi-page step when the backend can split it (the plan records the split). */
	@Override
	public void stepInto() throws DebugException {
		target().stepInto();
	}

	@Override
	public void stepOver() {
		target().stepOver();
	}

	@Override
	public void stepReturn() {
		target().stepReturn();
	}

	// --- suspend/resume/terminate delegate to the target ----------------------------------------------------

	@Override
	public boolean canResume() {
		return target().canResume();
	}

	@Override
	public boolean canSuspend() {
		return target().canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return target().isSuspended();
	}

	@Override
	public void resume() {
		target().resume();
	}

	@Override
	public void suspend() {
		target().suspend();
	}

	@Override
	public boolean canTerminate() {
		return target().canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return target().isTerminated();
	}

	@Override
	public void terminate() {
		target().terminate();
	}
}
