/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.List;

import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.TdxPackage;
import org.cocolaunch.tdx.model.XfamComponent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TDX vendor model: bit names derived from the raw fields, and the package's identity. */
class TdxModelTest {

	@Test
	void attributeAndXfamBitsAreNamed() {
		TdxInitVm init = TdxFactory.eINSTANCE.createTdxInitVm();
		init.setAttributes(0x8000_0000_5000_0000L); // QEMU's allowed set: SEPT_VE_DISABLE | PKS | PERFMON
		init.setXfam(0x6_02E7L);
		assertEquals(List.of(TdAttribute.SEPT_VE_DISABLE, TdAttribute.PKS, TdAttribute.PERFMON), init.getAttributeBits());
		assertEquals(List.of(XfamComponent.X87, XfamComponent.SSE, XfamComponent.AVX, XfamComponent.OPMASK,
				XfamComponent.ZMM_HI256, XfamComponent.HI16_ZMM, XfamComponent.PKRU, XfamComponent.XTILECFG,
				XfamComponent.XTILEDATA), init.getXfamBits());
		assertTrue(TdxPackage.Literals.TDX_INIT_VM__ATTRIBUTE_BITS.isTransient(), "derived bits are not saved");
	}

	@Test
	void measureFollowsTheFlag() {
		TdxInitMemRegion region = TdxFactory.eINSTANCE.createTdxInitMemRegion();
		assertFalse(region.isMeasure());
		region.setFlags(1);
		assertTrue(region.isMeasure());
	}

	@Test
	void packageIdentity() {
		assertEquals("http://org.cocolaunch/model/tdx/1.0", TdxPackage.eNS_URI);
		assertEquals("tdx", TdxPackage.eNS_PREFIX);
		assertNull(TdxPackage.eINSTANCE.getEClassifier("TdxCreateVm"), "KVM_CREATE_VM is the common model's KvmCreateVm");
	}
}
