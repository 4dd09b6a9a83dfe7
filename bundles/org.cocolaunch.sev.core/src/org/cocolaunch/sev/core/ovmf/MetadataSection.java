/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

/**
 * One SEV metadata descriptor {@code {u32 gpa; u32 size; u32 type}} (domain reference §3.2.3).
 *
 * @param gpa     guest-physical base address
 * @param size    length in bytes
 * @param rawType the type value as stored; see {@link #type()}
 */
public record MetadataSection(long gpa, long size, long rawType) {

	/** The section type, or {@code null} when the image uses a value this engine does not know. */
	public SectionType type() {
		return SectionType.fromValue(rawType);
	}

	@Override
	public String toString() {
		SectionType t = type();
		return String.format("0x%x+0x%x %s", gpa, size, t == null ? "type 0x" + Long.toHexString(rawType) : t);
	}
}
