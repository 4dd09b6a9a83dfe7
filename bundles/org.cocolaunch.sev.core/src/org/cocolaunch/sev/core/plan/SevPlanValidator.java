/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.SevGuestStateMachine;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SevPolicyBit;
import org.cocolaunch.sev.model.SnpGuestState;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import static org.cocolaunch.core.plan.StepSummary.hex;

/**
 * The SEV family's checks of a plan before it runs, the ones KVM and the secure processor apply when the steps are
 * issued (domain reference §1.4, §1.5, §2.1): commands in an order the guest state machine accepts, parameters of
 * the command's struct type, guest policy bits KVM accepts, SNP page types that match the pages and the command,
 * parameters that agree with the step's pages. One pass in step order, keeping the firmware state as the
 * simulator would after each accepted step (a refused step leaves it unchanged).
 */
public final class SevPlanValidator {

	private static final int PAGE = 4096;
	private static final long SEV_NAMED_POLICY_BITS = 0x3F;
	private static final long SEV_API_VERSION_BITS = 0xFFFF_0000L;

	private static final Map<SevCommandId, EClass> PARAMETERS = Map.ofEntries(
			Map.entry(SevCommandId.KVM_SEV_INIT2, SevPackage.Literals.SEV_INIT),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_START, SevPackage.Literals.SEV_LAUNCH_START),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA, SevPackage.Literals.SEV_LAUNCH_UPDATE_DATA),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, SevPackage.Literals.SEV_LAUNCH_UPDATE_VMSA),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_MEASURE, SevPackage.Literals.SEV_LAUNCH_MEASURE),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_SECRET, SevPackage.Literals.SEV_LAUNCH_SECRET),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_FINISH, SevPackage.Literals.SEV_LAUNCH_FINISH),
			Map.entry(SevCommandId.KVM_SEV_GUEST_STATUS, SevPackage.Literals.SEV_GUEST_STATUS),
			Map.entry(SevCommandId.KVM_SEV_SNP_LAUNCH_START, SevPackage.Literals.SNP_LAUNCH_START),
			Map.entry(SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, SevPackage.Literals.SNP_LAUNCH_UPDATE),
			Map.entry(SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH, SevPackage.Literals.SNP_LAUNCH_FINISH));

	private final LaunchPlan plan;
	private final List<PlanProblem> problems = new ArrayList<>();
	private boolean vmCreated;
	private boolean initialized;
	private boolean es;
	private long snpPolicy = -1;
	private SevGuestState sevState = SevGuestState.UNINIT;
	private SnpGuestState snpState = SnpGuestState.INIT;

	private SevPlanValidator(LaunchPlan plan) {
		this.plan = plan;
	}

	public static List<PlanProblem> validate(LaunchPlan plan) {
		SevPlanValidator v = new SevPlanValidator(plan);
		for (int i = 0; i < plan.getSteps().size(); i++) {
			v.check(i, plan.getSteps().get(i));
		}
		return v.problems;
	}

	private boolean snp() {
		return plan.getVmType() == VmType.SNP;
	}

	private void check(int i, Step step) {
		String command = step.getCommand();
		if (SevCommands.CREATE_VM.equals(command)) {
			if (vmCreated) {
				error(i, null, "KVM_CREATE_VM again: a plan launches one VM");
			}
			vmCreated = true;
			return;
		}
		if (SevCommands.NON_FIRMWARE.contains(command)) {
			return;
		}
		SevCommandId id = SevCommands.id(command);
		if (id == null) {
			problems.add(PlanProblem.warning(i, null, "command " + command + " is not an SEV-family ioctl"));
			return;
		}
		if (!parametersFit(i, id, step.getParameters())) {
			return;
		}
		if (!vmCreated) {
			error(i, null, command + " needs a VM: KVM_CREATE_VM comes first");
		}
		switch (id) {
		case KVM_SEV_INIT, KVM_SEV_ES_INIT, KVM_SEV_INIT2 -> init(i, id, step.getParameters());
		case KVM_SEV_SNP_LAUNCH_START, KVM_SEV_SNP_LAUNCH_UPDATE, KVM_SEV_SNP_LAUNCH_FINISH -> snpCommand(i, id, step);
		default -> sevCommand(i, id, step);
		}
	}

	private boolean parametersFit(int i, SevCommandId id, EObject parameters) {
		EClass expected = PARAMETERS.get(id);
		if (expected == null || parameters == null || parameters instanceof GenericParameters
				|| expected.isInstance(parameters)) {
			return true;
		}
		error(i, null, id.getLiteral() + " takes " + expected.getName() + " parameters, not "
				+ parameters.eClass().getName());
		return false;
	}

	private void init(int i, SevCommandId id, EObject parameters) {
		if (initialized) {
			error(i, null, id.getLiteral() + ": the SEV context is already initialised");
			return;
		}
		if (id == SevCommandId.KVM_SEV_INIT2 && parameters instanceof SevInit p) {
			if (p.getFlags() != 0) {
				error(i, "flags", "flags " + hex(p.getFlags()) + " must be 0");
			}
			if (plan.getVmType() == VmType.SEV && (p.getVmsaFeatures() != 0 || p.getGhcbVersion() != 0)) {
				error(i, "vmsaFeatures", "a plain SEV VM takes neither vmsa_features nor ghcb_version");
			}
		} else if (id != SevCommandId.KVM_SEV_INIT2 && snp()) {
			error(i, null, id.getLiteral() + " cannot initialise an SNP VM; SNP uses KVM_SEV_INIT2");
		}
		initialized = true;
		es = id == SevCommandId.KVM_SEV_ES_INIT || plan.getVmType() == VmType.SEV_ES || snp();
	}

	private void sevCommand(int i, SevCommandId id, Step step) {
		if (!initialized) {
			error(i, null, id.getLiteral() + " before the SEV context is initialised (KVM_SEV_INIT/INIT2)");
			return;
		}
		if (snp()) {
			error(i, null, "an SNP VM accepts only the SNP launch commands, not " + id.getLiteral());
			return;
		}
		if (id == SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA && !es) {
			error(i, null, "KVM_SEV_LAUNCH_UPDATE_VMSA needs an SEV-ES guest");
		}
		if (SevGuestStateMachine.knows(id) && !SevGuestStateMachine.allowed(id, sevState)) {
			error(i, null, id.getLiteral() + " in guest state " + sevState.getName() + ": the firmware refuses it"
					+ " (INVALID_GUEST_STATE; allowed in " + SevGuestStateMachine.allowedStates(id) + ")");
			return;
		}
		if (step.getParameters() instanceof SevLaunchStart start) {
			sevPolicy(i, start.getPolicy() & 0xFFFF_FFFFL);
		}
		if (id == SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA) {
			updateData(i, step);
		}
		sevState = SevGuestStateMachine.next(id, sevState);
	}

	private void sevPolicy(int i, long policy) {
		long reserved = policy & ~(SEV_NAMED_POLICY_BITS | SEV_API_VERSION_BITS);
		if (reserved != 0) {
			error(i, "policy", "policy " + hex(policy) + " sets reserved bits " + hex(reserved));
		}
		boolean esBit = (policy >>> SevPolicyBit.ES_VALUE & 1) != 0;
		if (es != esBit) {
			error(i, "policy", es ? "an SEV-ES guest needs policy bit ES (0x4)"
					: "policy bit ES (0x4) is set but the guest is plain SEV");
		}
	}

	private void updateData(int i, Step step) {
		long pages = pageBytes(step);
		if (step.getParameters() instanceof SevLaunchUpdateData p && p.isSetLen() && p.getLen() != pages) {
			error(i, "len", "len " + hex(p.getLen()) + " but the step's pages hold " + hex(pages) + " bytes");
		}
		if (!hasContents(step)) {
			error(i, "input", "missing input: LAUNCH_UPDATE_DATA encrypts contents, the step's pages have none");
		}
	}

	private void snpCommand(int i, SevCommandId id, Step step) {
		if (!snp()) {
			error(i, null, id.getLiteral() + " needs an SNP VM; the plan's VM type is " + plan.getVmType());
			return;
		}
		if (!initialized) {
			error(i, null, id.getLiteral() + " before KVM_SEV_INIT2");
			return;
		}
		SnpGuestState needed = id == SevCommandId.KVM_SEV_SNP_LAUNCH_START ? SnpGuestState.INIT : SnpGuestState.LAUNCH;
		if (snpState != needed) {
			error(i, null, id.getLiteral() + " in guest state " + snpState.getName() + ": the firmware refuses it"
					+ " (INVALID_GUEST_STATE; it needs " + needed.getName() + ")");
			return;
		}
		switch (id) {
		case KVM_SEV_SNP_LAUNCH_START -> {
			if (step.getParameters() instanceof SnpLaunchStart p) {
				snpLaunchStart(i, p);
			}
			snpState = SnpGuestState.LAUNCH;
		}
		case KVM_SEV_SNP_LAUNCH_UPDATE -> {
			if (step.getParameters() instanceof SnpLaunchUpdate p) {
				snpLaunchUpdate(i, step, p);
			}
		}
		default -> {
			if (step.getParameters() instanceof SnpLaunchFinish p) {
				snpLaunchFinish(i, p);
			}
			snpState = SnpGuestState.RUNNING;
		}
		}
	}

	private void snpLaunchStart(int i, SnpLaunchStart p) {
		long policy = p.getPolicy();
		snpPolicy = policy;
		if (p.getFlags() != 0) {
			error(i, "flags", "flags " + hex(p.getFlags()) + " must be 0");
		}
		long rejected = policy & ~GuestPolicies.SNP_KVM_VALID;
		if (rejected != 0) {
			error(i, "policy", "policy " + hex(policy) + " has bits KVM does not accept: " + hex(rejected));
		}
		if ((policy & GuestPolicies.SNP_RESERVED_MBO) == 0) {
			error(i, "policy", "policy " + hex(policy) + " lacks the must-be-one bit 17 (RESERVED_MBO)");
		}
		if ((policy & GuestPolicies.SNP_SMT) == 0) {
			error(i, "policy", "policy " + hex(policy) + " lacks SMT (bit 16), which KVM requires");
		}
		if ((policy & GuestPolicies.SNP_SINGLE_SOCKET) != 0) {
			error(i, "policy", "policy SINGLE_SOCKET (bit 20) is not supported by KVM");
		}
	}

	private void snpLaunchUpdate(int i, Step step, SnpLaunchUpdate p) {
		SnpPageType type = p.getType();
		if (type == null || type == SnpPageType.INVALID || type == SnpPageType.VMSA) {
			error(i, "type", "page type " + type + " cannot be launched with SNP_LAUNCH_UPDATE (KVM adds VMSA pages"
					+ " itself in SNP_LAUNCH_FINISH)");
		}
		if (p.getLen() <= 0 || p.getLen() % PAGE != 0) {
			error(i, "len", "len " + hex(p.getLen()) + " is not a non-zero multiple of 4 KiB");
		}
		if (p.getFlags() != 0) {
			error(i, "flags", "flags " + hex(p.getFlags()) + " must be 0");
		}
		if (step.getPages().isEmpty()) {
			return;
		}
		PageKind kind = step.getPages().get(0).getKind();
		if (type != null && type != SnpPageType.INVALID && SnpPageKinds.kindOf(type) != kind) {
			error(i, "type", "page type " + type.getName() + " but the step's pages are " + kind.getName());
		}
		long gpa = step.getPages().get(0).getGpa();
		if (p.getGfnStart() << 12 != gpa) {
			warning(i, "gfnStart", "gfn_start " + hex(p.getGfnStart()) + " (GPA " + hex(p.getGfnStart() << 12)
					+ ") but the step's pages start at " + hex(gpa));
		}
		if (p.getLen() != pageBytes(step)) {
			warning(i, "len", "len " + hex(p.getLen()) + " but the step's pages cover " + hex(pageBytes(step)));
		}
		if (type == SnpPageType.NORMAL && !hasContents(step)) {
			error(i, "input", "missing input: NORMAL pages are measured with their contents, the step's pages have none");
		}
	}

	private void snpLaunchFinish(int i, SnpLaunchFinish p) {
		if (p.getFlags() != 0) {
			error(i, "flags", "flags " + hex(p.getFlags()) + " must be 0");
		}
		if (p.isIdBlockEn() && p.getIdBlock() != null && p.getIdBlock().isSetPolicy() && snpPolicy >= 0
				&& p.getIdBlock().getPolicy() != snpPolicy) {
			error(i, "policy", "the ID block's policy " + hex(p.getIdBlock().getPolicy()) + " differs from the launch policy "
					+ hex(snpPolicy) + " (POLICY_FAILURE)");
		}
	}

	private static long pageBytes(Step step) {
		return step.getPages().stream().mapToLong(PageRange::getLength).sum();
	}

	private static boolean hasContents(Step step) {
		return !step.getPages().isEmpty() && step.getPages().stream()
				.allMatch(r -> r.getContent() != null && r.getContent().getKind() != ContentSourceKind.NONE);
	}

	private void error(int i, String field, String message) {
		problems.add(PlanProblem.error(i, field, message));
	}

	private void warning(int i, String field, String message) {
		problems.add(PlanProblem.warning(i, field, message));
	}
}
