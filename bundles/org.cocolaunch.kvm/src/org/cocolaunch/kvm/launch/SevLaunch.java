/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import java.util.function.Supplier;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.SevStructs;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.sys.IoctlOutcome;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.model.SevStatus;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * The SEV, SEV-ES and SEV-SNP launch commands on a VM, each one {@code KVM_MEMORY_ENCRYPT_OP} with a
 * {@code struct kvm_sev_cmd} carrying the fd of {@code /dev/sev} (domain reference §1.3–1.5, sequences §1.8 A–C).
 * Refusals are results, not exceptions: {@code error} is decoded to the firmware status name.
 */
public final class SevLaunch {

	public static final String SEV_DEVICE = "/dev/sev";
	/** KVM retries SNP_LAUNCH_UPDATE on -EAGAIN; so do we, this many times at most. */
	static final int MAX_RETRIES = 1000;

	private final KvmVm vm;
	private final int sevFd;

	public SevLaunch(KvmVm vm, int sevFd) {
		this.vm = vm;
		this.sevFd = sevFd;
	}

	/** Opens /dev/sev (or {@code path}) for {@code kvm_sev_cmd.sev_fd}; the fd goes onto the stack. */
	public static int openSevDevice(NativeSystem sys, ResourceStack stack, String path) throws SysCallException {
		int fd = sys.open(path);
		stack.push("fd " + fd + " (" + path + ")", () -> sys.close(fd));
		return fd;
	}

	/** KVM_SEV_INIT (legacy SEV on KVM_X86_DEFAULT_VM); no parameters. */
	public CommandResult init() {
		return issue("KVM_SEV_INIT", KvmConstants.KVM_SEV_INIT, null);
	}

	/** KVM_SEV_ES_INIT (legacy SEV-ES on KVM_X86_DEFAULT_VM); no parameters. */
	public CommandResult esInit() {
		return issue("KVM_SEV_ES_INIT", KvmConstants.KVM_SEV_ES_INIT, null);
	}

	/** KVM_SEV_INIT2 with {@code struct kvm_sev_init} (VM types 2, 3, 4). */
	public CommandResult init2(long vmsaFeatures, int ghcbVersion) {
		StructBytes p = SevStructs.KVM_SEV_INIT.allocate().u64("vmsa_features", vmsaFeatures).u32("flags", 0)
				.u16("ghcb_version", ghcbVersion);
		return issue("KVM_SEV_INIT2", KvmConstants.KVM_SEV_INIT2, p);
	}

	/**
	 * KVM_SEV_LAUNCH_START: {@code handle} 0 lets the firmware allocate one (returned in the parameters); the
	 * optional DH certificate and session blobs are host buffers given by address and length (0, 0 for none).
	 */
	public CommandResult launchStart(long handle, long policy, long dhAddress, int dhLength, long sessionAddress, int sessionLength) {
		StructBytes p = SevStructs.KVM_SEV_LAUNCH_START.allocate().u32("handle", handle).u32("policy", policy)
				.u64("dh_uaddr", dhAddress).u32("dh_len", dhLength).u64("session_uaddr", sessionAddress)
				.u32("session_len", sessionLength);
		return issue("KVM_SEV_LAUNCH_START", KvmConstants.KVM_SEV_LAUNCH_START, p);
	}

	/** KVM_SEV_LAUNCH_UPDATE_DATA: encrypts {@code length} bytes of guest memory in place at host {@code address}. */
	public CommandResult launchUpdateData(long address, int length) {
		StructBytes p = SevStructs.KVM_SEV_LAUNCH_UPDATE_DATA.allocate().u64("uaddr", address).u32("len", length);
		return issue("KVM_SEV_LAUNCH_UPDATE_DATA", KvmConstants.KVM_SEV_LAUNCH_UPDATE_DATA, p);
	}

