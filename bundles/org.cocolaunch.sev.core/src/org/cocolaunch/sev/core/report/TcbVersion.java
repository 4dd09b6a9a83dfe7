/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

/**
 * A TCB_VERSION (u64) in the Milan/Genoa byte map (domain reference §5.1, go-sev {@code kds.go}): byte 0 boot loader
 * SPL, byte 1 TEE, bytes 2–5 reserved, byte 6 SNP, byte 7 microcode. Turin uses another map (UNVERIFIED); {@link #raw}
 * is always kept.
 */
public record TcbVersion(long raw) {

	public int bootLoader() {
		return (int) (raw & 0xFF);
	}

	public int tee() {
		return (int) (raw >>> 8 & 0xFF);
	}

	public int snp() {
		return (int) (raw >>> 48 & 0xFF);
	}

	public int microcode() {
		return (int) (raw >>> 56 & 0xFF);
	}

	@Override
	public String toString() {
		return String.format("0x%016x (bootloader %d, TEE %d, SNP %d, microcode %d)", raw, bootLoader(), tee(), snp(),
				microcode());
	}
}
