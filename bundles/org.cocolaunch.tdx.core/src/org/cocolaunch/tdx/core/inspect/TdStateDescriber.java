/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.inspect;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;

/** Decodes the TDX state objects for the TD State view: the TD (op state, TD_PARAMS bit by bit) and each TD vCPU. */
public final class TdStateDescriber {

	private TdStateDescriber() {
	}

	public static StateDescription describe(TdState td) {
		List<StateField> groups = new ArrayList<>();
		groups.add(StateField.group("TD state", List.of(
				StateField.of("lifecycle state", lifecycle(td)),
				StateField.of("op state", String.valueOf(td.getOpState())),
				StateField.of("HKID assigned", Boolean.toString(td.isHkidAssigned())),
				StateField.of("pages added (PAGE.ADD)", Long.toString(td.getPagesAdded())),
				StateField.of("chunks extended (MR.EXTEND)", Long.toString(td.getChunksExtended())),
				StateField.of("pages augmented (PAGE.AUG)", Long.toString(td.getPagesAugmented())))));
		TdParams p = td.getTdParams();
		if (p == null) {
			groups.add(StateField.group("TD_PARAMS", List.of(StateField.of("(none)", "before KVM_TDX_INIT_VM"))));
		} else {
			groups.add(TdxBits.attributes("ATTRIBUTES", p.getAttributes()));
			groups.add(TdxBits.xfam("XFAM", p.getXfam()));
			groups.add(StateField.group("TD_PARAMS", List.of(
					StateField.of("MAX_VCPUS", Integer.toString(p.getMaxVcpus())),
					StateField.of("EPTP_CONTROLS", TdxBits.hex(p.getEptpControls())),
					StateField.of("CONFIG_FLAGS", TdxBits.hex(p.getConfigFlags())),
					StateField.of("TSC_FREQUENCY", Integer.toString(p.getTscFrequency())),
					StateField.of("MRCONFIGID", hex(p.getMrConfigId())),
					StateField.of("MROWNER", hex(p.getMrOwner())),
					StateField.of("MROWNERCONFIG", hex(p.getMrOwnerConfig())),
					StateField.group("CPUID_VALUES (" + p.getCpuidValues().size() + ")", cpuid(p.getCpuidValues())))));
		}
		return new StateDescription("TD", groups, null);
	}

	/** Text shown before KVM_TDX_INIT_VM, when the module has no TDR for the TD yet. */
	public static final String NO_TD_YET = "none yet (TDH.MNG.CREATE runs in KVM_TDX_INIT_VM)";

	/**
	 * The TDR's lifecycle state. KVM creates the TD (TDH.MNG.CREATE assigns the HKID and starts the lifecycle at
	 * HKID_ASSIGNED) only in KVM_TDX_INIT_VM; before that there is no TDR and so no lifecycle state to show.
	 */
	private static String lifecycle(TdState td) {
		if (!td.isHkidAssigned() && td.getOpState() == TdOpState.UNINITIALIZED) {
			return NO_TD_YET;
		}
		return String.valueOf(td.getLifecycleState());
	}

	public static StateDescription describe(TdVcpuState v) {
		List<StateField> fields = List.of(StateField.of("state", String.valueOf(v.getState())),
				StateField.of("x2APIC ID", Integer.toString(v.getX2apicId())),
				StateField.of("RCX (INIT_VCPU, TD HOB address)", TdxBits.hex(v.getRcx())),
				StateField.of("RIP", TdxBits.hex(v.getRip())),
				StateField.of("registers readable (DEBUG TD)", Boolean.toString(v.isRegistersReadable())));
		return new StateDescription("TD vCPU " + v.getVcpuIndex(),
				List.of(StateField.group("TD vCPU " + v.getVcpuIndex(), fields)), null);
	}

	private static List<StateField> cpuid(List<CpuidEntry> entries) {
		List<StateField> list = new ArrayList<>();
		for (CpuidEntry e : entries) {
			list.add(StateField.of(String.format("leaf 0x%x.%x", e.getFunction(), e.getIndex()),
					String.format("eax 0x%08x ebx 0x%08x ecx 0x%08x edx 0x%08x", e.getEax(), e.getEbx(), e.getEcx(), e.getEdx())));
		}
		return list;
	}

	private static String hex(byte[] b) {
		return b == null ? "" : HexFormat.of().formatHex(b);
	}
}
