/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;

/**
 * Where a run stops: the engine side of a breakpoint. Conditions on what a step will do (its command, phase, pages)
 * stop before the step is issued, like a code breakpoint; conditions on what it did (an error, a register change)
 * stop after it.
 */
public interface StopCondition {

	/** Checked before {@code step} (at {@code index}) is issued. */
	default boolean stopBefore(int index, Step step) {
		return false;
	}

	/** Checked after a step returned; {@code session} already holds the registers after it. */
	default boolean stopAfter(Session session, StepResult result) {
		return false;
	}

	/** For people: "on command KVM_SEV_SNP_LAUNCH_FINISH", "when MEASUREMENT changes". */
	String describe();
}
