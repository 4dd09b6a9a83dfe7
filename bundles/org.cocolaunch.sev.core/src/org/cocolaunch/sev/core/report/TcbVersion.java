/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

/**
 * A TCB_VERSION (u64) in the Milan/Genoa byte map (domain reference §5.1, go-sev {@code kds.go}): byte 0 boot loader
 * SPL, byte 1 TEE, bytes 2–5 reserved, byte 6 SNP, byte 7 microcode. Turin uses another map (virtee/sev
 * {@code TcbVersion::from_turin_bytes}): byte 0 FMC, 1 boot loader, 2 TEE, 3 SNP, 7 microcode, read with
 * {@link #components(boolean)} (a real Turin v5 report and its VCEK's SPL extensions agree with this map, see
 * {@code SnpReportVerifierTest}); {@link #raw} is always kept.
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

	/**
	 * The SPLs by name in the generation's byte map: {@code fmc} (Turin only), {@code bootloader}, {@code tee},
	 * {@code snp}, {@code microcode}.
	 */
	public java.util.Map<String, Integer> components(boolean turin) {
		java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
		if (turin) {
			m.put("fmc", octet(0));
			m.put("bootloader", octet(1));
			m.put("tee", octet(2));
			m.put("snp", octet(3));
		} else {
			m.put("bootloader", bootLoader());
			m.put("tee", tee());
			m.put("snp", snp());
		}
		m.put("microcode", microcode());
		return m;
	}

	private int octet(int i) {
		return (int) (raw >>> 8 * i & 0xFF);
	}
}
