/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.Locale;

/**
 * A run of guest-physical pages in one state, added by steps {@code firstStep}..{@code lastStep} (-1 when no step
 * touches it), with what fills it ({@code source}: the step command and content, or the memory region's name).
 */
public record MemoryRange(long gpa, long length, PageState state, int firstStep, int lastStep, String source) {

	public long end() {
		return gpa + length;
	}

	public boolean contains(long address) {
		return address >= gpa && address - gpa < length;
	}

	/** One line for people: range, size, state, source and steps. */
	public String describe() {
		String steps = firstStep < 0 ? "" : firstStep == lastStep ? ", step " + firstStep
				: ", steps " + firstStep + "\u2013" + lastStep;
		return String.format(Locale.ROOT, "0x%x\u20130x%x (%d pages): %s \u2014 %s%s", gpa, end() - 1, length / 4096,
				state.label(), source, steps);
	}
}
