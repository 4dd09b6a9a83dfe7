/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.List;

/**
 * One SEV, SEV-ES or SEV-SNP launch step as KVM performs it, independent of how a plan stores its parameters
 * (a {@link SevStepMarshaller} makes these from the SEV vendor model). Guest addresses are guest physical; the
 * backend finds the host memory behind them. Byte arrays may be null where the kernel allows "none".
 */
public sealed interface SevOperation {

	/** KVM_CREATE_VM with type 0 (legacy SEV/SEV-ES), 2 (SEV), 3 (SEV-ES) or 4 (SNP), plus the guest memory slots. */
	record CreateVm(long vmType) implements SevOperation {
	}

	/** KVM_SEV_INIT, or KVM_SEV_ES_INIT with {@code es}, on a KVM_X86_DEFAULT_VM. */
	record LegacyInit(boolean es) implements SevOperation {
	}

	/** KVM_SEV_INIT2 with {@code struct kvm_sev_init}. */
	record Init2(long vmsaFeatures, int ghcbVersion) implements SevOperation {
	}

	/** KVM_SEV_LAUNCH_START; the vCPUs are created once it succeeds (after init, as QEMU does). */
	record LaunchStart(long handle, long policy, byte[] dhCertificate, byte[] session) implements SevOperation {
	}

	/** KVM_SEV_LAUNCH_UPDATE_DATA: {@code content} is placed at {@code gpa} and encrypted in place. */
	record LaunchUpdateData(long gpa, byte[] content) implements SevOperation {
	}

	/**
	 * KVM_SEV_LAUNCH_UPDATE_VMSA (SEV-ES). {@code vmsas} (one 4096-byte page per vCPU, in vCPU order; may be empty)
	 * are loaded into the vCPUs' registers first, as KVM builds the VMSA it encrypts from them.
	 */
	record LaunchUpdateVmsa(List<byte[]> vmsas) implements SevOperation {
	}

	/** KVM_SEV_LAUNCH_MEASURE (length query, then the measurement). */
	record LaunchMeasure() implements SevOperation {
	}

	/** KVM_SEV_LAUNCH_SECRET: packet header and encrypted secret, injected at {@code gpa}. */
	record LaunchSecret(byte[] header, byte[] secret, long gpa) implements SevOperation {
	}

	/** KVM_SEV_LAUNCH_FINISH. */
	record LaunchFinish() implements SevOperation {
	}

	/** KVM_SEV_SNP_LAUNCH_START; the vCPUs are created once it succeeds. */
	record SnpLaunchStart(long policy, byte[] gosvw) implements SevOperation {
	}

	/**
	 * KVM_SEV_SNP_LAUNCH_UPDATE of {@code length} bytes at {@code gpa} with a KVM_SEV_SNP_PAGE_TYPE_*;
	 * {@code content} (null for ZERO pages) is copied to the shared memory as the source.
	 */
	record SnpLaunchUpdate(long gpa, long length, int pageType, byte[] content) implements SevOperation {
	}

	/**
	 * KVM_SEV_SNP_LAUNCH_FINISH with an optional ID block (96 bytes) and its authentication (4096 bytes); the
	 * {@code vmsas} are loaded into the vCPUs' registers first, as for {@link LaunchUpdateVmsa}.
	 */
	record SnpLaunchFinish(byte[] idBlock, byte[] idAuth, boolean authKey, boolean vcekDisabled, byte[] hostData,
			List<byte[]> vmsas) implements SevOperation {
	}
}
