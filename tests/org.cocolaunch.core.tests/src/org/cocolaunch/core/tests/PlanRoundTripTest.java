/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.cocolaunch.core.io.ModelEquality;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans and traces survive save and load unchanged, as XMI files with their own extensions. */
class PlanRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void planSavesAndLoadsEqual() throws Exception {
		LaunchPlan plan = ModelFixtures.snpPlan();
		Path file = dir.resolve("plan." + ModelFiles.PLAN_EXTENSION);
		ModelFiles.save(plan, file);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("http://org.cocolaunch/model/1.0"), "XMI names the model namespace");
		assertTrue(xml.contains("KVM_SEV_SNP_LAUNCH_UPDATE"), xml);

		LaunchPlan loaded = ModelFiles.loadPlan(file);
		assertNotSame(plan, loaded);
		assertTrue(ModelEquality.equals(plan, loaded), "loaded plan equals the saved one");
		assertEquals(Vendor.AMD, loaded.getVendor());
		assertEquals(VmType.SNP, loaded.getVmType());
		assertEquals(3, loaded.getSteps().size());
		assertEquals(Phase.UPDATE, loaded.getSteps().get(1).getPhase());
		assertEquals(0xffc00000L, loaded.getSteps().get(1).getPages().get(0).getGpa());
		assertEquals(PageKind.NORMAL, loaded.getSteps().get(1).getPages().get(0).getKind());
		assertEquals(ContentSourceKind.FIRMWARE, loaded.getSteps().get(1).getPages().get(0).getContent().getKind());
		GenericParameters p = assertInstanceOf(GenericParameters.class, loaded.getSteps().get(0).getParameters());
		assertEquals("policy", p.getEntries().get(0).getName());
		assertArrayEquals(plan.getRegisters().get(0).getValue(), loaded.getRegisters().get(0).getValue());
	}

	@Test
	void editedPlanDiffersFromOriginal() throws Exception {
		LaunchPlan plan = ModelFixtures.snpPlan();
		LaunchPlan copy = EcoreUtil.copy(plan);
		copy.getSteps().get(1).getPages().get(0).setKind(PageKind.UNMEASURED);
		assertFalse(ModelEquality.equals(plan, copy), "equality sees a changed page kind");
		LaunchPlan sameBytes = EcoreUtil.copy(plan); // EcoreUtil.copy shares arrays: give it its own
		byte[] value = plan.getRegisters().get(0).getValue().clone();
		sameBytes.getRegisters().get(0).setValue(value);
		assertTrue(ModelEquality.equals(plan, sameBytes), "equal register bytes in distinct arrays are equal");
		value = value.clone();
		value[0] ^= 1;
		sameBytes.getRegisters().get(0).setValue(value);
		assertFalse(ModelEquality.equals(plan, sameBytes), "equality sees one flipped register bit");
	}

	@Test
	void traceSavesAndLoadsEqual() throws Exception {
		LaunchTrace trace = ModelFactory.eINSTANCE.createLaunchTrace();
		trace.setPlanName("example");
		trace.setBackend("sim");
		trace.setVendor(Vendor.INTEL);
		trace.setVmType(VmType.TDX);
		trace.setStartedAt(new Date(1_764_000_000_000L));
		StepResult result = ModelFactory.eINSTANCE.createStepResult();
		result.setStepIndex(4);
		result.setCommand("KVM_TDX_INIT_MEM_REGION");
		result.setStatus(StepStatus.FAILED);
		result.setErrno(5);
		result.setFirmwareError(0xC000_0100_0000_0000L);
		result.setFirmwareErrorName("TDX_OPERAND_INVALID");
		trace.getResults().add(result);
		Path file = dir.resolve("run." + ModelFiles.TRACE_EXTENSION);
		ModelFiles.save(trace, file);
		LaunchTrace loaded = ModelFiles.loadTrace(file);
		assertTrue(ModelEquality.equals(trace, loaded));
		assertEquals(0xC000_0100_0000_0000L, loaded.getResults().get(0).getFirmwareError());
	}
}
