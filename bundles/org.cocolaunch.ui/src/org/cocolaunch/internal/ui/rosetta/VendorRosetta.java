/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.rosetta;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.model.Phase;

import static org.cocolaunch.internal.ui.rosetta.RosettaAspect.COMMAND;
import static org.cocolaunch.internal.ui.rosetta.RosettaAspect.DATA;
import static org.cocolaunch.internal.ui.rosetta.RosettaAspect.MEASUREMENT;

/**
 * The six launch phases across SEV, SEV-ES, SEV-SNP and TDX: each vendor's commands, where the launch data goes and
 * what the phase does to the launch measurement. Static content, kept here as data so the view only lays it out.
 */
public final class VendorRosetta {

	private static final List<RosettaRow> ROWS = new ArrayList<>();

	static {
		row(Phase.CREATE, COMMAND, "KVM_CREATE_VM (type 0) + KVM_SEV_INIT, or type 2 + KVM_SEV_INIT2",
				"KVM_CREATE_VM (type 3) + KVM_SEV_INIT2 (or KVM_SEV_ES_INIT)", "KVM_CREATE_VM (type 4) + KVM_SEV_INIT2",
				"KVM_CREATE_VM (type 5, KVM_X86_TDX_VM)");
		row(Phase.CREATE, DATA, "ASID bound to the VM; no guest data", "VMSA features (SEV_FEATURES) for every vCPU",
				"VMSA features; private memory from guest_memfd", "TDR/TDCS allocated; private memory from guest_memfd");
		row(Phase.CREATE, MEASUREMENT, "none", "none (SEV_FEATURES are measured later, inside each VMSA)",
				"none (SEV_FEATURES are measured later, inside each VMSA)", "none");
		row(Phase.INIT_VM, COMMAND, "LAUNCH_START", "LAUNCH_START (policy ES bit)", "SNP_LAUNCH_START",
				"KVM_TDX_INIT_VM (TDH.MNG.INIT)");
		row(Phase.INIT_VM, DATA, "policy, guest owner DH cert + session (TIK/TEK)", "policy, DH cert + session",
				"64-bit guest policy, GOSVW, flags",
				"TD_PARAMS: ATTRIBUTES, XFAM, CPUID values, MRCONFIGID/MROWNER/MROWNERCONFIG");
		row(Phase.INIT_VM, MEASUREMENT, "SHA-256 launch digest starts empty; policy enters the MEASURE HMAC",
				"SHA-256 launch digest starts empty; policy enters the MEASURE HMAC",
				"MEASUREMENT starts as 48 zero bytes; policy is reported, not measured",
				"MRTD starts (SHA-384); ATTRIBUTES/XFAM are reported in TDREPORT, not measured");
		row(Phase.UPDATE, COMMAND, "LAUNCH_UPDATE_DATA", "LAUNCH_UPDATE_DATA",
				"SNP_LAUNCH_UPDATE (page types NORMAL, ZERO, UNMEASURED, SECRETS, CPUID)",
				"KVM_TDX_INIT_MEM_REGION (TDH.MEM.PAGE.ADD + TDH.MR.EXTEND)");
		row(Phase.UPDATE, DATA, "OVMF and the kernel hashes table, encrypted in place",
				"OVMF and the kernel hashes table, encrypted in place",
				"OVMF, SEV metadata sections, secrets and CPUID pages, encrypted in place",
				"TDVF BFV/CFV and the TD HOB, copied from a source buffer into private pages");
		row(Phase.UPDATE, MEASUREMENT, "launch digest = SHA-256 over the plaintext", "launch digest = SHA-256 over the plaintext",
				"per 4 KiB page: MEASUREMENT = SHA-384(PAGE_INFO: digest, contents hash, type, GPA)",
				"per page: MRTD += PAGE.ADD(GPA); measured sections also MR.EXTEND per 256 bytes");
		row(Phase.INIT_VCPU, COMMAND, "\u2014 (no encrypted register state)", "LAUNCH_UPDATE_VMSA",
				"VMSA pages, issued by KVM inside SNP_LAUNCH_FINISH", "KVM_TDX_INIT_VCPU (TDH.VP.INIT)");
		row(Phase.INIT_VCPU, DATA, "registers stay with the hypervisor", "each vCPU's VMSA (reset state, SEV_FEATURES)",
				"each vCPU's VMSA page (page type VMSA)", "RCX = TD HOB address; reset state fixed by the TDX module");
		row(Phase.INIT_VCPU, MEASUREMENT, "none", "launch digest extended with each VMSA",
				"MEASUREMENT extended with each VMSA page", "none (architectural vCPU state is not measured)");
		row(Phase.MEASURE, COMMAND, "LAUNCH_MEASURE", "LAUNCH_MEASURE", "guest MSG_REPORT_REQ \u2192 ATTESTATION_REPORT",
				"TDG.MR.REPORT (TDREPORT) \u2192 quote from the quoting enclave");
		row(Phase.MEASURE, DATA, "MNONCE; HMAC over the digest to the guest owner", "MNONCE; HMAC to the guest owner",
				"REPORT_DATA (64 bytes) from the guest; signed by VCEK/VLEK", "REPORTDATA (64 bytes) from the guest; MAC, then quote signature");
		row(Phase.MEASURE, MEASUREMENT, "HMAC(TIK, digest, policy, MNONCE) is read out", "HMAC(TIK, digest, policy, MNONCE) is read out",
				"MEASUREMENT appears in the report", "MRTD and RTMR0\u20133 appear in TDREPORT / quote");
		row(Phase.FINALIZE, COMMAND, "LAUNCH_SECRET (optional), LAUNCH_FINISH", "LAUNCH_SECRET (optional), LAUNCH_FINISH",
				"SNP_LAUNCH_FINISH", "KVM_TDX_FINALIZE_VM (TDH.MR.FINALIZE)");
		row(Phase.FINALIZE, DATA, "secret wrapped with TEK into guest memory", "secret wrapped with TEK into guest memory",
				"ID block + ID auth (optional), HOST_DATA", "none; RTMRs are extended by the guest afterwards");
		row(Phase.FINALIZE, MEASUREMENT, "digest frozen; guest RUNNING", "digest frozen; guest RUNNING",
				"MEASUREMENT final; checked against the ID block's LD (BAD_MEASUREMENT)", "MRTD = final SHA-384; TD RUNNABLE");
	}

	private VendorRosetta() {
	}

	private static void row(Phase phase, RosettaAspect aspect, String sev, String sevEs, String snp, String tdx) {
		ROWS.add(new RosettaRow(phase, aspect, List.of(sev, sevEs, snp, tdx)));
	}

	/** Every row, phase by phase in launch order, aspects in {@link RosettaAspect} order. */
	public static List<RosettaRow> rows() {
		return List.copyOf(ROWS);
	}
}
