/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.util.List;
import java.util.stream.IntStream;

import org.cocolaunch.tdx.core.measure.MrtdAccumulator;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdLifecycleState;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.cocolaunch.tdx.model.XfamComponent;

import static org.cocolaunch.tdx.core.sim.TdxRefusal.EBADF;
import static org.cocolaunch.tdx.core.sim.TdxRefusal.EEXIST;
import static org.cocolaunch.tdx.core.sim.TdxRefusal.EINVAL;
import static org.cocolaunch.tdx.core.sim.TdxRefusal.EIO;

/**
 * The launch SEAMCALLs of the TDX module as KVM drives them, on one {@link TdxModuleState}: op-state and lifecycle
 * checks of {@code seamcall_state_lookup} (domain reference §2.3), KVM's own checks in front of them (§1.6), and MRTD
 * as one running SHA-384 over PAGE.ADD and MR.EXTEND records (§3.3.1). A refused command leaves the state as it was
 * and throws a {@link TdxRefusal} carrying the errno KVM returns and the module status it reports in
 * {@code hw_error}. Where KVM refuses a command before the module would see it, the refusal still names the status
 * the module gives for that misuse, so that a simulated run explains itself.
 */
final class TdxModule {

	private static final int PAGE = TdxModuleState.PAGE_SIZE;
	private static final int CHUNK = MrtdAccumulator.CHUNK_SIZE;
	/** With GPAW 48 the shared bit is bit 47: private GPAs lie below it. */
	static final long PRIVATE_GPA_LIMIT = 1L << 47;
	/** XFAM bits the module requires: x87 and SSE (TDX module TDX_XFAM_FIXED1). */
	static final long XFAM_FIXED1 = 0x3;
	/** XFAM bits the module allows at all (TDX module TDX_XFAM_FIXED0; no MPX, PASID, HDC or HWP). */
	static final long XFAM_FIXED0 = 0x6DBE7;
	/** TDVF section attribute PAGE.AUG: the pages are added after launch and not measured. */
	static final int SECTION_PAGE_AUG = 1 << 1;

	private TdxModuleState state;

	TdxModule(TdxModuleState state) {
		this.state = state;
	}

	TdxModuleState state() {
		return state;
	}

	void replaceState(TdxModuleState s) {
		this.state = s;
	}

	/** KVM_CREATE_VM: the VM exists, no TD yet. */
	void createVm(int vmType) throws TdxRefusal {
		if (state.vmCreated) {
			throw TdxRefusal.kvm(EEXIST, "the simulated host runs one VM and it exists already");
		}
		if (vmType != TdxCommands.VM_TYPE_TDX) {
			throw TdxRefusal.kvm(EINVAL, "VM type " + vmType + " is not KVM_X86_TDX_VM (" + TdxCommands.VM_TYPE_TDX + ")");
		}
		state.vmCreated = true;
	}

