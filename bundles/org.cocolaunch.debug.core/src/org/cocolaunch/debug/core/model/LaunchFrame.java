/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDropToFrame;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

/**
 * A frame of the launch sequence: the next step (top), the phase it belongs to, or the whole plan. Variables show
 * the step's parameter struct, its pages, the last result and the measurement registers; register groups show the
 * measurement registers and each vCPU's state. Drop to Frame on the phase or plan frame restarts there.
 */
public class LaunchFrame extends CocoDebugElement implements IStackFrame, IDropToFrame {

	public enum Kind {
		STEP, PHASE, PLAN
	}

	private final LaunchSequenceThread thread;
	private final Kind kind;
	/** STEP: the next step; PHASE: the phase's first step; PLAN: 0. */
	private final int index;

	LaunchFrame(LaunchSequenceThread thread, Kind kind, int index) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.kind = kind;
		this.index = index;
	}

	public Kind kind() {
		return kind;
	}

	/** The plan step this frame stands for (null for the plan frame). */
	public Step step() {
		List<Step> steps = plan().getSteps();
		return kind == Kind.PLAN ? null : steps.get(index);
	}

	public int stepIndex() {
		return index;
	}

	private Session session() {
		return target().session();
	}

	private LaunchPlan plan() {
		return session().plan();
	}

	@Override
	public String getName() {
		Step step = step();
		switch (kind) {
		case STEP:
			String params = StepSummary.keyParameters(step);
			return "#" + index + " " + step.getCommand() + (params.isEmpty() ? "" : "  " + params);
		case PHASE:
			int end = index;
			List<Step> steps = plan().getSteps();
			while (end + 1 < steps.size() && steps.get(end + 1).getPhase() == step.getPhase()) {
				end++;
			}
			return "Phase " + step.getPhase().getLiteral() + " (steps " + index + "\u2013" + end + ")";
		default:
			String name = plan().getName() == null ? "launch plan" : plan().getName();
			return name + " (" + plan().getVendor() + " " + plan().getVmType() + ", " + plan().getSteps().size() + " steps"
					+ (session().isFinished() ? ", finished" : "") + ")";
		}
	}

	@Override
	public IVariable[] getVariables() {
		List<IVariable> vars = new ArrayList<>();
		Step step = step();
		if (kind == Kind.STEP && step != null) {
			vars.add(new CocoVariable(target(), "step", new EObjectValue(target(), step, false)));
			if (step.getParameters() != null) {
				vars.add(new CocoVariable(target(), "parameters", new EObjectValue(target(), step.getParameters(), true)));
			}
			if (!step.getPages().isEmpty()) {
				vars.add(new CocoVariable(target(), "pages", new ListValue(target(), step.getPages())));
			}
		}
		List<StepResult> results = session().trace().getResults();
		if (!results.isEmpty() && kind != Kind.PHASE) {
			StepResult last = results.get(results.size() - 1);
			vars.add(new CocoVariable(target(), "result of #" + last.getStepIndex(), new EObjectValue(target(), last, false)));
		}
		for (MeasurementRegister r : session().registers()) {
			vars.add(new CocoVariable(target(), r.getName(), new TextValue(target(), ValueText.hex(r.getValue()))));
		}
		return vars.toArray(IVariable[]::new);
	}

	@Override
	public boolean hasVariables() {
		return true;
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		List<IRegisterGroup> groups = new ArrayList<>();
		List<CocoRegister> measurement = new ArrayList<>();
		CocoRegisterGroup group = new CocoRegisterGroup(target(), "Measurement registers");
		for (MeasurementRegister r : session().registers()) {
			measurement.add(new CocoRegister(group, r.getName(), new TextValue(target(), ValueText.hex(r.getValue()))));
		}
		group.setRegisters(measurement);
		groups.add(group);
		for (VcpuState vcpu : session().vcpus()) {
			CocoRegisterGroup g = new CocoRegisterGroup(target(), "vCPU " + vcpu.getIndex()
					+ (vcpu.getDescription() == null ? "" : " " + vcpu.getDescription()));
			List<CocoRegister> regs = new ArrayList<>();
			if (vcpu.getState() != null) {
				for (var attribute : vcpu.getState().eClass().getEAllAttributes()) {
					regs.add(new CocoRegister(g, attribute.getName(),
							new TextValue(target(), ValueText.of(vcpu.getState().eGet(attribute)))));
				}
			}
			g.setRegisters(regs);
			groups.add(g);
		}
		return groups.toArray(IRegisterGroup[]::new);
	}

	@Override
	public boolean hasRegisterGroups() {
		return true;
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	@Override
	public int getLineNumber() {
		return -1;
	}

	@Override
	public int getCharStart() {
		return -1;
	}

	@Override
	public int getCharEnd() {
		return -1;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LaunchFrame f && f.target() == target() && f.kind == kind && f.index == index;
	}

	@Override
	public int hashCode() {
		return kind.hashCode() * 31 + index;
	}

	// --- drop to frame: restart from the backend's snapshot --------------------------------------------------

	@Override
	public boolean canDropToFrame() {
		return kind != Kind.STEP && target().isSuspended() && session().canRestart() && index < session().nextStepIndex();
	}

	@Override
	public void dropToFrame() {
		target().restartAt(index);
	}

	// --- stepping and lifecycle delegate to the thread -------------------------------------------------------

	@Override
	public boolean canStepInto() {
		return thread.canStepInto();
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return thread.canStepReturn();
	}

	@Override
	public boolean isStepping() {
		return thread.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		thread.stepInto();
	}

	@Override
	public void stepOver() {
		thread.stepOver();
	}

	@Override
	public void stepReturn() {
		thread.stepReturn();
	}

	@Override
	public boolean canResume() {
		return thread.canResume();
	}

	@Override
	public boolean canSuspend() {
		return thread.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return thread.isSuspended();
	}

	@Override
	public void resume() {
		thread.resume();
	}

	@Override
	public void suspend() {
		thread.suspend();
	}

	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() {
		thread.terminate();
	}
}
