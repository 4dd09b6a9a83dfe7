/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.kvm.abi.TdxStructs;
import org.cocolaunch.kvm.host.KvmVcpu;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.sys.IoctlOutcome;
import org.cocolaunch.tdx.core.sim.TdxStatus;

/**
 * The TDX launch commands, each one {@code KVM_MEMORY_ENCRYPT_OP} with a {@code struct kvm_tdx_cmd} on the VM or a
 * vCPU (domain reference §1.6, sequence §1.8 D). {@code hw_error} is decoded to the TDX module status name.
 */
public final class TdxLaunch {

	/** One CPUID leaf for KVM_TDX_INIT_VM ({@code struct kvm_cpuid_entry2}). */
	public record CpuidEntry(int function, int index, int flags, int eax, int ebx, int ecx, int edx) {
	}

	/** KVM_TDX_GET_CPUID: the TD's CPUID leaves, and how the command went. */
	public record TdCpuid(CommandResult result, List<CpuidEntry> entries) {
	}

	/** CPUID.1:ECX bit 21, x2APIC: TDX vCPUs run in x2APIC mode, so KVM_TDX_INIT_VCPU needs it in the vCPU's CPUID. */
	static final int CPUID_1_ECX_X2APIC = 1 << 21;
	/** KVM_MAX_CPUID_ENTRIES (arch/x86/include/asm/kvm_host.h): the most KVM_SET_CPUID2 and KVM_TDX_GET_CPUID take. */
	static final int KVM_MAX_CPUID_ENTRIES = 256;
	/** First capacity offered to KVM_TDX_GET_CPUID; KVM answers E2BIG with the count it needs. */
	static final int FIRST_TD_CPUID_CAPACITY = 64;

	/** QEMU starts KVM_TDX_CAPABILITIES with room for 6 CPUID entries and doubles on E2BIG. */
	static final int FIRST_CPUID_CAPACITY = 6;
	static final int MAX_CPUID_CAPACITY = 256;
	/** KVM_TDX_INIT_MEM_REGION is retried on EAGAIN/EINTR (QEMU does), this many times at most. */
	static final int MAX_RETRIES = 1000;

	private final KvmVm vm;

	public TdxLaunch(KvmVm vm) {
		this.vm = vm;
	}

	/** KVM_TDX_CAPABILITIES, growing the CPUID buffer on E2BIG; the struct as the kernel filled it. */
	public CommandResult capabilities() {
		int capacity = FIRST_CPUID_CAPACITY;
		while (true) {
			int size = TdxStructs.KVM_TDX_CAPABILITIES.size() + capacity * TdxStructs.KVM_CPUID_ENTRY2.size();
			StructBytes p = TdxStructs.KVM_TDX_CAPABILITIES.wrap(new byte[size]);
			putCpuidHeader(p.bytes(), TdxStructs.KVM_TDX_CAPABILITIES.offset("cpuid"), capacity);
			CommandResult r = issueOnVm("KVM_TDX_CAPABILITIES", KvmConstants.KVM_TDX_CAPABILITIES, 0, p.bytes());
			if (r.succeeded() || r.errno() != Errno.E2BIG || capacity >= MAX_CPUID_CAPACITY) {
				return r;
			}
			capacity *= 2;
		}
	}

	/** KVM_TDX_INIT_VM: {@code struct kvm_tdx_init_vm} with the CPUID entries appended. Null MR values are zero. */
	public CommandResult initVm(long attributes, long xfam, byte[] mrConfigId, byte[] mrOwner, byte[] mrOwnerConfig,
			List<CpuidEntry> cpuid) {
		byte[] bytes = initVmBytes(attributes, xfam, mrConfigId, mrOwner, mrOwnerConfig, cpuid);
		return issueOnVm("KVM_TDX_INIT_VM", KvmConstants.KVM_TDX_INIT_VM, 0, bytes);
	}

