/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.List;
import java.util.Locale;

import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Step;

/**
 * Decides which init ioctl a {@code kvm_sev_init} line stands for. AMD's SNP trees log the guest type
 * ({@code kvm_sev_init type SEV-SNP flags 0x0}); upstream QEMU logs nothing and then issues {@code KVM_SEV_INIT2}
 * for SNP (the only way to create an SNP context), {@code KVM_SEV_ES_INIT} when the policy asks for SEV-ES, else
 * {@code KVM_SEV_INIT} (domain reference §1.8 A–C). The choice is recorded in the step's description.
 */
final class InitCommands {

	/** SEV policy bit 2: ES (domain reference §4.4). */
	private static final long POLICY_ES = 0x4;

	private InitCommands() {
	}

	/** Sets the command of every step made from {@code kvm_sev_init}, looking at the whole plan. */
	static void resolve(List<Step> steps) {
		boolean snp = steps.stream().anyMatch(s -> s.getCommand() != null && s.getCommand().startsWith("KVM_SEV_SNP_"));
		boolean es = steps.stream().anyMatch(InitCommands::startsSevEs);
		for (Step step : steps) {
			if (step.getCommand() != null) {
				continue;
			}
			String type = step.getParameters() instanceof GenericParameters p ? StepFactory.value(p, "type") : null;
			String command;
			String reason;
			if (type != null) {
				command = switch (type.toUpperCase(Locale.ROOT)) {
				case "SEV-SNP", "SNP" -> "KVM_SEV_SNP_INIT";
				case "SEV-ES", "ES" -> "KVM_SEV_ES_INIT";
				default -> "KVM_SEV_INIT";
				};
				reason = "guest type " + type + " as logged";
			} else if (snp) {
				command = "KVM_SEV_INIT2";
				reason = "inferred: SNP guests are initialised with KVM_SEV_INIT2";
			} else if (es) {
				command = "KVM_SEV_ES_INIT";
				reason = "inferred: the launch policy has the ES bit";
			} else {
				command = "KVM_SEV_INIT";
				reason = "inferred: legacy SEV guest";
			}
			step.setCommand(command);
			step.setName(command.replaceFirst("^KVM_SEV_", "").toLowerCase(Locale.ROOT).replace('_', '-')
					+ step.getName().substring(step.getName().lastIndexOf('-')));
			step.setDescription(step.getDescription() + " (" + reason + ")");
		}
	}

	private static boolean startsSevEs(Step step) {
		if (!"KVM_SEV_LAUNCH_START".equals(step.getCommand()) || !(step.getParameters() instanceof GenericParameters p)) {
			return false;
		}
		Long policy = StepFactory.number(p, "policy");
		return policy != null && (policy & POLICY_ES) != 0;
	}
}
