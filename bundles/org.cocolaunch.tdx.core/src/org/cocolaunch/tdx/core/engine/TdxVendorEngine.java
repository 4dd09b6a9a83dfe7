/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.inspect.DecodedEventLog;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EventLogRequest;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.vendor.LaunchConfigException;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.diagnose.TdxDiagnosis;
import org.cocolaunch.tdx.core.eventlog.TdxEventLogDecoder;
import org.cocolaunch.tdx.core.explain.TdxSearchSpace;
import org.cocolaunch.tdx.core.explain.TdxVariantSearch;
import org.cocolaunch.tdx.core.imports.TdxLogImport;
import org.cocolaunch.tdx.core.inspect.TdStateDescriber;
import org.cocolaunch.tdx.core.inspect.TdxEvidence;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxMeasurement;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.tdx.core.sim.TdxPlanValidator;
import org.cocolaunch.tdx.core.sim.TdxStatus;
import org.cocolaunch.tdx.core.verify.TdxQuoteVerifier;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxLaunchConfig;
import org.cocolaunch.tdx.model.TdxPackage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/** The Intel TDX engine: a simulated TDX module for TDX plans, and the names of the module's status codes. */
public final class TdxVendorEngine implements VendorEngine {

	/** The one TDX guest mode, as {@code measure --mode} names it. */
	public static final String MODE = "tdx";

	public static final String ID = "intel-tdx";

	@Override
	public List<EPackage> modelPackages() {
		return List.of(TdxPackage.eINSTANCE);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return "Intel TDX";
	}

	@Override
	public List<PlanProblem> validate(LaunchPlan plan) {
		return TdxPlanValidator.validate(plan);
	}

	/** ATTRIBUTES name their bits in TdAttribute, XFAM in XfamComponent (literal value = bit number). */
	@Override
	public EEnum namedBits(EAttribute field) {
		if (field == TdxPackage.Literals.TDX_INIT_VM__ATTRIBUTES || field == TdxPackage.Literals.TD_PARAMS__ATTRIBUTES) {
			return TdxPackage.Literals.TD_ATTRIBUTE;
		}
		if (field == TdxPackage.Literals.TDX_INIT_VM__XFAM || field == TdxPackage.Literals.TD_PARAMS__XFAM) {
			return TdxPackage.Literals.XFAM_COMPONENT;
		}
		return null;
	}

	@Override
	public boolean supports(LaunchPlan plan) {
		return plan.getVendor() == Vendor.INTEL && plan.getVmType() == VmType.TDX;
	}

	@Override
	public Backend createSimulator(LaunchPlan plan, PlanInputs inputs) {
		return new TdxModuleSimulator(plan, inputs);
	}

	/** The module's name for a SEAMCALL status (details in bits 31:0 ignored), or null when unknown. */
	@Override
	public String firmwareErrorName(long code) {
		TdxStatus status = TdxStatus.of(code);
		return status == null ? null : status.name();
	}

	@Override
	public StateDescription describeState(EObject state) {
		if (state instanceof TdState td) {
			return TdStateDescriber.describe(td);
		}
		return state instanceof TdVcpuState vcpu ? TdStateDescriber.describe(vcpu) : null;
	}

	@Override
	public DecodedEvidence decodeEvidence(byte[] data, String name) throws EvidenceFormatException {
		return TdxEvidence.decode(data, name);
	}

	/** TDX quotes v4/v5: attestation key and QE report signatures, QE binding, PCK chain to the pinned root. */
	@Override
	public EvidenceVerification verifyEvidence(VerifyRequest request) throws EvidenceFormatException {
		return TdxQuoteVerifier.verify(request);
	}

	@Override
	public SearchResult explain(ExplainRequest request,
			IProgressMonitor monitor) throws ExplainException {
		if (!request.mode().equals(MODE)) {
			return null;
		}
		try {
			return TdxVariantSearch.search(
					TdxSearchSpace.defaults(request.firmware()), request.target(),
					monitor);
		} catch (TdxInputException e) {
			throw new ExplainException(e.getMessage(), e);
		}
	}

	@Override
	public void completeImport(LaunchPlan plan, List<Integer> stepLines, ImportInputs inputs,
			List<ImportWarning> warnings) {
		TdxLogImport.complete(plan, stepLines, warnings);
	}

	@Override
	public List<String> modes() {
		return List.of(MODE);
	}

	@Override
	public LaunchConfig newConfig(String mode) {
		return MODE.equals(mode) ? TdxLaunchConfigs.of(null) : null;
	}

	@Override
	public boolean handles(LaunchConfig config) {
		return config instanceof TdxLaunchConfig;
	}

	@Override
	public List<String> measureArguments(LaunchConfig config) {
		return TdxLaunchConfigs.measureArguments((TdxLaunchConfig) config);
	}

	/** MRTD, and the RTMRs the inputs determine (RTMR0/1 hold firmware events the inputs do not fix). */
	@Override
	public Map<String, byte[]> measure(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		try {
			TdxMeasurement m = TdxLaunchMeasurer.measure(TdxLaunchConfigs.load((TdxLaunchConfig) config, workingDir));
			Map<String, byte[]> registers = new LinkedHashMap<>();
			registers.put("MRTD", m.mrtd());
			for (int i = 0; i < m.rtmrs().size(); i++) {
				if (m.rtmrs().get(i) != null) {
					registers.put("RTMR" + i, m.rtmrs().get(i));
				}
			}
			return registers;
		} catch (TdxInputException e) {
			throw new LaunchConfigException(e.getMessage(), e);
		}
	}

	/** The plan QEMU issues for the configuration; inputs recorded with absolute paths. */
	@Override
	public LaunchPlan buildPlan(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		try {
			return TdxPlanBuilder.build(TdxLaunchConfigs.planSpec((TdxLaunchConfig) config, workingDir));
		} catch (TdxInputException e) {
			throw new LaunchConfigException(e.getMessage(), e);
		}
	}

	@Override
	public List<FailureCause> failureCauses(String command, int errno, long status) {
		return TdxDiagnosis.causes(command, errno, status);
	}

	@Override
	public String applyCause(LaunchPlan plan, int failingIndex, FailureFacts facts, FailureCause cause) {
		return TdxDiagnosis.apply(plan, failingIndex, cause);
	}

	@Override
	public LaunchPlan defaultPlan(String command, FailureFacts facts, boolean snpHint) {
		return TdxDiagnosis.defaultPlan(command);
	}

	@Override
	public DecodedEventLog decodeEventLog(EventLogRequest request,
			IProgressMonitor monitor) throws EvidenceFormatException {
		return TdxEventLogDecoder.decode(request);
	}
}
