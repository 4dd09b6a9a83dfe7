/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

/**
 * A VMCB segment {@code {u16 selector; u16 attrib; u32 limit; u64 base}} (16 bytes; APM vol. 2 VMCB segment format,
 * domain reference §3.2.6 and §4.1).
 */
public record SegmentRegister(int selector, int attrib, long limit, long base) {

	/** Size in the save area. */
	public static final int SIZE = 16;
}
