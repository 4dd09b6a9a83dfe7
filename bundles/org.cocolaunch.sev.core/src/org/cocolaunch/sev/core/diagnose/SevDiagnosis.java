/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.diagnose;

import java.util.List;

import org.cocolaunch.core.diagnose.CpuidRejection;
import org.cocolaunch.core.diagnose.FailureCatalogue;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction.Agreement;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.plan.GuestPolicies;
import org.cocolaunch.sev.core.plan.SevCommands;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevHost;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLegacyInit;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpCpuidMismatch;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The AMD engine's failure diagnosis: its cause catalogue ({@code sev-failures.tsv} beside this class, data), the
 * plan changes that make the simulated firmware take each reproducible cause's path, and QEMU's default command
 * sequence for a failure log without trace or firmware.
 */
public final class SevDiagnosis {

	private static final SevFactory S = SevFactory.eINSTANCE;
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final String RESOURCE = "sev-failures.tsv";
	private static volatile FailureCatalogue catalogue;

	private SevDiagnosis() {
	}

	/** The catalogue, read once. */
	public static FailureCatalogue catalogue() {
		FailureCatalogue c = catalogue;
		if (c == null) {
			c = FailureCatalogue.ofResource(SevDiagnosis.class, RESOURCE);
			catalogue = c;
		}
		return c;
	}

	/** The causes of an SEV-family command's failure, most likely first; empty for other vendors' commands. */
	public static List<FailureCause> causes(String command, int errno, long status) {
		if (command == null || !command.startsWith("KVM_SEV_")) {
			return List.of();
		}
		return catalogue().causes(command, errno, status);
	}

	/** Applies {@code cause}'s change to {@code plan} whose last step failed; null when done, else why not. */
	public static String apply(LaunchPlan plan, int failing, FailureFacts facts, FailureCause cause) {
		Step step = plan.getSteps().get(failing);
		EObject p = step.getParameters();
		switch (cause.change()) {
		case "vm-not-snp" -> {
			KvmCreateVm create = create(plan);
			if (create == null) {
				return "the plan has no KVM_CREATE_VM step to change";
			}
			create.setVmType(VmType.SEV_ES_VALUE); // QEMU/kernel mismatch: the VM is set up as a non-SNP one
			return null;
		}
		case "snp-policy-reserved-bit", "snp-policy-no-mbo" -> {
			if (!(p instanceof SnpLaunchStart start)) {
				return "the failing step is not SNP_LAUNCH_START";
			}
			long policy = facts.policy() != null ? facts.policy() : start.getPolicy();
			start.setPolicy(cause.change().equals("snp-policy-no-mbo") ? policy & ~GuestPolicies.SNP_RESERVED_MBO
					: policy | 1L << 63);
			return null;
		}
		case "snp-policy-abi-too-new" -> {
			if (!(p instanceof SnpLaunchStart start)) {
				return "the failing step is not SNP_LAUNCH_START";
			}
			start.setPolicy(start.getPolicy() & ~0xFFFFL | 0xFF00L); // ABI 255.0: newer than any firmware
			return null;
		}
		case "snp-start-twice" -> {
			if (!(p instanceof SnpLaunchStart)) {
				return "the failing step is not SNP_LAUNCH_START";
			}
			plan.getSteps().add(failing, EcoreUtil.copy(step));
			plan.getSteps().get(failing).setName(step.getName() + "-first");
			return null;
		}
		case "snp-update-bad-len" -> {
			if (!(p instanceof SnpLaunchUpdate update)) {
				return "the failing step is not SNP_LAUNCH_UPDATE";
			}
			update.setLen(update.getLen() == 0 ? 0x800 : update.getLen() - 0x800);
			return null;
		}
		case "snp-update-overlap" -> {
			if (!(p instanceof SnpLaunchUpdate)) {
				return "the failing step is not SNP_LAUNCH_UPDATE";
			}
			Step first = EcoreUtil.copy(step);
			first.setName(step.getName() + "-first");
			plan.getSteps().add(failing, first);
			return null;
		}
		case "host-sev-disabled" -> {
			SevHost host = S.createSevHost();
			host.setSevEnabled(false);
			plan.setHost(host);
			return null;
		}
		case "cpuid-entry-rejected" -> {
			return cpuidEntries(p, facts);
		}
		case "id-block-stale-digest" -> {
			if (!(p instanceof SnpLaunchFinish finish)) {
				return "the failing step is not SNP_LAUNCH_FINISH";
			}
			SnpIdBlock block = S.createSnpIdBlock();
			block.setLd(new byte[48]); // an ID block made for another launch: its LD is not this launch's digest
			SnpIdAuth auth = S.createSnpIdAuth();
			auth.setIdKeyAlgo(1);
			auth.setIdKey(S.createEcdsaPublicKey());
			auth.setIdBlockSig(S.createEcdsaSignature());
			finish.setIdBlock(block);
			finish.setIdAuth(auth);
			finish.setIdBlockEn(true);
			return null;
		}
		case "init-wrong-vm-type" -> {
			KvmCreateVm create = create(plan);
			if (create == null) {
				return "the plan has no KVM_CREATE_VM step to change";
			}
			// INIT2 on a default VM or legacy INIT on a new type: both are refused
			create.setVmType(p instanceof SevInit ? 0 : VmType.SNP_VALUE);
			return null;
		}
		case "init-vmsa-features" -> {
			if (!(p instanceof SevInit init)) {
				return "the failing step is not KVM_SEV_INIT2";
			}
			init.setVmsaFeatures(init.getVmsaFeatures() | 1L << 62);
			return null;
		}
		default -> {
			return "no simulated change '" + cause.change() + "'";
		}
		}
	}

