/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

/** Small hand-made plans for model tests. */
final class ModelFixtures {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private ModelFixtures() {
	}

	static LaunchPlan snpPlan() {
		LaunchPlan plan = F.createLaunchPlan();
		plan.setName("round trip");
		plan.setVendor(Vendor.AMD);
		plan.setVmType(VmType.SNP);
		plan.setPreset("QEMU");
		LaunchInput firmware = F.createLaunchInput();
		firmware.setRole("firmware");
		firmware.setPath("OVMF.fd");
		plan.getInputs().add(firmware);

		plan.getSteps().add(step("start", "KVM_SEV_SNP_LAUNCH_START", Phase.INIT_VM, param("policy", "0x30000")));
		Step update = step("fw", "KVM_SEV_SNP_LAUNCH_UPDATE", Phase.UPDATE, param("type", "NORMAL"));
		PageRange pages = F.createPageRange();
		pages.setGpa(0xffc00000L);
		pages.setLength(0x400000L);
		pages.setKind(PageKind.NORMAL);
		ContentSource source = F.createContentSource();
		source.setKind(ContentSourceKind.FIRMWARE);
		source.setInput("firmware");
		source.setOffset(0);
		source.setLength(0x400000L);
		pages.setContent(source);
		update.getPages().add(pages);
		plan.getSteps().add(update);
		plan.getSteps().add(step("finish", "KVM_SEV_SNP_LAUNCH_FINISH", Phase.FINALIZE, param("id_block_en", "0")));

		MeasurementRegister measurement = F.createMeasurementRegister();
		measurement.setName("MEASUREMENT");
		measurement.setWidthBits(384);
		measurement.setValue(new byte[48]);
		measurement.getValue()[47] = (byte) 0xa5;
		plan.getRegisters().add(measurement);
		return plan;
	}

	static Step step(String name, String command, Phase phase, GenericParameters parameters) {
		Step step = F.createStep();
		step.setName(name);
		step.setCommand(command);
		step.setPhase(phase);
		step.setParameters(parameters);
		return step;
	}

	static GenericParameters param(String name, String value) {
		GenericParameters parameters = F.createGenericParameters();
		Parameter p = F.createParameter();
		p.setName(name);
		p.setValue(value);
		parameters.getEntries().add(p);
		return parameters;
	}
}
