/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.engine;

import java.util.List;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.sev.core.cli.SevMeasureTool;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.explain.SevSearchSpace;
import org.cocolaunch.sev.core.explain.SevVariantSearch;
import org.cocolaunch.sev.core.measure.SevMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.sev.core.verify.SnpReportVerifier;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.sev.core.report.SevAttestationReportEvidence;
import org.cocolaunch.sev.core.report.SnpIdBlockEvidence;
import org.cocolaunch.sev.core.report.SnpReportEvidence;
import org.cocolaunch.sev.core.vmsa.VmsaDescriber;
import org.cocolaunch.sev.model.Vmsa;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.cocolaunch.sev.core.plan.SevPlanValidator;
import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SevStatus;

/**
 * The AMD SEV family's contribution to the core: the simulated firmware for SEV, SEV-ES and SEV-SNP plans and the names
 * of the firmware status codes (domain reference §2.4). Registered under {@code org.cocolaunch.core.vendorEngines}.
 */
public final class SevVendorEngine implements VendorEngine {

	public static final String ID = "amd-sev";

	public SevVendorEngine() {
		// Loading plans needs the vendor package registered; touching it registers it outside OSGi too.
		SevPackage.eINSTANCE.getNsURI();
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
		SevMode mode = switch (request.mode()) {
		case "snp" -> SevMode.SEV_SNP;
		case "seves" -> SevMode.SEV_ES;
		case "sev" -> SevMode.SEV;
		default -> null;
		};
		if (mode == null) {
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

	/**
	 * Builds the plan of an SEV, SEV-ES or SEV-SNP variant from its {@code measure} arguments (relative paths resolve
	 * against the working directory); null for other vendors' variants and for launches the plan builder does not
	 * cover (COCONUT-SVSM, a precomputed OVMF hash instead of the firmware, see {@link #planUnavailableReason}).
	 */
	@Override
	public LaunchPlan planFor(Variant variant) throws ExplainException {
		if (!"sev".equals(variant.vendor())) {
			return null;
		}
		MeasurementRequest m;
		try {
			m = SevMeasureTool.parseRequest(variant.measureArgs(), workingDir());
		} catch (SevInputException e) {
			throw new ExplainException(e.getMessage(), e);
		}
		if (unavailable(m) != null) {
			return null;
		}
		SevPlanRequest r = new SevPlanRequest(m.mode(), m.ovmf().toAbsolutePath(), absolute(m.kernel()),
				absolute(m.initrd()), m.append(), m.vcpus(), vcpuType(variant), m.vcpuSig(), m.guestFeatures(), null,
				m.vmm(), false, null);
		try {
			return SevPlanBuilder.build(r);
		} catch (SevInputException e) {
			throw new ExplainException(e.getMessage(), e);
		}
	}

	@Override
	public String planUnavailableReason(Variant variant) {
		if (!"sev".equals(variant.vendor())) {
			return null;
		}
		try {
			return unavailable(SevMeasureTool.parseRequest(variant.measureArgs(), workingDir()));
		} catch (SevInputException e) {
			return e.getMessage();
		}
	}

	private static String unavailable(MeasurementRequest m) {
		if (m.mode() == SevMode.SEV_SNP_SVSM) {
			return "the plan builder does not support snp:svsm launches (COCONUT-SVSM) yet";
		}
		if (m.snpOvmfSeed() != null) {
			return "a precomputed OVMF hash (--snp-ovmf-hash) stands in for the firmware pages, which a plan must issue";
		}
		return null;
	}

	private static java.nio.file.Path workingDir() {
		return java.nio.file.Path.of("").toAbsolutePath();
	}

	private static java.nio.file.Path absolute(java.nio.file.Path p) {
		return p == null ? null : p.toAbsolutePath();
	}

	/** The vCPU model named by {@code --vcpu-type}, for the plan's description; null when none is named. */
	private static String vcpuType(Variant variant) {
		java.util.List<String> args = variant.measureArgs();
		String type = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--vcpu-type") && i + 1 < args.size()) {
				type = args.get(i + 1);
			} else if (args.get(i).startsWith("--vcpu-type=")) {
				type = args.get(i).substring("--vcpu-type=".length());
			}
		}
		return type;
	}
}
