/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diagnose;

/**
 * A CPUID entry a failure log says the firmware rejected (QEMU's SNP report: {@code CPUID validation failed for
 * function 0x…, index: 0x…} with the provided and the expected registers).
 *
 * @param function the CPUID function (EAX input)
 * @param index    the sub-leaf (ECX input)
 * @param provided the registers the VMM provided, or null when the log does not give them
 * @param expected the registers the firmware wrote back, or null when the log does not give them
 */
public record CpuidRejection(long function, long index, Registers provided, Registers expected) {

	/** CPUID output registers, unsigned 32-bit values. */
	public record Registers(long eax, long ebx, long ecx, long edx) {

		@Override
		public String toString() {
			return String.format("eax:0x%08x, ebx: 0x%08x, ecx: 0x%08x, edx: 0x%08x", eax, ebx, ecx, edx);
		}
	}
}