	/**
	 * Puts the CPUID entries the log says QEMU provided onto the failing CPUID page update (the rest of QEMU's table is
	 * not in the log; entries the firmware accepted do not change the outcome).
	 */
	private static String cpuidEntries(EObject p, FailureFacts facts) {
		if (!(p instanceof SnpLaunchUpdate update) || update.getType() != SnpPageType.CPUID) {
			return "the failing step is not an SNP_LAUNCH_UPDATE of the CPUID page";
		}
		List<CpuidRejection> logged = facts.cpuid().stream().filter(c -> c.provided() != null).toList();
		if (logged.isEmpty()) {
			return "the log gives no provided CPUID values to put on the page";
		}
		for (CpuidRejection c : logged) {
			SnpCpuidFunction f = S.createSnpCpuidFunction();
			f.setEaxIn(c.function());
			f.setEcxIn(c.index());
			f.setEax(c.provided().eax());
			f.setEbx(c.provided().ebx());
			f.setEcx(c.provided().ecx());
			f.setEdx(c.provided().edx());
			update.getCpuidFunctions().add(f);
		}
		return null;
	}

	/**
	 * Whether the simulator rejected the CPUID entries the log names (same function and index); the note says whether
	 * the values the simulated firmware wrote back are the log's expected ones.
	 */
	public static Agreement compare(StepResult result, FailureFacts facts) {
		if (facts.cpuid().isEmpty()) {
			return Agreement.NOTHING_MORE;
		}
		List<SnpCpuidMismatch> simulated = result.getDetails().stream().filter(SnpCpuidMismatch.class::isInstance)
				.map(SnpCpuidMismatch.class::cast).toList();
		StringBuilder note = new StringBuilder();
		for (CpuidRejection c : facts.cpuid()) {
			SnpCpuidMismatch m = simulated.stream()
					.filter(x -> x.getFunction() == c.function() && x.getIndex() == c.index()).findFirst().orElse(null);
			String leaf = "CPUID 0x" + Long.toHexString(c.function()) + " index 0x" + Long.toHexString(c.index());
			if (m == null) {
				return new Agreement(false, "the simulated firmware did not reject " + leaf);
			}
			CpuidRejection.Registers wrote = new CpuidRejection.Registers(m.getExpected().getEax(),
					m.getExpected().getEbx(), m.getExpected().getEcx(), m.getExpected().getEdx());
			note.append(note.length() == 0 ? "" : "; ").append(leaf).append(" rejected");
			if (c.expected() != null) {
				note.append(wrote.equals(c.expected()) ? ", written back as the log's expected values"
						: ", written back as " + wrote + " (the log expects " + c.expected() + ")");
			}
		}
		return new Agreement(true, note.toString());
	}

	private static KvmCreateVm create(LaunchPlan plan) {
		return plan.getSteps().stream().map(Step::getParameters).filter(KvmCreateVm.class::isInstance)
				.map(KvmCreateVm.class::cast).findFirst().orElse(null);
	}

	/**
	 * QEMU's default sequence for {@code command}'s VM type up to and including {@code command} (SNP for SNP
	 * commands and for init when {@code snp}; SEV-ES for VMSA updates; else SEV), without firmware contents: SNP pages
	 * are ZERO/SECRETS/CPUID pages at OVMF's usual metadata addresses. Null when the command is not SEV-family.
	 */
	public static LaunchPlan defaultPlan(String command, boolean snpHint) {
		return defaultPlan(command, null, snpHint);
	}

