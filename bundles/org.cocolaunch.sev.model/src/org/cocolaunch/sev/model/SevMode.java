/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

/** Guest modes and their sev-snp-measure {@code --mode} spellings. */
public enum SevMode {
	SEV("sev"),
	SEV_ES("seves"),
	SEV_SNP("snp"),
	/** SNP with a COCONUT-SVSM image below OVMF. */
	SEV_SNP_SVSM("snp:svsm");

	private final String cliName;

	SevMode(String cliName) {
		this.cliName = cliName;
	}

	/** The {@code --mode} value. */
	public String cliName() {
		return cliName;
	}

	/** Whether the launch digest is the SNP SHA-384 PAGE_INFO chain (else the SEV SHA-256 stream). */
	public boolean isSnp() {
		return this == SEV_SNP || this == SEV_SNP_SVSM;
	}
}
