/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.plan;

/** The command names of TDX launch steps (Step.command), as the KVM UAPI spells them (domain reference §1.6). */
public final class TdxCommands {

	public static final String CREATE_VM = "KVM_CREATE_VM";
	public static final String INIT_VM = "KVM_TDX_INIT_VM";
	public static final String INIT_VCPU = "KVM_TDX_INIT_VCPU";
	public static final String INIT_MEM_REGION = "KVM_TDX_INIT_MEM_REGION";
	public static final String FINALIZE_VM = "KVM_TDX_FINALIZE_VM";

	/** KVM_X86_TDX_VM, the VM type of a TD. */
	public static final int VM_TYPE_TDX = 5;
	/** KVM_TDX_MEASURE_MEMORY_REGION: also TDH.MR.EXTEND every page of the region. */
	public static final int MEASURE_MEMORY_REGION = 1;

	private TdxCommands() {
	}
}
