/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.util.List;

import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;
import org.eclipse.emf.ecore.EObject;

/**
 * Executes launch steps one at a time: the simulated firmware of a vendor engine, or real KVM. A backend belongs
 * to one session and one VM; it is not thread-safe.
 */
public interface Backend extends AutoCloseable {

	/** {@code "sim"} for a simulated firmware, {@code "kvm"} for real hardware. */
	String kind();

	/**
	 * Issues one step. A firmware or kernel refusal is a result, not an exception: the returned result has status
	 * FAILED with errno, the firmware/module error code and its name. Only a failure of the backend itself (an
	 * unreadable input, a broken plan) throws.
	 *
	 * @return a new result with status, return value, errno, firmware error (+ name), message and changed pages;
	 *         the session fills in step index, command, registers, vCPUs and duration
	 */
	StepResult execute(Step step) throws BackendException;

	/**
	 * The steps that issue {@code step} one 4 KiB page at a time with the same effect (Step Into), with the vendor's
	 * parameter struct adjusted to each page; just {@code step} when this backend cannot split it faithfully (for
	 * example when the order of measurement records would change).
	 */
	default List<Step> pageSteps(Step step) {
		return List.of(step);
	}

	/** The measurement registers as they are now, in display order (name, width, value; no history). */
	List<MeasurementRegister> registers();

	/** The vCPU states as they are now (the vendor's VMSA or TD vCPU object inside each). */
	List<VcpuState> vcpus();

	/**
	 * The vendor's VM-level state objects as they are now (new objects, e.g. the TDX {@code TdState}), for views; none
	 * by default. Their vendor engine describes them ({@code VendorEngine.describeState}).
	 */
	default List<EObject> vendorState() {
		return List.of();
	}

	/** The inputs the plan's page contents are read from (for views that show a page's plaintext), or null. */
	default PlanInputs inputs() {
		return null;
	}

	/** Whether {@link #snapshot()} and {@link #restore(BackendSnapshot)} work (real hardware cannot rewind). */
	boolean supportsSnapshots();

	/** The complete state, for restarting a session at an earlier step. */
	BackendSnapshot snapshot();

	void restore(BackendSnapshot snapshot);

	/** Releases everything the backend holds (file descriptors, mappings, memory), in reverse order. */
	@Override
	void close();
}
