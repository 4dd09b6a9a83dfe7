/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.abi;

/**
 * The SEV, SEV-ES and SEV-SNP parameter structs of {@code KVM_MEMORY_ENCRYPT_OP}, as declared in the kernel's
 * arch/x86/include/uapi/asm/kvm.h (checked against the copy in qemu/qemu linux-headers/asm-x86/kvm.h, commit
 * 050b3d36). All members are naturally aligned, so offsets follow from the declaration order.
 */
public final class SevStructs {

	/** struct kvm_sev_cmd { __u32 id; __u32 pad0; __u64 data; __u32 error; __u32 sev_fd; }; */
	public static final StructLayout KVM_SEV_CMD = StructLayout.struct("kvm_sev_cmd", 24)
			.u32("id", 0).u32("pad0", 4).u64("data", 8).u32("error", 16).u32("sev_fd", 20).build();

	/** struct kvm_sev_init { __u64 vmsa_features; __u32 flags; __u16 ghcb_version; __u16 pad1; __u32 pad2[8]; }; */
	public static final StructLayout KVM_SEV_INIT = StructLayout.struct("kvm_sev_init", 48)
			.u64("vmsa_features", 0).u32("flags", 8).u16("ghcb_version", 12).u16("pad1", 14).array("pad2", 16, 4, 8)
			.build();

	/** struct kvm_sev_launch_start: handle, policy, dh_uaddr, dh_len, pad0, session_uaddr, session_len, pad1. */
	public static final StructLayout KVM_SEV_LAUNCH_START = StructLayout.struct("kvm_sev_launch_start", 40)
			.u32("handle", 0).u32("policy", 4).u64("dh_uaddr", 8).u32("dh_len", 16).u32("pad0", 20)
			.u64("session_uaddr", 24).u32("session_len", 32).u32("pad1", 36).build();

	/** struct kvm_sev_launch_update_data { __u64 uaddr; __u32 len; __u32 pad0; }; */
	public static final StructLayout KVM_SEV_LAUNCH_UPDATE_DATA = StructLayout.struct("kvm_sev_launch_update_data", 16)
			.u64("uaddr", 0).u32("len", 8).u32("pad0", 12).build();

	/** struct kvm_sev_launch_secret: hdr, guest and trans buffers, each a __u64 address, a __u32 length and a pad. */
	public static final StructLayout KVM_SEV_LAUNCH_SECRET = StructLayout.struct("kvm_sev_launch_secret", 48)
			.u64("hdr_uaddr", 0).u32("hdr_len", 8).u32("pad0", 12).u64("guest_uaddr", 16).u32("guest_len", 24)
			.u32("pad1", 28).u64("trans_uaddr", 32).u32("trans_len", 40).u32("pad2", 44).build();

	/** struct kvm_sev_launch_measure { __u64 uaddr; __u32 len; __u32 pad0; }; */
	public static final StructLayout KVM_SEV_LAUNCH_MEASURE = StructLayout.struct("kvm_sev_launch_measure", 16)
			.u64("uaddr", 0).u32("len", 8).u32("pad0", 12).build();

	/** struct kvm_sev_guest_status { __u32 handle; __u32 policy; __u32 state; }; */
	public static final StructLayout KVM_SEV_GUEST_STATUS = StructLayout.struct("kvm_sev_guest_status", 12)
			.u32("handle", 0).u32("policy", 4).u32("state", 8).build();

	/** struct kvm_sev_attestation_report { __u8 mnonce[16]; __u64 uaddr; __u32 len; __u32 pad0; }; */
	public static final StructLayout KVM_SEV_ATTESTATION_REPORT = StructLayout.struct("kvm_sev_attestation_report", 32)
			.array("mnonce", 0, 1, 16).u64("uaddr", 16).u32("len", 24).u32("pad0", 28).build();

	/** struct kvm_sev_snp_launch_start { __u64 policy; __u8 gosvw[16]; __u16 flags; __u8 pad0[6]; __u64 pad1[4]; }; */
	public static final StructLayout KVM_SEV_SNP_LAUNCH_START = StructLayout.struct("kvm_sev_snp_launch_start", 64)
			.u64("policy", 0).array("gosvw", 8, 1, 16).u16("flags", 24).array("pad0", 26, 1, 6).array("pad1", 32, 8, 4)
			.build();

	/**
	 * struct kvm_sev_snp_launch_update { __u64 gfn_start; __u64 uaddr; __u64 len; __u8 type; __u8 pad0; __u16 flags;
	 * __u32 pad1; __u64 pad2[4]; };
	 */
	public static final StructLayout KVM_SEV_SNP_LAUNCH_UPDATE = StructLayout.struct("kvm_sev_snp_launch_update", 64)
			.u64("gfn_start", 0).u64("uaddr", 8).u64("len", 16).u8("type", 24).u8("pad0", 25).u16("flags", 26)
			.u32("pad1", 28).array("pad2", 32, 8, 4).build();

	/**
	 * struct kvm_sev_snp_launch_finish { __u64 id_block_uaddr; __u64 id_auth_uaddr; __u8 id_block_en; __u8
	 * auth_key_en; __u8 vcek_disabled; __u8 host_data[32]; __u8 pad0[3]; __u16 flags; __u64 pad1[4]; };
	 */
	public static final StructLayout KVM_SEV_SNP_LAUNCH_FINISH = StructLayout.struct("kvm_sev_snp_launch_finish", 88)
			.u64("id_block_uaddr", 0).u64("id_auth_uaddr", 8).u8("id_block_en", 16).u8("auth_key_en", 17)
			.u8("vcek_disabled", 18).array("host_data", 19, 1, KvmConstants.KVM_SEV_SNP_FINISH_DATA_SIZE)
			.array("pad0", 51, 1, 3).u16("flags", 54).array("pad1", 56, 8, 4).build();

	private SevStructs() {
	}
}
