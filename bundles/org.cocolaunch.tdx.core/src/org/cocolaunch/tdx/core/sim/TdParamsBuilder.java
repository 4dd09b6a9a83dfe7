/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The TD_PARAMS KVM builds from {@code struct kvm_tdx_init_vm} ({@code setup_tdparams} in arch/x86/kvm/vmx/tdx.c;
 * domain reference §1.6, §3.3.4), for a host with 4-level EPT (GPAW 48) whose module has no fixed-1 attribute bits.
 */
final class TdParamsBuilder {

	/** EPTP_CONTROLS: memory type WB (6), page-walk length 4 (3 in bits 5:3). */
	static final long EPTP_CONTROLS_4_LEVEL = 6 | (3 << 3);
	/** CONFIG_FLAGS.NO_RBP_MOD (bit 2), which KVM always sets. */
	static final long CONFIG_NO_RBP_MOD = 1 << 2;
	/** Size of MRCONFIGID, MROWNER and MROWNERCONFIG. */
	static final int MR_SIZE = 48;

	private TdParamsBuilder() {
	}

	/**
	 * @param maxVcpus MAX_VCPUS: QEMU sets KVM_CAP_MAX_VCPUS to the guest's vCPU count before KVM_TDX_INIT_VM
	 */
	static TdParams build(TdxInitVm init, int maxVcpus) {
		TdParams p = TdxFactory.eINSTANCE.createTdParams();
		p.setAttributes(init.getAttributes());
		p.setXfam(init.getXfam());
		p.setMaxVcpus(maxVcpus);
		p.setEptpControls(EPTP_CONTROLS_4_LEVEL);
		p.setConfigFlags(CONFIG_NO_RBP_MOD);
		p.setTscFrequency(0); // KVM uses the host's default_tsc_khz / 25000, which a simulation does not have
		p.setMrConfigId(measurementValue(init.getMrConfigId()));
		p.setMrOwner(measurementValue(init.getMrOwner()));
		p.setMrOwnerConfig(measurementValue(init.getMrOwnerConfig()));
		for (CpuidEntry e : init.getCpuid()) {
			p.getCpuidValues().add(EcoreUtil.copy(e));
		}
		return p;
	}

	/** A 48-byte register value: the given bytes, or zeros when none were given. */
	static byte[] measurementValue(byte[] given) {
		return given == null || given.length == 0 ? new byte[MR_SIZE] : given.clone();
	}
}
