/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.engine;

import java.util.List;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.tdx.core.sim.TdxPlanValidator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.tdx.core.cli.MeasureOptions;
import org.cocolaunch.tdx.core.cli.UsageException;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.explain.TdxSearchSpace;
import org.cocolaunch.tdx.core.explain.TdxVariantSearch;
import org.eclipse.core.runtime.IProgressMonitor;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.tdx.core.verify.TdxQuoteVerifier;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.tdx.core.inspect.TdStateDescriber;
import org.cocolaunch.tdx.core.inspect.TdxEvidence;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.eclipse.emf.ecore.EObject;
import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.tdx.core.sim.TdxStatus;
import org.cocolaunch.tdx.model.TdxPackage;

/** The Intel TDX engine: a simulated TDX module for TDX plans, and the names of the module's status codes. */
public final class TdxVendorEngine implements VendorEngine {

	public static final String ID = "intel-tdx";

	public TdxVendorEngine() {
		// Outside OSGi nothing registers the vendor package; plans with TDX parameters must load all the same.
		TdxPackage.eINSTANCE.eClass();
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
		if (!request.mode().equals("tdx")) {
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

	/**
	 * Builds the plan of a TDX variant from its {@code measure --mode tdx} arguments (relative paths resolve against
	 * the working directory); null for other vendors' variants. Inputs are recorded with absolute paths.
	 */
	@Override
	public LaunchPlan planFor(Variant variant) throws ExplainException {
		if (!"tdx".equals(variant.vendor())) {
			return null;
		}
		try {
			MeasureOptions o = MeasureOptions.parse(variant.measureArgs());
			java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
			TdxPlanSpec spec = new TdxPlanSpec().pageOrder(o.order()).memory(o.ramSize()).vcpus(o.vcpus())
					.commandLine(o.commandLine());
			java.nio.file.Path firmware = cwd.resolve(o.ovmf()).normalize();
			spec.firmware(firmware, firmware.toString());
			if (o.kernel() != null) {
				java.nio.file.Path kernel = cwd.resolve(o.kernel()).normalize();
				spec.kernel(kernel, kernel.toString());
			}
			if (o.initrd() != null) {
				java.nio.file.Path initrd = cwd.resolve(o.initrd()).normalize();
				spec.initrd(initrd, initrd.toString());
			}
			return TdxPlanBuilder.build(spec);
		} catch (UsageException | TdxInputException e) {
			throw new ExplainException(e.getMessage(), e);
		}
	}
}