	/** KVM_TDX_INIT_VM: TDH.MNG.CREATE, TDH.MNG.KEY.CONFIG, TDH.MNG.ADDCX, TDH.MNG.INIT. */
	void initVm(TdxInitVm init) throws TdxRefusal {
		requireVm();
		if (state.opState != TdOpState.UNINITIALIZED) {
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_OP_STATE_INCORRECT.code(),
					"TDH.MNG.INIT is allowed only in op state UNINITIALIZED; the TD is " + state.opState);
		}
		long reservedAttributes = init.getAttributes() & ~knownBits(TdAttribute.VALUES.stream().mapToInt(TdAttribute::getValue));
		if (reservedAttributes != 0) {
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_OPERAND_INVALID.withOperand(TdxStatus.OPERAND_ATTRIBUTES),
					String.format("TD attributes 0x%x set reserved bits 0x%x", init.getAttributes(), reservedAttributes));
		}
		String xfamProblem = xfamProblem(init.getXfam());
		if (xfamProblem != null) {
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_OPERAND_INVALID.withOperand(TdxStatus.OPERAND_XFAM),
					String.format("XFAM 0x%x: %s", init.getXfam(), xfamProblem));
		}
		state.hkidAssigned = true;
		state.lifecycle = TdLifecycleState.KEYS_CONFIGURED;
		state.tdParams = TdParamsBuilder.build(init, state.vcpus.size());
		state.opState = TdOpState.INITIALIZED;
	}

	/** KVM_TDX_INIT_VCPU: TDH.VP.CREATE, TDH.VP.ADDCX, TDH.VP.INIT(rcx). */
	void initVcpu(int index, long rcx, int flags) throws TdxRefusal {
		requireVm();
		requireInitialized("TDH.VP.CREATE/TDH.VP.INIT");
		if (flags != 0) {
			throw TdxRefusal.kvm(EINVAL, "KVM_TDX_INIT_VCPU flags must be 0, got " + flags);
		}
		if (index < 0 || index >= state.tdParams.getMaxVcpus()) {
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_MAX_VCPUS_EXCEEDED.code(),
					"vCPU " + index + " is beyond MAX_VCPUS " + state.tdParams.getMaxVcpus());
		}
		TdVcpuState vcpu = state.vcpus.get(index);
		if (vcpu.getState() != VcpuTdState.UNINITIALIZED) {
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_VCPU_STATE_INCORRECT.code(),
					"vCPU " + index + " is already initialized");
		}
		vcpu.setState(VcpuTdState.INITIALIZED);
		vcpu.setRcx(rcx);
		vcpu.setRip(TdxModuleState.RESET_RIP);
		vcpu.setRegistersReadable((state.tdParams.getAttributes() & (1L << TdAttribute.DEBUG_VALUE)) != 0);
	}

	/**
	 * KVM_TDX_INIT_MEM_REGION: per page TDH.MEM.PAGE.ADD and, with the MEASURE flag, 16 × TDH.MR.EXTEND, in the
	 * region's measure order. Regions of PAGE.AUG sections are mapped without being measured.
	 *
	 * @param content the region's initial bytes (zero tail implied), or null for zeros
	 */
	void initMemRegion(TdxInitMemRegion region, byte[] content) throws TdxRefusal {
		requireVm();
		requireInitialized(region.isMeasure() ? "TDH.MEM.PAGE.ADD/TDH.MR.EXTEND" : "TDH.MEM.PAGE.ADD");
		int vcpuIndex = region.getVcpuIndex();
		if (vcpuIndex < 0 || vcpuIndex >= state.vcpus.size()
				|| state.vcpus.get(vcpuIndex).getState() != VcpuTdState.INITIALIZED) {
			throw TdxRefusal.kvm(EINVAL, "KVM_TDX_INIT_MEM_REGION needs an initialized vCPU; vCPU " + vcpuIndex
					+ " has not had KVM_TDX_INIT_VCPU");
		}
		if ((region.getFlags() & ~TdxCommands.MEASURE_MEMORY_REGION) != 0) {
			throw TdxRefusal.kvm(EINVAL, "KVM_TDX_INIT_MEM_REGION flags 0x" + Integer.toHexString(region.getFlags())
					+ " has bits other than KVM_TDX_MEASURE_MEMORY_REGION");
		}
		long gpa = region.getGpa();
		long pages = region.getNrPages();
		if (gpa % PAGE != 0 || pages <= 0 || gpa < 0 || pages > (PRIVATE_GPA_LIMIT - gpa) / PAGE) {
			throw TdxRefusal.kvm(EINVAL, String.format(
					"region gpa 0x%x, %d pages: needs a page-aligned private GPA range below 0x%x", gpa, pages, PRIVATE_GPA_LIMIT));
		}
		long length = pages * PAGE;
		if (content != null && content.length > length) {
			throw TdxRefusal.kvm(EINVAL, "the region's contents (" + content.length + " bytes) exceed its " + pages + " pages");
		}
		long taken = Math.max(state.added.firstMapped(gpa, length), state.augmented.firstMapped(gpa, length));
		if (taken >= 0) {
			throw TdxRefusal.module(EIO, TdxStatus.TDX_EPT_ENTRY_STATE_INCORRECT.withOperand(TdxStatus.OPERAND_RCX),
					String.format("TDH.MEM.PAGE.ADD: GPA 0x%x is already mapped in the secure EPT", taken));
		}
		if ((region.getSectionAttributes() & SECTION_PAGE_AUG) != 0) {
			state.augmented.map(gpa, length);
			return;
		}
		measure(region, new RegionContent(content), gpa, pages);
		state.added.map(gpa, length);
	}

	private void measure(TdxInitMemRegion region, RegionContent content, long gpa, long pages) {
		MrtdAccumulator mrtd = state.mrtd;
		boolean extend = region.isMeasure();
		switch (region.getMeasureOrder()) {
		case AFTER_REGION:
			for (long p = 0; p < pages; p++) {
				mrtd.pageAdd(gpa + p * PAGE, region.getSectionIndex());
			}
			if (extend) {
				for (long at = 0; at < pages * PAGE; at += CHUNK) {
					content.extend(mrtd, gpa + at, at);
				}
			}
			break;
		case PER_PAGE:
		default:
			for (long p = 0; p < pages; p++) {
				long page = gpa + p * PAGE;
				mrtd.pageAdd(page, region.getSectionIndex());
				if (extend) {
					for (int k = 0; k < PAGE; k += CHUNK) {
						content.extend(mrtd, page + k, p * PAGE + k);
					}
				}
			}
			break;
		}
		if (extend) {
			state.chunksExtended += pages * (PAGE / CHUNK);
		}
	}

	/** KVM_TDX_FINALIZE_VM: TDH.MR.FINALIZE fixes MRTD; the TD becomes RUNNABLE. */
	void finalizeVm(List<RtmrEvent> events, List<byte[]> rtmrs) throws TdxRefusal {
		requireVm();
		requireInitialized("TDH.MR.FINALIZE");
		if (state.initializedVcpus() == 0) {
			throw TdxRefusal.module(EIO, TdxStatus.TDX_NO_VCPUS.code(), "TDH.MR.FINALIZE needs at least one initialized vCPU");
		}
		state.finalMrtd = state.mrtd.finish();
		state.opState = TdOpState.RUNNABLE;
		state.events = List.copyOf(events);
		state.rtmrs = rtmrs;
	}

	/** Teardown when the VM is destroyed: TDH.MNG.VPFLUSHDONE, then TDH.MNG.KEY.FREEID. */
	void teardown() {
		if (state.hkidAssigned) {
			state.lifecycle = TdLifecycleState.TEARDOWN; // through BLOCKED, which nothing can observe in between
		}
	}

	private void requireVm() throws TdxRefusal {
		if (!state.vmCreated) {
			throw TdxRefusal.kvm(EBADF, "no VM: KVM_CREATE_VM has not been issued");
		}
	}

	/** The op-state check of page, extend, vCPU and finalize SEAMCALLs: only INITIALIZED allows them. */
	private void requireInitialized(String seamcalls) throws TdxRefusal {
		if (state.opState != TdOpState.INITIALIZED) {
			String why = state.opState == TdOpState.UNINITIALIZED ? "KVM_TDX_INIT_VM has not been issued"
					: "KVM_TDX_FINALIZE_VM has been issued";
			throw TdxRefusal.module(EINVAL, TdxStatus.TDX_OP_STATE_INCORRECT.code(),
					seamcalls + " is allowed only in op state INITIALIZED; the TD is " + state.opState + " (" + why + ")");
		}
	}

	/**
	 * Why the module refuses {@code xfam}, or null when it accepts it: the fixed-0/fixed-1 masks and the component
	 * combinations the TDX module checks (AVX-512 needs AVX and all three of its components, CET needs both halves).
	 */
	static String xfamProblem(long xfam) {
		if ((xfam & XFAM_FIXED1) != XFAM_FIXED1) {
			return "x87 and SSE state (0x3) are required";
		}
		if ((xfam & ~XFAM_FIXED0) != 0) {
			return String.format("bits 0x%x are not allowed in a TD", xfam & ~XFAM_FIXED0);
		}
		long avx512 = bit(XfamComponent.OPMASK) | bit(XfamComponent.ZMM_HI256) | bit(XfamComponent.HI16_ZMM);
		long a = xfam & avx512;
		if (a != 0 && (a != avx512 || (xfam & bit(XfamComponent.AVX)) == 0)) {
			return "AVX-512 needs AVX and all of OPMASK, ZMM_HI256 and HI16_ZMM";
		}
		if (((xfam & bit(XfamComponent.CET_U)) == 0) != ((xfam & bit(XfamComponent.CET_S)) == 0)) {
			return "CET_U and CET_S go together";
		}
		return null;
	}

	private static long bit(XfamComponent c) {
		return 1L << c.getValue();
	}

	private static long knownBits(IntStream positions) {
		return positions.mapToLong(b -> 1L << b).reduce(0, (a, b) -> a | b);
	}
}
