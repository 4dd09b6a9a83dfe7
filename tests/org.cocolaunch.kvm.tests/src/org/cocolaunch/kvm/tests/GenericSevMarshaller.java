/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.backend.SevOperation;
import org.cocolaunch.kvm.backend.SevStepMarshaller;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;

/**
 * A stand-in for the SEV vendor model's marshaller: reads SEV steps whose parameters are the common model's
 * GenericParameters (vmType, policy, gpa, length, pageType), page contents from the step's first page range.
 */
final class GenericSevMarshaller implements SevStepMarshaller {

	@Override
	public SevOperation marshal(Step step, PlanInputs inputs) throws BackendException {
		Map<String, String> p = new HashMap<>();
		if (step.getParameters() instanceof GenericParameters g) {
			for (Parameter e : g.getEntries()) {
				p.put(e.getName(), e.getValue());
			}
		}
		byte[] content = step.getPages().isEmpty() ? null : inputs.content(step.getPages().get(0).getContent());
		return switch (step.getCommand()) {
		case "KVM_CREATE_VM" -> new SevOperation.CreateVm(number(p, "vmType"));
		case "KVM_SEV_INIT" -> new SevOperation.LegacyInit(false);
		case "KVM_SEV_ES_INIT" -> new SevOperation.LegacyInit(true);
		case "KVM_SEV_INIT2" -> new SevOperation.Init2(0, 0);
		case "KVM_SEV_LAUNCH_START" -> new SevOperation.LaunchStart(0, number(p, "policy"), null, null);
		case "KVM_SEV_LAUNCH_UPDATE_DATA" -> new SevOperation.LaunchUpdateData(number(p, "gpa"), content);
		case "KVM_SEV_LAUNCH_UPDATE_VMSA" -> new SevOperation.LaunchUpdateVmsa(List.of());
		case "KVM_SEV_LAUNCH_MEASURE" -> new SevOperation.LaunchMeasure();
		case "KVM_SEV_LAUNCH_FINISH" -> new SevOperation.LaunchFinish();
		case "KVM_SEV_SNP_LAUNCH_START" -> new SevOperation.SnpLaunchStart(number(p, "policy"), null);
		case "KVM_SEV_SNP_LAUNCH_UPDATE" -> new SevOperation.SnpLaunchUpdate(number(p, "gpa"), number(p, "length"),
				(int) number(p, "pageType"), content);
		case "KVM_SEV_SNP_LAUNCH_FINISH" -> new SevOperation.SnpLaunchFinish(null, null, false, false, null, List.of());
		default -> throw new BackendException("step '" + step.getName() + "': " + step.getCommand() + " is not an SEV launch command");
		};
	}

	private static long number(Map<String, String> p, String name) throws BackendException {
		String v = p.get(name);
		if (v == null) {
			throw new BackendException("missing parameter " + name);
		}
		return Long.decode(v);
	}
}