	/** KVM_SEV_LAUNCH_UPDATE_VMSA (SEV-ES): KVM encrypts every vCPU's VMSA in vCPU order. */
	public CommandResult launchUpdateVmsa() {
		return issue("KVM_SEV_LAUNCH_UPDATE_VMSA", KvmConstants.KVM_SEV_LAUNCH_UPDATE_VMSA, null);
	}

	/**
	 * KVM_SEV_LAUNCH_MEASURE as QEMU issues it: a length query ({@code len} 0; the firmware answers INVALID_LENGTH
	 * and KVM writes the length), then the measurement into a buffer of that length. The blob (MEASURE ‖ MNONCE) is
	 * in {@link BlobResult#blob()}.
	 */
	public BlobResult launchMeasure() {
		return lengthThenBlob("KVM_SEV_LAUNCH_MEASURE", KvmConstants.KVM_SEV_LAUNCH_MEASURE,
				() -> SevStructs.KVM_SEV_LAUNCH_MEASURE.allocate());
	}

	/**
	 * KVM_SEV_GET_ATTESTATION_REPORT (SEV and SEV-ES; firmware ATTESTATION): the report signed by the PEK that
	 * carries the launch digest and {@code mnonce} (16 bytes), fetched like LAUNCH_MEASURE — a length query, then
	 * the report. SNP has no such host command: an SNP report is requested by the guest (SNP_GUEST_REQUEST).
	 */
	public BlobResult attestationReport(byte[] mnonce) {
		return lengthThenBlob("KVM_SEV_GET_ATTESTATION_REPORT", KvmConstants.KVM_SEV_GET_ATTESTATION_REPORT,
				() -> SevStructs.KVM_SEV_ATTESTATION_REPORT.allocate().array("mnonce", mnonce));
	}

	/**
	 * Two calls of a command whose struct has {@code uaddr} and {@code len}: {@code len} 0 asks for the length (the
	 * firmware answers INVALID_LENGTH and KVM writes the length back), then the blob into a buffer of that length.
	 */
	private BlobResult lengthThenBlob(String name, long id, Supplier<StructBytes> parameters) {
		StructBytes query = parameters.get();
		CommandResult first = issue(name, id, query);
		boolean lengthAnswer = first.succeeded() || first.firmwareError() == SevStatus.INVALID_LENGTH_VALUE;
		int length = (int) query.getU32("len");
		if (!lengthAnswer || length <= 0) {
			return new BlobResult(first, null);
		}
		try (Memory blob = new Memory(length)) {
			blob.clear();
			StructBytes p = parameters.get().u64("uaddr", Pointer.nativeValue(blob)).u32("len", length);
			CommandResult second = issue(name, id, p);
			CommandResult both = new CommandResult(second.command(), second.returnValue(), second.errno(), second.firmwareError(),
					second.firmwareErrorName(), 2, second.parameters());
			int written = (int) Math.min(length, p.getU32("len"));
			return new BlobResult(both, second.succeeded() ? blob.getByteArray(0, written) : null);
		}
	}

	/** KVM_SEV_LAUNCH_SECRET: packet header, encrypted secret and where to put it in the guest (host addresses). */
	public CommandResult launchSecret(long headerAddress, int headerLength, long guestAddress, int guestLength,
			long transAddress, int transLength) {
		StructBytes p = SevStructs.KVM_SEV_LAUNCH_SECRET.allocate().u64("hdr_uaddr", headerAddress).u32("hdr_len", headerLength)
				.u64("guest_uaddr", guestAddress).u32("guest_len", guestLength).u64("trans_uaddr", transAddress)
				.u32("trans_len", transLength);
		return issue("KVM_SEV_LAUNCH_SECRET", KvmConstants.KVM_SEV_LAUNCH_SECRET, p);
	}

	/** KVM_SEV_LAUNCH_FINISH; no parameters. */
	public CommandResult launchFinish() {
		return issue("KVM_SEV_LAUNCH_FINISH", KvmConstants.KVM_SEV_LAUNCH_FINISH, null);
	}

