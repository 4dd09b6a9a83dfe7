/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.session.RunOutcome;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.breakpoints.LaunchBreakpoint;
import org.cocolaunch.model.Step;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

/**
 * One confidential VM being launched: a {@link Session} on a backend. Every operation on the session runs on this
 * target's own worker thread, in order, so the UI thread never waits for the firmware and the session is never
 * touched concurrently. State changes reach the UI as debug events.
 */
public class CocoDebugTarget extends CocoDebugElement implements IDebugTarget {

	private final ILaunch launch;
	private final Session session;
	private final LaunchSequenceThread thread;
	private final ExecutorService worker;
	private volatile boolean terminated;
	private volatile boolean running;
	private volatile NullProgressMonitor runMonitor;
	private volatile String lastStop = "";

	public CocoDebugTarget(ILaunch launch, Session session) {
		super(null);
		this.launch = launch;
		this.session = session;
		this.thread = new LaunchSequenceThread(this);
		this.worker = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "CoCo launch session: " + session.plan().getName());
			t.setDaemon(true);
			return t;
		});
		fireCreationEvent();
		thread.fireCreationEvent();
	}

	public Session session() {
		return session;
	}

	/** Why the session last stopped, for labels ("stopped on command …", "step 7 failed: BAD_MEASUREMENT"). */
	public String lastStop() {
		return lastStop;
	}

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IProcess getProcess() {
		return null;
	}

	@Override
	public IThread[] getThreads() {
		return terminated ? new IThread[0] : new IThread[] { thread };
	}

	@Override
	public boolean hasThreads() {
		return !terminated;
	}

	@Override
	public String getName() {
		String plan = session.plan().getName() == null ? "launch plan" : session.plan().getName();
		return plan + " [" + session.trace().getBackend() + "]" + (terminated ? " <terminated>" : "");
	}

	@Override
	public boolean supportsBreakpoint(IBreakpoint breakpoint) {
		return breakpoint instanceof LaunchBreakpoint && CocoDebug.MODEL_ID.equals(breakpoint.getModelIdentifier());
	}

	// --- execution control ---------------------------------------------------------------------------------

	boolean isRunning() {
		return running;
	}

	/** Content changed while suspended (an edited parameter): views refresh. */
	@Override
	public void fireChangeEvent(int detail) {
		super.fireChangeEvent(detail);
		thread.fireChangeEvent(detail);
	}

	/** Tells the views the session is suspended before its first step. */
	public void announceSuspendedAtStart() {
		lastStop = "suspended before step " + session.nextStepIndex();
		thread.fireSuspendEvent(DebugEvent.CLIENT_REQUEST);
	}

	/**
	 * Runs until step {@code index} is the next one and suspends before it, without stopping at breakpoints (the
	 * launch still stops at a step that fails before it); the launch delegate's "stop before step".
	 */
	public void runToStep(int index) {
		submit(DebugEvent.CLIENT_REQUEST, () -> {
			if (index <= session.nextStepIndex() || index >= session.plan().getSteps().size()) {
				lastStop = "suspended before step " + session.nextStepIndex();
				return DebugEvent.CLIENT_REQUEST;
			}
			StopCondition before = new StopCondition() {
				@Override
				public boolean stopBefore(int i, Step step) {
					return i == index;
				}

				@Override
				public String describe() {
					return "before step " + index + " " + session.plan().getSteps().get(index).getCommand();
				}
			};
			return finish(session.run(List.of(before), runMonitor()), DebugEvent.CLIENT_REQUEST);
		});
	}

	/** Issues the next step (Step Over). */
	void stepOver() {
		submit(DebugEvent.STEP_OVER, () -> {
			var result = session.step();
			lastStop = LaunchSequenceThread.describeResult(result);
			return DebugEvent.STEP_END;
		});
	}

	/** Issues one page of the next step, when the backend can split it into pages (Step Into). */
	void stepInto() {
		submit(DebugEvent.STEP_INTO, () -> {
			var result = session.stepInto();
			lastStop = LaunchSequenceThread.describeResult(result);
			return DebugEvent.STEP_END;
		});
	}

	/** Runs to the end of the current phase (Step Return). */
	void stepReturn() {
		submit(DebugEvent.STEP_RETURN, () -> {
			var phase = session.plan().getSteps().get(session.nextStepIndex()).getPhase();
			StopCondition leavePhase = new StopCondition() {
				@Override
				public boolean stopBefore(int index, Step step) {
					return step.getPhase() != phase;
				}

				@Override
				public String describe() {
					return "end of phase " + phase.getLiteral();
				}
			};
			return finish(session.run(withBreakpoints(leavePhase), runMonitor()), DebugEvent.STEP_END);
		});
	}

	/** Runs to the next breakpoint, failure or the end (Resume). */
	@Override
	public void resume() {
		submit(DebugEvent.CLIENT_REQUEST, () -> finish(session.run(withBreakpoints(null), runMonitor()), DebugEvent.BREAKPOINT));
	}

	/** Restarts so that step {@code index} is next (Drop to Frame), from the backend's snapshot. */
	void restartAt(int index) {
		submit(DebugEvent.CLIENT_REQUEST, () -> {
			session.restartAt(index);
			lastStop = "restarted at step " + index;
			return DebugEvent.CLIENT_REQUEST;
		});
	}

	private NullProgressMonitor runMonitor() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		runMonitor = monitor;
		return monitor;
	}

	private int finish(RunOutcome outcome, int stopDetail) {
		switch (outcome.reason()) {
		case STOPPED_BEFORE_STEP, STOPPED_AFTER_STEP -> {
			lastStop = "stopped " + outcome.condition().describe();
			return stopDetail;
		}
		case STEP_FAILED -> {
			var results = outcome.results();
			lastStop = LaunchSequenceThread.describeResult(results.get(results.size() - 1));
			return DebugEvent.BREAKPOINT;
		}
		case CANCELLED -> {
			lastStop = "suspended";
			return DebugEvent.CLIENT_REQUEST;
		}
		default -> {
			lastStop = "launch finished";
			return DebugEvent.CLIENT_REQUEST;
		}
		}
	}

	private List<StopCondition> withBreakpoints(StopCondition extra) {
		List<StopCondition> conditions = new ArrayList<>();
		if (extra != null) {
			conditions.add(extra);
		}
		for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(CocoDebug.MODEL_ID)) {
			try {
				if (b instanceof LaunchBreakpoint lb && b.isEnabled()
						&& DebugPlugin.getDefault().getBreakpointManager().isEnabled()) {
					conditions.add(lb.condition());
				}
			} catch (CoreException e) {
				// a breakpoint whose marker is gone no longer applies
			}
		}
		return conditions;
	}

	/** A unit of work on the session; returns the suspend detail to report. */
	@FunctionalInterface
	private interface Work {
		int run() throws BackendException;
	}

	private void submit(int resumeDetail, Work work) {
		if (terminated || running) {
			return;
		}
		running = true;
		thread.fireResumeEvent(resumeDetail);
		worker.execute(() -> {
			int detail;
			try {
				detail = work.run();
			} catch (BackendException | RuntimeException e) {
				lastStop = "error: " + e.getMessage();
				detail = DebugEvent.CLIENT_REQUEST;
			}
			running = false;
			if (!terminated) {
				thread.fireSuspendEvent(detail);
			}
		});
	}

	// --- ISuspendResume, ITerminate, IDisconnect -------------------------------------------------------------

	@Override
	public boolean canResume() {
		return !terminated && !running && !session.isFinished() && !session.hasFailed();
	}

	@Override
	public boolean canSuspend() {
		return !terminated && running;
	}

	@Override
	public boolean isSuspended() {
		return !terminated && !running;
	}

	@Override
	public void suspend() {
		NullProgressMonitor monitor = runMonitor;
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	/** Releases everything: the session closes its backend (fds, mappings, memory) on the worker thread. */
	@Override
	public void terminate() {
		if (terminated) {
			return;
		}
		suspend();
		terminated = true;
		worker.execute(session::close);
		worker.shutdown();
		thread.fireTerminateEvent();
		fireTerminateEvent();
		DebugPlugin.getDefault().fireDebugEventSet(new DebugEvent[] { new DebugEvent(launch, DebugEvent.CHANGE) });
	}

	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		throw new DebugException(Status.error("a launch session cannot be disconnected"));
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
		// breakpoints are read at every resume
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
		// breakpoints are read at every resume
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
		// breakpoints are read at every resume
	}

	@Override
	public boolean supportsStorageRetrieval() {
		return false;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
		throw new DebugException(Status.error("guest memory blocks are not available yet"));
	}
}
