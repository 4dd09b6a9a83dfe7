/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.engine;

import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.explain.TdxSearchSpace;
import org.cocolaunch.tdx.core.explain.TdxVariantSearch;
import org.eclipse.core.runtime.IProgressMonitor;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
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
}
