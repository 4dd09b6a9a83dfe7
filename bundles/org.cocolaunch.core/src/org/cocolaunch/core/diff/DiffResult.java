/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

/**
 * The outcome of comparing two plans or traces: either identical, or the first difference — which step (and page
 * range), which aspect, and a one-line description such as
 * {@code step 3 (KVM_SEV_SNP_LAUNCH_UPDATE), page 0x80d000: kind SECRETS vs ZERO}.
 *
 * @param step        index of the first differing step, -1 for a plan- or trace-level difference or none
 * @param page        guest address of the differing page, -1 when the difference is not about a page
 * @param aspect      what differs: {@code command}, {@code gpa}, {@code length}, {@code kind}, {@code contents},
 *                    {@code parameter}, {@code status}, {@code register}, {@code vcpu}, {@code steps},
 *                    {@code vmType}; null when identical
 * @param description one line for people; {@code identical} when nothing differs
 */
public record DiffResult(int step, long page, String aspect, String description) {

	private static final DiffResult IDENTICAL = new DiffResult(-1, -1, null, "identical");

	public static DiffResult identical() {
		return IDENTICAL;
	}

	public boolean isIdentical() {
		return aspect == null;
	}

	@Override
	public String toString() {
		return description;
	}
}
