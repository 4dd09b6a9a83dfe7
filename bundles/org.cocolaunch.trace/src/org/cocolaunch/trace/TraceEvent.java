/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

/**
 * One trace event found in a log line, with whatever prefix (timestamps, pids, journal or libvirt headers, the
 * {@code <tid>@<sec>.<usec>:} of QEMU's log backend) already removed.
 *
 * @param line      1-based line number
 * @param name      event name, e.g. {@code kvm_sev_snp_launch_update}
 * @param arguments the formatted arguments after the name, trimmed ("" for events without arguments)
 */
record TraceEvent(int line, String name, String arguments) {

	/** The event as it appeared, without prefix: for step descriptions. */
	String text() {
		return arguments.isEmpty() ? name : name + " " + arguments;
	}
}
