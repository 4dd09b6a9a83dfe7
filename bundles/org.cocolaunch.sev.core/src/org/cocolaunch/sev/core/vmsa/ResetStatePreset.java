/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import org.cocolaunch.sev.model.VmmType;

/**
 * The initial-register values in which the VMMs differ (domain reference §3.2.6, columns QEMU/KVM, EC2, GCE;
 * sev-snp-measure 0.0.13 vmsa.py). Everything else in the reset VMSA is common and lives in {@link VmsaBuilder}.
 *
 * @param csAttribBsp CS attributes of the BSP (the vCPU starting at 0xFFFFFFF0)
 * @param csAttribAp  CS attributes of the APs
 * @param ssAttrib    SS attributes
 * @param trAttrib    TR attributes
 * @param fixedRdx    RDX when the VMM does not report the vCPU signature there, else {@code null}
 * @param gPat        the guest PAT MSR
 * @param mxcsr       MXCSR (0x1F80 only where KVM copies the FPU reset state, i.e. INIT2 VM types)
 * @param x87Fcw      x87 FCW (0x37F, same caveat)
 */
public record ResetStatePreset(int csAttribBsp, int csAttribAp, int ssAttrib, int trAttrib, Long fixedRdx,
		long gPat, long mxcsr, int x87Fcw) {

	/** PAT reset value 0x0007040600070406 (AMD APM vol. 2 §A.3), as KVM sets it. */
	static final long PAT_RESET = 0x0007040600070406L;

	/** The preset of a VMM. */
	public static ResetStatePreset of(VmmType vmm) {
		return switch (vmm) {
		case QEMU -> new ResetStatePreset(0x9B, 0x9B, 0x93, 0x8B, null, PAT_RESET, 0x1F80, 0x37F);
		// EC2: CS not "accessed" for the BSP, SS/TR with other type bits, RDX fixed (domain reference §3.2.6).
		case EC2 -> new ResetStatePreset(0x9A, 0x9B, 0x92, 0x83, 0x600L, PAT_RESET, 0, 0);
		// GCE: its own PAT value and fixed RDX (domain reference §3.2.6).
		case GCE -> new ResetStatePreset(0x9B, 0x9B, 0x93, 0x8B, 0x600L, 0x00070106L, 0, 0);
		};
	}
}