	/**
	 * {@link #defaultPlan(String, boolean)}, ending for a failed SNP_LAUNCH_UPDATE at the page the log names: the one at
	 * its GPA, else the CPUID page when the log reports rejected CPUID entries, else the first page.
	 */
	public static LaunchPlan defaultPlan(String command, FailureFacts facts, boolean snpHint) {
		if (command == null || !command.startsWith("KVM_SEV_")) {
			return null;
		}
		boolean snp = command.startsWith("KVM_SEV_SNP_") || snpHint && command.equals("KVM_SEV_INIT");
		boolean es = !snp && (command.equals("KVM_SEV_ES_INIT") || command.equals("KVM_SEV_LAUNCH_UPDATE_VMSA"));
		LaunchPlan plan = F.createLaunchPlan();
		plan.setVendor(Vendor.AMD);
		plan.setVmType(snp ? VmType.SNP : es ? VmType.SEV_ES : VmType.SEV);
		plan.setName("QEMU default " + plan.getVmType().getLiteral() + " launch");
		plan.setDescription("QEMU's default command sequence for this VM type, without firmware contents");
		plan.setPreset("QEMU");
		KvmCreateVm create = F.createKvmCreateVm();
		create.setVmType(snp ? VmType.SNP_VALUE : 0);
		Step vm = step("create-vm", null, Phase.CREATE, create);
		vm.setCommand(SevCommands.CREATE_VM);
		plan.getSteps().add(vm);
		if (snp) {
			plan.getSteps().add(step("sev-init2", SevCommandId.KVM_SEV_INIT2, Phase.CREATE, S.createSevInit()));
			if (!stop(plan, command)) {
				SnpLaunchStart start = S.createSnpLaunchStart();
				start.setPolicy(0x30000);
				plan.getSteps().add(step("snp-launch-start", SevCommandId.KVM_SEV_SNP_LAUNCH_START, Phase.INIT_VM, start));
			}
			long[][] pages = { { 0x800000, 0x9000, SnpPageType.ZERO_VALUE }, { 0x80a000, 0x3000, SnpPageType.ZERO_VALUE },
					{ 0x80d000, 0x1000, SnpPageType.SECRETS_VALUE }, { 0x80e000, 0x1000, SnpPageType.CPUID_VALUE } };
			long target = targetPage(pages, facts);
			for (long[] pg : pages) {
				if (stop(plan, command) && lastUpdateAt(plan, target)) {
					break;
				}
				SnpLaunchUpdate u = S.createSnpLaunchUpdate();
				u.setGfnStart(pg[0] >>> 12);
				u.setLen(pg[1]);
				u.setType(SnpPageType.get((int) pg[2]));
				plan.getSteps().add(step("snp-launch-update-" + Long.toHexString(pg[0]), SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE,
						Phase.UPDATE, u));
			}
			if (!stop(plan, command)) {
				plan.getSteps().add(step("snp-launch-finish", SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, Phase.FINALIZE,
						S.createSnpLaunchFinish()));
			}
		} else {
			SevLegacyInit init = S.createSevLegacyInit();
			init.setEs(es);
			plan.getSteps().add(step(es ? "sev-es-init" : "sev-init", es ? SevCommandId.KVM_SEV_ES_INIT : SevCommandId.KVM_SEV_INIT,
					Phase.CREATE, init));
			if (!stop(plan, command)) {
				SevLaunchStart start = S.createSevLaunchStart();
				start.setPolicy(es ? 0x5 : 0x1);
				plan.getSteps().add(step("launch-start", SevCommandId.KVM_SEV_LAUNCH_START, Phase.INIT_VM, start));
			}
			if (!stop(plan, command)) {
				plan.getSteps().add(step("launch-measure", SevCommandId.KVM_SEV_LAUNCH_MEASURE, Phase.MEASURE,
						S.createSevLaunchMeasure()));
			}
			if (!stop(plan, command)) {
				plan.getSteps().add(step("launch-finish", SevCommandId.KVM_SEV_LAUNCH_FINISH, Phase.FINALIZE,
						S.createSevLaunchFinish()));
			}
		}
		return plan;
	}

	/** The GPA of the default page the failure log points at (see {@link #defaultPlan(String, FailureFacts, boolean)}). */
	private static long targetPage(long[][] pages, FailureFacts facts) {
		if (facts != null) {
			for (long[] pg : pages) {
				if (facts.gpa() != null && facts.gpa() == pg[0]) {
					return pg[0];
				}
			}
			if (!facts.cpuid().isEmpty()) {
				for (long[] pg : pages) {
					if (pg[2] == SnpPageType.CPUID_VALUE) {
						return pg[0];
					}
				}
			}
		}
		return pages[0][0];
	}

	/** Whether the plan's last step is not an update, or an update of the page at {@code gpa}. */
	private static boolean lastUpdateAt(LaunchPlan plan, long gpa) {
		EObject p = plan.getSteps().get(plan.getSteps().size() - 1).getParameters();
		return !(p instanceof SnpLaunchUpdate u) || u.getGfnStart() << 12 == gpa;
	}

	/** Whether the plan's last step is the failing command (init stands for the init family). */
	private static boolean stop(LaunchPlan plan, String command) {
		String last = plan.getSteps().get(plan.getSteps().size() - 1).getCommand();
		return command.equals(last) || command.equals("KVM_SEV_INIT") && last != null && last.startsWith("KVM_SEV")
				&& (last.endsWith("_INIT") || last.endsWith("_INIT2"));
	}

	private static Step step(String name, SevCommandId command, Phase phase, EObject parameters) {
		Step s = F.createStep();
		s.setName(name);
		if (command != null) {
			s.setCommand(SevCommands.name(command));
		}
		s.setPhase(phase);
		s.setDescription("QEMU default sequence");
		s.setParameters(parameters);
		return s;
	}
}
