/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.imports;

import java.util.List;

import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.model.SnpLaunchUpdate;

/**
 * KVM may process only part of a {@code KVM_SEV_SNP_LAUNCH_UPDATE}: it advances {@code gfn_start}, shrinks
 * {@code len} and QEMU issues the ioctl again, tracing one line per call (domain reference §1.5, §6). So a line
 * followed by one that starts inside its range and ends where it ends only added the pages up to where the next
 * call starts; its step's page range and its struct's len are trimmed to those, so no page is added twice.
 */
final class PartialUpdates {

	private static final String UPDATE = "KVM_SEV_SNP_LAUNCH_UPDATE";

	private PartialUpdates() {
	}

	/** Trims the ranges of partially processed updates; {@code lines} are the steps' log lines, for descriptions. */
	static void trim(List<Step> steps, List<Integer> lines) {
		for (int i = 0; i + 1 < steps.size(); i++) {
			Step step = steps.get(i);
			Step next = steps.get(i + 1);
			if (!UPDATE.equals(step.getCommand()) || !UPDATE.equals(next.getCommand()) || step.getPages().size() != 1
					|| next.getPages().size() != 1) {
				continue;
			}
			PageRange range = step.getPages().get(0);
			PageRange rest = next.getPages().get(0);
			long end = range.getGpa() + range.getLength();
			if (rest.getKind() == range.getKind() && rest.getGpa() > range.getGpa() && rest.getGpa() < end
					&& rest.getGpa() + rest.getLength() == end) {
				range.setLength(rest.getGpa() - range.getGpa());
				if (step.getParameters() instanceof SnpLaunchUpdate update) {
					update.setLen(range.getLength()); // what this call added; the next one issues the rest
				}
				step.setDescription(step.getDescription() + " (KVM added " + "0x" + Long.toHexString(range.getLength())
						+ " bytes; the call at log line " + lines.get(i + 1) + " continues)");
			}
		}
	}
}