	/**
	 * KVM_TDX_GET_CPUID on {@code vcpu} (TD initialized, not finalized): the CPUID the TDX module virtualizes for the
	 * TD, as QEMU reads it for each new vCPU. On E2BIG KVM writes the count it needs into {@code nent}; asked again
	 * with that room.
	 */
	public TdCpuid getCpuid(KvmVcpu vcpu) {
		int capacity = FIRST_TD_CPUID_CAPACITY;
		while (true) {
			byte[] bytes = new byte[TdxStructs.KVM_CPUID2.size() + capacity * TdxStructs.KVM_CPUID_ENTRY2.size()];
			putCpuidHeader(bytes, 0, capacity);
			CommandResult r;
			try (NativeParameters data = new NativeParameters(bytes)) {
				StructBytes cmd = command(KvmConstants.KVM_TDX_GET_CPUID, 0, data.address());
				IoctlOutcome outcome = vcpu.encryptOp(cmd.bytes());
				data.readBack();
				r = result("KVM_TDX_GET_CPUID", outcome, cmd, bytes, 1);
			}
			int needed = (int) TdxStructs.KVM_CPUID2.wrap(bytes).getU32("nent");
			if (r.succeeded()) {
				return new TdCpuid(r, readEntries(bytes, Math.min(needed, capacity)));
			}
			if (r.errno() != Errno.E2BIG || needed <= capacity || needed > KVM_MAX_CPUID_ENTRIES) {
				return new TdCpuid(r, List.of());
			}
			capacity = needed;
		}
	}

	/** {@code entries} with CPUID.1:ECX.x2APIC set (leaf 1 added when missing), as KVM_TDX_INIT_VCPU requires. */
	public static List<CpuidEntry> withX2apic(List<CpuidEntry> entries) {
		List<CpuidEntry> out = new ArrayList<>();
		boolean leaf1 = false;
		for (CpuidEntry e : entries) {
			if (e.function() == 1 && e.index() == 0) {
				leaf1 = true;
				e = new CpuidEntry(e.function(), e.index(), e.flags(), e.eax(), e.ebx(), e.ecx() | CPUID_1_ECX_X2APIC, e.edx());
			}
			out.add(e);
		}
		if (!leaf1) {
			out.add(new CpuidEntry(1, 0, 0, 0, 0, CPUID_1_ECX_X2APIC, 0));
		}
		return out;
	}

	/** {@code struct kvm_cpuid2} with its entries, for KVM_SET_CPUID2. */
	public static byte[] cpuid2Bytes(List<CpuidEntry> entries) {
		byte[] bytes = new byte[TdxStructs.KVM_CPUID2.size() + entries.size() * TdxStructs.KVM_CPUID_ENTRY2.size()];
		putCpuidHeader(bytes, 0, entries.size());
		for (int i = 0; i < entries.size(); i++) {
			byte[] entry = entryBytes(entries.get(i));
			System.arraycopy(entry, 0, bytes, TdxStructs.KVM_CPUID2.size() + i * entry.length, entry.length);
		}
		return bytes;
	}

	private static List<CpuidEntry> readEntries(byte[] cpuid2, int count) {
		List<CpuidEntry> entries = new ArrayList<>();
		int size = TdxStructs.KVM_CPUID_ENTRY2.size();
		for (int i = 0; i < count; i++) {
			int at = TdxStructs.KVM_CPUID2.size() + i * size;
			StructBytes e = TdxStructs.KVM_CPUID_ENTRY2.wrap(Arrays.copyOfRange(cpuid2, at, at + size));
			entries.add(new CpuidEntry((int) e.getU32("function"), (int) e.getU32("index"), (int) e.getU32("flags"),
					(int) e.getU32("eax"), (int) e.getU32("ebx"), (int) e.getU32("ecx"), (int) e.getU32("edx")));
		}
		return entries;
	}

	private static byte[] entryBytes(CpuidEntry e) {
		return TdxStructs.KVM_CPUID_ENTRY2.allocate().u32("function", e.function()).u32("index", e.index())
				.u32("flags", e.flags()).u32("eax", e.eax()).u32("ebx", e.ebx()).u32("ecx", e.ecx()).u32("edx", e.edx()).bytes();
	}

	/** The bytes of {@code struct kvm_tdx_init_vm} followed by {@code nent} {@code struct kvm_cpuid_entry2}. */
	public static byte[] initVmBytes(long attributes, long xfam, byte[] mrConfigId, byte[] mrOwner, byte[] mrOwnerConfig,
			List<CpuidEntry> cpuid) {
		int fixed = TdxStructs.KVM_TDX_INIT_VM.size();
		byte[] bytes = new byte[fixed + cpuid.size() * TdxStructs.KVM_CPUID_ENTRY2.size()];
		StructBytes p = TdxStructs.KVM_TDX_INIT_VM.wrap(bytes).u64("attributes", attributes).u64("xfam", xfam)
				.array("mrconfigid", mrConfigId).array("mrowner", mrOwner).array("mrownerconfig", mrOwnerConfig);
		putCpuidHeader(p.bytes(), TdxStructs.KVM_TDX_INIT_VM.offset("cpuid"), cpuid.size());
		for (int i = 0; i < cpuid.size(); i++) {
			byte[] entry = entryBytes(cpuid.get(i));
			System.arraycopy(entry, 0, bytes, fixed + i * entry.length, entry.length);
		}
		return bytes;
	}

