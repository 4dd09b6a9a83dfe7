/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction.Agreement;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.vendor.LaunchConfigException;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.diagnose.SevDiagnosis;
import org.cocolaunch.sev.core.explain.SevSearchSpace;
import org.cocolaunch.sev.core.explain.SevVariantSearch;
import org.cocolaunch.sev.core.imports.SevLogImport;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanValidator;
import org.cocolaunch.sev.core.report.SevAttestationReportEvidence;
import org.cocolaunch.sev.core.report.SnpIdBlockEvidence;
import org.cocolaunch.sev.core.report.SnpReportEvidence;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.verify.SnpReportVerifier;
import org.cocolaunch.sev.core.vmsa.VmsaDescriber;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SevStatus;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.Vmsa;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * The AMD SEV family's contribution to the core: the simulated firmware for SEV, SEV-ES and SEV-SNP plans and the names
 * of the firmware status codes (domain reference §2.4). Registered under {@code org.cocolaunch.core.vendorEngines}.
 */
public final class SevVendorEngine implements VendorEngine {

	public static final String ID = "amd-sev";

	@Override
	public List<EPackage> modelPackages() {
		return List.of(SevPackage.eINSTANCE);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return "AMD SEV, SEV-ES, SEV-SNP";
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		VmType t = plan.getVmType();
		return plan.getVendor() == Vendor.AMD
				&& (t == VmType.DEFAULT || t == VmType.SEV || t == VmType.SEV_ES || t == VmType.SNP);
	}

	@Override
	public Backend createSimulator(LaunchPlan plan, PlanInputs inputs) throws BackendException {
		if (!supports(plan)) {
			throw new BackendException("plan '" + plan.getName() + "' is not an AMD SEV-family launch (vendor "
					+ plan.getVendor() + ", VM type " + plan.getVmType() + ")");
		}
		return new SevFirmwareSimulator(plan, inputs);
	}

	@Override
	public String firmwareErrorName(long code) {
		return statusName(code);
	}

	/** The name of an AMD firmware status code ({@link SevStatus}, the one table of them), or null when unknown. */
	public static String statusName(long code) {
		if (code < 0 || code > Integer.MAX_VALUE) {
			return code == -1 ? "NO_FW_CALL" : null;
		}
		SevStatus s = SevStatus.get((int) code);
		return s == null ? null : s.getName();
	}

	@Override
	public List<PlanProblem> validate(LaunchPlan plan) {
		return SevPlanValidator.validate(plan);
	}

	/** The policy fields name their bits in SevPolicyBit / SnpPolicyBit, the SEV_FEATURES fields in SevFeature. */
	@Override
	public EEnum namedBits(EAttribute field) {
		if (field == SevPackage.Literals.SNP_LAUNCH_START__POLICY || field == SevPackage.Literals.SNP_ID_BLOCK__POLICY) {
			return SevPackage.Literals.SNP_POLICY_BIT;
		}
		if (field == SevPackage.Literals.SEV_LAUNCH_START__POLICY || field == SevPackage.Literals.SEV_GUEST_STATUS__POLICY) {
			return SevPackage.Literals.SEV_POLICY_BIT;
		}
		if (field == SevPackage.Literals.SEV_INIT__VMSA_FEATURES || field == SevPackage.Literals.VMSA__SEV_FEATURES) {
			return SevPackage.Literals.SEV_FEATURE;
		}
		return null;
	}

	@Override
	public StateDescription describeState(EObject state) {
		return state instanceof Vmsa vmsa ? VmsaDescriber.describe(vmsa, "VMSA") : null;
	}

	@Override
	public DecodedEvidence decodeEvidence(byte[] data, String name) throws EvidenceFormatException {
		DecodedEvidence report = SnpReportEvidence.decode(data);
		if (report == null) {
			report = SevAttestationReportEvidence.decode(data);
		}
		return report != null ? report : SnpIdBlockEvidence.decode(data);
	}

	/** SEV-SNP attestation reports (v2-v5): signature, AMD chain, TCB/chip ID/product consistency. */
	@Override
	public EvidenceVerification verifyEvidence(VerifyRequest request) throws EvidenceFormatException {
		return SnpReportVerifier.verify(request);
	}

