/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import java.util.Arrays;

/**
 * What KVM writes into a vCPU's VMSA right before the firmware encrypts and measures it ({@code sev_es_sync_vmsa},
 * domain reference §1.8 B, §3.2.6): SEV_FEATURES from the VM's {@code vmsa_features} (plus SNPActive on SNP VMs), and
 * the x87/SSE state only on the INIT2 VM types — with legacy {@code KVM_SEV_ES_INIT} it stays zero.
 */
public final class KvmVmsaSync {

	private static final int FPU_START = 0x400;
	private static final int FPU_END = 0x670;

	private KvmVmsaSync() {
	}

	/** A copy of {@code vmsa} as KVM hands it to the firmware. */
	public static byte[] apply(byte[] vmsa, long sevFeatures, boolean copiesFpuState) {
		byte[] page = vmsa.clone();
		SaveArea.putU64(page, SaveArea.SEV_FEATURES, sevFeatures);
		if (!copiesFpuState) {
			Arrays.fill(page, FPU_START, FPU_END, (byte) 0);
		}
		return page;
	}
}