	/** KVM_SEV_GUEST_STATUS: handle, policy and the firmware guest state in the returned parameters. */
	public CommandResult guestStatus() {
		return issue("KVM_SEV_GUEST_STATUS", KvmConstants.KVM_SEV_GUEST_STATUS, SevStructs.KVM_SEV_GUEST_STATUS.allocate());
	}

	/** KVM_SEV_SNP_LAUNCH_START with the guest policy and the 16-byte guest-OS-visible workarounds (null: zero). */
	public CommandResult snpLaunchStart(long policy, byte[] gosvw) {
		StructBytes p = SevStructs.KVM_SEV_SNP_LAUNCH_START.allocate().u64("policy", policy).array("gosvw", gosvw).u16("flags", 0);
		return issue("KVM_SEV_SNP_LAUNCH_START", KvmConstants.KVM_SEV_SNP_LAUNCH_START, p);
	}

	/**
	 * KVM_SEV_SNP_LAUNCH_UPDATE of {@code length} bytes at guest page {@code gfnStart} from host {@code address},
	 * page type {@code type}; issued again while KVM reports a remaining length (and on EAGAIN), as QEMU does.
	 */
	public CommandResult snpLaunchUpdate(long gfnStart, long address, long length, int type) {
		StructBytes p = SevStructs.KVM_SEV_SNP_LAUNCH_UPDATE.allocate().u64("gfn_start", gfnStart).u64("uaddr", address)
				.u64("len", length).u8("type", type).u16("flags", 0);
		CommandResult last = null;
		int calls = 0;
		while (calls < MAX_RETRIES) {
			last = issue("KVM_SEV_SNP_LAUNCH_UPDATE", KvmConstants.KVM_SEV_SNP_LAUNCH_UPDATE, p);
			calls++;
			boolean retry = !last.succeeded() && last.errno() == Errno.EAGAIN;
			if (!retry && (!last.succeeded() || p.getU64("len") == 0)) {
				break;
			}
		}
		return new CommandResult(last.command(), last.returnValue(), last.errno(), last.firmwareError(), last.firmwareErrorName(),
				calls, last.parameters());
	}

	/**
	 * KVM_SEV_SNP_LAUNCH_FINISH: the ID block (96 bytes) and its authentication (4096 bytes) at host addresses when
	 * {@code idBlockAddress} is not 0, the flags and the 32-byte host data (null: zero).
	 */
	public CommandResult snpLaunchFinish(long idBlockAddress, long idAuthAddress, boolean authKey, boolean vcekDisabled,
			byte[] hostData) {
		StructBytes p = SevStructs.KVM_SEV_SNP_LAUNCH_FINISH.allocate().u64("id_block_uaddr", idBlockAddress)
				.u64("id_auth_uaddr", idAuthAddress).u8("id_block_en", idBlockAddress != 0 ? 1 : 0)
				.u8("auth_key_en", authKey ? 1 : 0).u8("vcek_disabled", vcekDisabled ? 1 : 0).array("host_data", hostData)
				.u16("flags", 0);
		return issue("KVM_SEV_SNP_LAUNCH_FINISH", KvmConstants.KVM_SEV_SNP_LAUNCH_FINISH, p);
	}

	/** One KVM_MEMORY_ENCRYPT_OP with {@code struct kvm_sev_cmd}; {@code parameters} are updated with the write-back. */
	public CommandResult issue(String name, long id, StructBytes parameters) {
		byte[] bytes = parameters == null ? null : parameters.bytes();
		try (NativeParameters data = new NativeParameters(bytes)) {
			StructBytes cmd = SevStructs.KVM_SEV_CMD.allocate().u32("id", id).u64("data", data.address()).u32("error", 0)
					.u32("sev_fd", sevFd);
			IoctlOutcome outcome = vm.encryptOp(cmd.bytes());
			data.readBack();
			long error = cmd.getU32("error");
			return new CommandResult(name, outcome.returnValue(), outcome.errno(), error,
					error == 0 ? null : SevVendorEngine.statusName(error), 1, bytes);
		}
	}
}
