/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.Step;

/**
 * Reads an SEV-family plan step (its command and its vendor-model parameters) into the {@link SevOperation} the
 * KVM backend performs. The SEV vendor bundle provides the implementation for its model; the backend itself knows
 * only the kernel side.
 */
@FunctionalInterface
public interface SevStepMarshaller {

	/**
	 * The operation {@code step} stands for, with page contents resolved through {@code inputs}.
	 *
	 * @throws BackendException when the step is not an SEV launch step this marshaller understands
	 */
	SevOperation marshal(Step step, PlanInputs inputs) throws BackendException;
}
