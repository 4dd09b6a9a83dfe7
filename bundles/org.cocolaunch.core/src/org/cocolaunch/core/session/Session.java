/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs a launch plan against a backend one step at a time and records what each step did. Keeps the measurement
 * registers with their full history, and — when the backend can — a snapshot before every step, so the session can
 * restart at any earlier step. One caller (a Job, the CLI) drives it; readers on other threads (views computing in
 * Jobs) go through {@link #inspect(Function)}, which waits until no step, restart or close is under way.
 */
public final class Session implements AutoCloseable {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final LaunchPlan plan;
	private final Backend backend;
	private final LaunchTrace trace;
	private final Map<String, MeasurementRegister> registers = new LinkedHashMap<>();
	/** snapshots.get(i) is the backend state before step i was issued. */
	private final List<BackendSnapshot> snapshots = new ArrayList<>();
	private int next;
	private boolean failed;
	private boolean closed;

	public Session(LaunchPlan plan, Backend backend) {
		this.plan = plan;
		this.backend = backend;
		this.trace = F.createLaunchTrace();
		trace.setPlanName(plan.getName());
		trace.setBackend(backend.kind());
		trace.setVendor(plan.getVendor());
		trace.setVmType(plan.getVmType());
		trace.setStartedAt(new Date());
		updateRegisters(-1);
	}

	public LaunchPlan plan() {
		return plan;
	}

	public LaunchTrace trace() {
		return trace;
	}

	/** Index of the step the next {@link #step()} issues; equals the step count at the end. */
	public int nextStepIndex() {
		return next;
	}

	public boolean isFinished() {
		return next >= plan.getSteps().size();
	}

	/** A step failed; the launch cannot go on (as on hardware) until the session restarts at an earlier step. */
	public boolean hasFailed() {
		return failed;
	}

	/** The measurement registers with history, in the backend's order. */
	public List<MeasurementRegister> registers() {
		return List.copyOf(registers.values());
	}

	public List<VcpuState> vcpus() {
		return backend.vcpus();
	}

	/** The vendor's VM-level state objects (e.g. the TDX TD state) as the backend has them now. */
	public List<EObject> vendorState() {
		return backend.vendorState();
	}

	/** The inputs the plan's pages are read from, or null when the backend does not keep them. */
	public PlanInputs inputs() {
		return backend.inputs();
	}

	/** Whether step {@code index} was issued and succeeded. */
	public boolean succeeded(int index) {
		List<StepResult> results = trace.getResults();
		return index < results.size() && results.get(index).getStatus() == StepStatus.SUCCESS;
	}

	/**
	 * Runs {@code reader} on this session while no step, restart or close changes it, so a reader on another thread
	 * sees one consistent state (the trace, the registers and their history, the vCPUs). Readers must be quick and
	 * must not drive the session.
	 */
	public synchronized <T> T inspect(Function<Session, T> reader) {
		return reader.apply(this);
	}

	/** Issues the next step and returns its result (also appended to the trace). */
	public synchronized StepResult step() throws BackendException {
		checkCanStep();
		Step step = plan.getSteps().get(next);
		if (backend.supportsSnapshots()) {
			snapshots.add(backend.snapshot());
		}
		long start = System.nanoTime();
		StepResult result = backend.execute(step);
		result.setDurationNanos(System.nanoTime() - start);
		result.setStepIndex(next);
		result.setCommand(step.getCommand());
		for (MeasurementRegister r : updateRegisters(next)) {
			RegisterValue value = F.createRegisterValue();
			value.setName(r.getName());
			value.setValue(r.getValue() == null ? null : r.getValue().clone());
			result.getRegisters().add(value);
		}
		for (VcpuState vcpu : backend.vcpus()) {
			result.getVcpus().add(EcoreUtil.copy(vcpu));
		}
		trace.getResults().add(result);
		next++;
		failed = result.getStatus() == StepStatus.FAILED;
		return result;
	}

	/**
	 * Step Into: issues the first page of the next step. A multi-page step the backend can split is first replaced in
	 * the plan by its page steps (the plan records the edit); otherwise this is the same as {@link #step()}.
	 */
	public synchronized StepResult stepInto() throws BackendException {
		checkCanStep();
		PlanEdits.replace(plan, next, backend.pageSteps(plan.getSteps().get(next)));
		return step();
	}

	/** Runs until the end, a failed step, or a step whose result matches {@code stopAfter}; returns the results. */
	public List<StepResult> runUntil(Predicate<StepResult> stopAfter, IProgressMonitor monitor) throws BackendException {
		StopCondition condition = new StopCondition() {
			@Override
			public boolean stopAfter(Session session, StepResult result) {
				return stopAfter.test(result);
			}

			@Override
			public String describe() {
				return "after the requested step";
			}
		};
		return run(List.of(condition), monitor).results();
	}

	/**
	 * Runs until a condition stops it, a step fails, the plan ends or the monitor is cancelled. The step that is
	 * next when the run starts is never stopped before (resuming from a breakpoint must move on).
	 */
	public RunOutcome run(List<StopCondition> conditions, IProgressMonitor monitor) throws BackendException {
		SubMonitor progress = SubMonitor.convert(monitor, "Running " + plan.getName(), plan.getSteps().size() - next);
		List<StepResult> results = new ArrayList<>();
		boolean first = true;
		while (!isFinished() && !failed) {
			if (progress.isCanceled()) {
				return new RunOutcome(results, RunOutcome.Reason.CANCELLED, null);
			}
			Step step = plan.getSteps().get(next);
			if (!first) {
				for (StopCondition c : conditions) {
					if (c.stopBefore(next, step)) {
						return new RunOutcome(results, RunOutcome.Reason.STOPPED_BEFORE_STEP, c);
					}
				}
			}
			first = false;
			progress.subTask(step.getCommand());
			StepResult result = step();
			results.add(result);
			progress.worked(1);
			for (StopCondition c : conditions) {
				if (c.stopAfter(this, result)) {
					return new RunOutcome(results, RunOutcome.Reason.STOPPED_AFTER_STEP, c);
				}
			}
		}
		return new RunOutcome(results, failed ? RunOutcome.Reason.STEP_FAILED : RunOutcome.Reason.FINISHED, null);
	}

	/** Runs to the end of the plan (or the first failure). */
	public List<StepResult> runToEnd(IProgressMonitor monitor) throws BackendException {
		return runUntil(r -> false, monitor);
	}

	/** Runs until step {@code index} is the next one to issue (it is not issued). */
	public List<StepResult> runTo(int index, IProgressMonitor monitor) throws BackendException {
		if (index < next || index > plan.getSteps().size()) {
			throw new IllegalArgumentException("step " + index + " is not ahead (next is " + next + ", plan has "
					+ plan.getSteps().size() + " steps)");
		}
		return runUntil(r -> r.getStepIndex() + 1 >= index, monitor);
	}

	public boolean canRestart() {
		return backend.supportsSnapshots();
	}

	/** Restarts so that step {@code index} is issued next, with the state the backend had before it. */
	public synchronized void restartAt(int index) {
		if (!canRestart()) {
			throw new IllegalStateException("the " + backend.kind() + " backend cannot restore earlier states");
		}
		if (index < 0 || index > next) {
			throw new IllegalArgumentException("cannot restart at step " + index + "; steps 0.." + next + " were issued");
		}
		if (index < next) {
			backend.restore(snapshots.get(index));
			snapshots.subList(index, snapshots.size()).clear();
			trace.getResults().subList(index, trace.getResults().size()).clear();
			for (MeasurementRegister r : registers.values()) {
				r.getHistory().removeIf(u -> u.getStepIndex() >= index);
			}
			next = index;
			failed = false;
			updateRegisters(-1);
		}
	}

	private void checkCanStep() {
		if (closed) {
			throw new IllegalStateException("the session was terminated");
		}
		if (isFinished()) {
			throw new IllegalStateException("the plan has no more steps");
		}
		if (failed) {
			throw new IllegalStateException("step " + (next - 1) + " failed; restart at an earlier step first");
		}
	}

	/** Takes the backend's current register values; records a history entry for each change made by a step. */
	private List<MeasurementRegister> updateRegisters(int stepIndex) {
		for (MeasurementRegister now : backend.registers()) {
			MeasurementRegister kept = registers.computeIfAbsent(now.getName(), name -> {
				MeasurementRegister r = F.createMeasurementRegister();
				r.setName(name);
				r.setWidthBits(now.getWidthBits());
				return r;
			});
			byte[] before = kept.getValue();
			byte[] after = now.getValue();
			if (!Arrays.equals(before, after)) {
				if (stepIndex >= 0) {
					RegisterUpdate update = F.createRegisterUpdate();
					update.setStepIndex(stepIndex);
					List<PageRange> pages = plan.getSteps().get(stepIndex).getPages();
					update.setPageGpa(pages.isEmpty() ? -1 : pages.get(0).getGpa());
					update.setBefore(before == null ? null : before.clone());
					update.setAfter(after == null ? null : after.clone());
					kept.getHistory().add(update);
				}
				kept.setValue(after == null ? null : after.clone());
			}
		}
		return List.copyOf(registers.values());
	}

	/**
	 * Terminates: the backend releases everything it holds, and the session drops what it kept only to go on or go back
	 * (snapshots, the inputs' cached contents — a 1 GiB payload must not stay on the heap while the terminated launch
	 * is still listed in the Debug view).
	 */
	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			PlanInputs inputs = backend.inputs();
			backend.close();
			snapshots.clear();
			if (inputs != null) {
				inputs.forgetContents();
			}
		}
	}
}
