/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

/**
 * One host-side step of a TD launch as QEMU/KVM issues it (domain reference §1.8 D), in the form a plan or UI can
 * show. Page contents are not carried here; {@link TdLaunchPlan#readChunk(long)} supplies them.
 */
public sealed interface LaunchOperation {

	/** KVM_TDX_INIT_VCPU (TDH.VP.INIT) of vCPU {@code vcpu}; {@code rcx} is the TD HOB address QEMU passes. */
	record InitVcpu(int vcpu, long rcx) implements LaunchOperation {
	}

	/** TDH.MEM.PAGE.ADD of the 4 KiB page at {@code gpa}, part of metadata section {@code section}. */
	record PageAdd(long gpa, int section) implements LaunchOperation {
	}

	/** TDH.MR.EXTEND of the 256-byte chunk at {@code gpa}; {@code chunk} is its index 0..15 within its page. */
	record MrExtend(long gpa, int chunk) implements LaunchOperation {
	}

	/** KVM_TDX_FINALIZE_VM (TDH.MR.FINALIZE): MRTD is fixed from here on. */
	record FinalizeVm() implements LaunchOperation {
	}
}
