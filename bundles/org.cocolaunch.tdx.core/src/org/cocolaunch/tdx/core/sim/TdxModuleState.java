/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.tdx.core.measure.MrtdAccumulator;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.model.TdLifecycleState;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Everything a simulated TDX module (plus the KVM bookkeeping around it) knows about one TD. Mutable; {@link #copy()}
 * gives an independent deep copy for snapshots.
 */
final class TdxModuleState {

	static final int PAGE_SIZE = 4096;
	/** Initial RIP of a TD vCPU: the architectural reset vector (TDX module td_vmcs_init). */
	static final long RESET_RIP = 0xFFFF_FFF0L;

	boolean vmCreated;
	boolean hkidAssigned;
	TdLifecycleState lifecycle = TdLifecycleState.HKID_ASSIGNED;
	TdOpState opState = TdOpState.UNINITIALIZED;
	TdParams tdParams;
	final List<TdVcpuState> vcpus = new ArrayList<>();
	SecureEpt added = new SecureEpt();
	SecureEpt augmented = new SecureEpt();
	MrtdAccumulator mrtd = new MrtdAccumulator();
	/** MRTD as fixed by TDH.MR.FINALIZE, null before. */
	byte[] finalMrtd;
	long chunksExtended;
	/** TD HOB bytes and CFV bytes as loaded, for the firmware's RTMR0 events. */
	byte[] tdHob;
	long tdHobGpa;
	byte[] cfv;
	/** RTMR events and values predicted at finalize; values null where the inputs do not determine them. */
	List<RtmrEvent> events = List.of();
	List<byte[]> rtmrs = List.of();

	TdxModuleState(int vcpuCount) {
		for (int i = 0; i < vcpuCount; i++) {
			TdVcpuState v = TdxFactory.eINSTANCE.createTdVcpuState();
			v.setVcpuIndex(i);
			v.setState(VcpuTdState.UNINITIALIZED);
			v.setX2apicId(i);
			vcpus.add(v);
		}
	}

	private TdxModuleState() {
	}

	TdxModuleState copy() {
		TdxModuleState c = new TdxModuleState();
		c.vmCreated = vmCreated;
		c.hkidAssigned = hkidAssigned;
		c.lifecycle = lifecycle;
		c.opState = opState;
		c.tdParams = tdParams == null ? null : EcoreUtil.copy(tdParams);
		for (TdVcpuState v : vcpus) {
			c.vcpus.add(EcoreUtil.copy(v));
		}
		c.added = added.copy();
		c.augmented = augmented.copy();
		c.mrtd = mrtd.copy();
		c.finalMrtd = finalMrtd;
		c.chunksExtended = chunksExtended;
		c.tdHob = tdHob;
		c.tdHobGpa = tdHobGpa;
		c.cfv = cfv;
		c.events = events;
		c.rtmrs = rtmrs;
		return c;
	}

	long initializedVcpus() {
		return vcpus.stream().filter(v -> v.getState() == VcpuTdState.INITIALIZED).count();
	}
}
