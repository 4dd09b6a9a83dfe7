/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diagnose;

/**
 * One known cause of a launch command failing with a status, from a vendor's cause catalogue.
 *
 * @param id      stable id (e.g. {@code snp-start-policy-mbo})
 * @param summary what is wrong, for people
 * @param check   which check fails: who checks (firmware, KVM, TDX module, QEMU) and which field
 * @param confirm how to confirm it on the host
 * @param fix     what to change
 * @param source  a public source (URL) that documents the check or the failure
 * @param change  the change to a plan that makes the simulator take this path (the vendor engine knows the ids), or
 *                empty when the simulator cannot reproduce this cause
 */
public record FailureCause(String id, String summary, String check, String confirm, String fix, String source,
		String change) {

	public FailureCause {
		change = change == null ? "" : change;
	}

	/** Whether the simulator can be made to take this path. */
	public boolean reproducible() {
		return !change.isEmpty();
	}
}