	private static void putCpuidHeader(byte[] bytes, int offset, int nent) {
		byte[] header = TdxStructs.KVM_CPUID2.allocate().u32("nent", nent).u32("padding", 0).bytes();
		System.arraycopy(header, 0, bytes, offset, header.length);
	}

	/**
	 * KVM_TDX_INIT_VCPU on {@code vcpu}: {@code data} is the initial RCX (QEMU: the TD HOB address); {@code flags}
	 * must be 0 for KVM, passed as given so a plan can show the refusal.
	 */
	public CommandResult initVcpu(KvmVcpu vcpu, long flags, long rcx) {
		StructBytes cmd = command(KvmConstants.KVM_TDX_INIT_VCPU, flags, rcx);
		return result("KVM_TDX_INIT_VCPU", vcpu.encryptOp(cmd.bytes()), cmd, null, 1);
	}

	/**
	 * KVM_TDX_INIT_MEM_REGION on {@code vcpu}: PAGE.ADD of {@code nrPages} pages at {@code gpa} from host
	 * {@code sourceAddress} (+ MR.EXTEND with {@code measure}); issued again while pages remain (and on EAGAIN/EINTR).
	 */
	public CommandResult initMemRegion(KvmVcpu vcpu, long sourceAddress, long gpa, long nrPages, boolean measure) {
		StructBytes p = TdxStructs.KVM_TDX_INIT_MEM_REGION.allocate().u64("source_addr", sourceAddress).u64("gpa", gpa)
				.u64("nr_pages", nrPages);
		long flags = measure ? KvmConstants.KVM_TDX_MEASURE_MEMORY_REGION : 0;
		CommandResult last = null;
		int calls = 0;
		while (calls < MAX_RETRIES) {
			try (NativeParameters data = new NativeParameters(p.bytes())) {
				StructBytes cmd = command(KvmConstants.KVM_TDX_INIT_MEM_REGION, flags, data.address());
				IoctlOutcome outcome = vcpu.encryptOp(cmd.bytes());
				data.readBack();
				calls++;
				last = result("KVM_TDX_INIT_MEM_REGION", outcome, cmd, p.bytes(), calls);
			}
			boolean retry = !last.succeeded() && (last.errno() == Errno.EAGAIN || last.errno() == Errno.EINTR);
			if (!retry && (!last.succeeded() || p.getU64("nr_pages") == 0)) {
				break;
			}
		}
		return last;
	}

	/** KVM_TDX_FINALIZE_VM (TDH.MR.FINALIZE); no parameters. */
	public CommandResult finalizeVm() {
		return issueOnVm("KVM_TDX_FINALIZE_VM", KvmConstants.KVM_TDX_FINALIZE_VM, 0, null);
	}

	private CommandResult issueOnVm(String name, long id, long flags, byte[] parameters) {
		try (NativeParameters data = new NativeParameters(parameters)) {
			StructBytes cmd = command(id, flags, data.address());
			IoctlOutcome outcome = vm.encryptOp(cmd.bytes());
			data.readBack();
			return result(name, outcome, cmd, parameters, 1);
		}
	}

	/** {@code struct kvm_tdx_cmd} with hw_error 0, as KVM requires on input. */
	private static StructBytes command(long id, long flags, long data) {
		return TdxStructs.KVM_TDX_CMD.allocate().u32("id", id).u32("flags", flags).u64("data", data).u64("hw_error", 0);
	}

	private static CommandResult result(String name, IoctlOutcome outcome, StructBytes cmd, byte[] parameters, int calls) {
		long hwError = cmd.getU64("hw_error");
		TdxStatus status = hwError == 0 ? null : TdxStatus.of(hwError);
		return new CommandResult(name, outcome.returnValue(), outcome.errno(), hwError, status == null ? null : status.name(),
				calls, parameters);
	}
}