	@Override
	public SearchResult explain(ExplainRequest request,
			IProgressMonitor monitor) throws ExplainException {
		SevMode mode = Arrays.stream(SevMode.values()).filter(m -> m.cliName().equals(request.mode())).findFirst()
				.orElse(null);
		if (mode == null || !explainModes().contains(request.mode())) {
			return null;
		}
		try {
			return SevVariantSearch.search(SevSearchSpace
					.defaults(mode, request.firmware(), request.kernel(), request.initrd(), request.append())
					.withMaxVcpus(request.maxVcpus()), request.target(), monitor);
		} catch (SevInputException e) {
			throw new ExplainException(e.getMessage(), e);
		}
	}

	@Override
	public void completeImport(LaunchPlan plan, List<Integer> stepLines, ImportInputs inputs,
			List<ImportWarning> warnings) throws ImportException {
		SevLogImport.complete(plan, stepLines, inputs, warnings);
	}

	@Override
	public List<String> modes() {
		return Arrays.stream(SevMode.values()).map(SevMode::cliName).toList();
	}

	/** The search covers SNP, SEV-ES and SEV launches (not COCONUT-SVSM ones). */
	@Override
	public List<String> explainModes() {
		return Stream.of(SevMode.SEV_SNP, SevMode.SEV_ES, SevMode.SEV).map(SevMode::cliName).toList();
	}

	@Override
	public LaunchConfig newConfig(String mode) {
		return Arrays.stream(SevMode.values()).filter(m -> m.cliName().equals(mode)).findFirst()
				.map(m -> SevLaunchConfigs.of(m, null)).orElse(null);
	}

	@Override
	public boolean handles(LaunchConfig config) {
		return config instanceof SevLaunchConfig;
	}

	@Override
	public List<String> measureArguments(LaunchConfig config) {
		return SevLaunchConfigs.measureArguments((SevLaunchConfig) config);
	}

	@Override
	public Map<String, byte[]> measure(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		SevLaunchConfig c = (SevLaunchConfig) config;
		try {
			byte[] digest = LaunchMeasurer.measure(SevLaunchConfigs.measurementRequest(c, workingDir)).measurement();
			return Map.of(c.getMode().isSnp() ? "MEASUREMENT" : "LAUNCH_DIGEST", digest);
		} catch (SevInputException e) {
			throw new LaunchConfigException(e.getMessage(), e);
		}
	}

	/**
	 * The plan QEMU (or the EC2/GCE preset) issues for an SEV, SEV-ES or SEV-SNP configuration; null for launches
	 * the plan builder does not cover (COCONUT-SVSM, a precomputed OVMF hash instead of the firmware).
	 */
	@Override
	public LaunchPlan buildPlan(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		SevLaunchConfig c = (SevLaunchConfig) config;
		if (SevLaunchConfigs.planUnavailable(c) != null) {
			return null;
		}
		try {
			return SevPlanBuilder.build(SevLaunchConfigs.planRequest(c, workingDir));
		} catch (SevInputException e) {
			throw new LaunchConfigException(e.getMessage(), e);
		}
	}

	@Override
	public String planUnavailableReason(LaunchConfig config) {
		return SevLaunchConfigs.planUnavailable((SevLaunchConfig) config);
	}

	@Override
	public List<FailureCause> failureCauses(String command, int errno, long status) {
		return SevDiagnosis.causes(command, errno, status);
	}

	@Override
	public String applyCause(LaunchPlan plan, int failingIndex, FailureFacts facts, FailureCause cause) {
		return SevDiagnosis.apply(plan, failingIndex, facts, cause);
	}

	@Override
	public Agreement compareDetails(StepResult result, FailureFacts facts) {
		return SevDiagnosis.compare(result, facts);
	}

	@Override
	public LaunchPlan defaultPlan(String command, FailureFacts facts, boolean snpHint) {
		return SevDiagnosis.defaultPlan(command, facts, snpHint);
	}

	@Override
	public String loggedPageType(String command, int type) {
		if (command == null || !command.startsWith("KVM_SEV_SNP_")) {
			return null;
		}
		SectionType section = SectionType.fromValue(type);
		return section == null ? null : switch (section) {
		case SNP_SEC_MEM, SVSM_CAA -> SnpPageType.ZERO.getName();
		case SNP_SECRETS -> SnpPageType.SECRETS.getName();
		case CPUID -> SnpPageType.CPUID.getName();
		case SNP_KERNEL_HASHES -> SnpPageType.NORMAL.getName();
		};
	}
}
