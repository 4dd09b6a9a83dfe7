/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;

/**
 * What every real-KVM backend shares: the stack of file descriptors, mappings and memory it holds (released in
 * reverse order after a failed step and on close), the VM, and restarting by replay. Hardware launch state cannot be
 * rewound, so a "snapshot" is only the number of steps issued before it: restoring one tears the VM down and issues
 * the plan's steps again from the first, on a new VM. Firmware-chosen values (handle, MNONCE, so the LAUNCH_MEASURE
 * blob) differ after a replay; the session keeps the earlier steps' recorded results.
 */
abstract class KvmBackendBase implements Backend {

	/** The plan this backend runs; replay re-issues its first steps. */
	protected final LaunchPlan plan;
	/** Where the plan's page contents come from. */
	protected final PlanInputs inputs;
	protected final ResourceStack stack = new ResourceStack();
	protected KvmVm vm;
	/** The open /dev/kvm of the current VM (system ioctls: supported CPUID, vCPU mapping size), or null. */
	protected KvmDevice device;
	private boolean closed;
	/** Steps issued on the current VM (from the plan's first step on). */
	private int issued;

	protected KvmBackendBase(LaunchPlan plan, PlanInputs inputs) {
		this.plan = plan;
		this.inputs = inputs;
	}

	@Override
	public final PlanInputs inputs() {
		return inputs;
	}

	/** Issues one step; a refusal is a FAILED result (see {@link Backend#execute}). */
	protected abstract StepResult issue(Step step) throws BackendException;

	/** Drops every handle to the launch just released (vCPUs, memory, read-back values) before a replay. */
	protected abstract void forgetLaunch();

	@Override
	public final StepResult execute(Step step) throws BackendException {
		checkOpen();
		StepResult result = issue(step);
		issued++;
		if (StepResults.failed(result)) {
			// A real launch cannot go on after a refused command: give everything back now, in reverse order.
			List<String> failures = stack.releaseAll();
			vm = null;
			if (!failures.isEmpty()) {
				result.setMessage(result.getMessage() + "; " + String.join("; ", failures));
			}
		}
		return result;
	}

	@Override
	public String kind() {
		return "kvm";
	}

	/** Refuses work after {@link #close()}. */
	protected void checkOpen() throws BackendException {
		if (closed) {
			throw new BackendException("the KVM backend was closed; start a new session");
		}
	}

	/**
	 * Opens the KVM device, checks the API version and that the host offers VM {@code type}, and creates the VM.
	 *
	 * @return why KVM refuses, or null when {@link #vm} now holds the new VM
	 */
	protected String createVmOrRefusal(NativeSystem sys, String devicePath, long type) throws SysCallException {
		if (vm != null) {
			return "the VM was already created";
		}
		KvmDevice kvm = KvmDevice.open(sys, stack, devicePath);
		int api = kvm.apiVersion();
		if (api != KvmConstants.KVM_API_VERSION) {
			return "KVM_GET_API_VERSION is " + api + ", expected " + KvmConstants.KVM_API_VERSION;
		}
		VmTypes types = kvm.vmTypes();
		if (!types.supports(type)) {
			return "the host does not offer " + VmTypes.name(type) + " (KVM_CAP_VM_TYPES has " + String.join(", ", types.names())
					+ ")";
		}
		vm = kvm.createVm(type);
		device = kvm;
		return null;
	}

	/** "an SEV guest", "a TD": for the message that hardware cannot rewind it. */
	protected abstract String guestName();

	/** A replay point: how many of the plan's steps had been issued. */
	private record ReplayPoint(int steps) implements BackendSnapshot {
	}

	/** True: restarting replays the plan's first steps on a new VM (hardware cannot rewind a guest). */
	@Override
	public final boolean supportsSnapshots() {
		return true;
	}

	@Override
	public final BackendSnapshot snapshot() {
		return new ReplayPoint(issued);
	}

	/**
	 * Releases the VM and everything else held, then issues the plan's first steps again on a new VM up to the
	 * replay point.
	 *
	 * @throws IllegalStateException when a replayed step fails (the host refused what it accepted before); then
	 *                               nothing is held
	 */
	@Override
	public final void restore(BackendSnapshot snapshot) {
		if (!(snapshot instanceof ReplayPoint point)) {
			throw new IllegalArgumentException("not a replay point of a KVM backend: " + snapshot);
		}
		stack.releaseAll();
		vm = null;
		forgetLaunch();
		issued = 0;
		for (int i = 0; i < point.steps(); i++) {
			Step step = plan.getSteps().get(i);
			StepResult r;
			try {
				r = execute(step);
			} catch (BackendException e) {
				stack.releaseAll();
				throw new IllegalStateException("cannot replay step " + i + " (" + step.getCommand() + ") on " + guestName()
						+ ": " + e.getMessage(), e);
			}
			if (StepResults.failed(r)) {
				throw new IllegalStateException("replaying step " + i + " on a new VM failed, so " + guestName()
						+ " cannot restart there: " + r.getMessage());
			}
		}
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			stack.releaseAll();
			vm = null;
		}
	}
}
