/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;

/**
 * What a vendor bundle (AMD SEV family, Intel TDX) contributes to the vendor-neutral core: its simulated firmware
 * and the names of its status codes. Registered through the extension point {@code org.cocolaunch.core.vendorEngines}
 * (see {@link VendorEngines}); plain tests construct engines directly.
 */
public interface VendorEngine {

	/** Stable id, e.g. {@code amd-sev} or {@code intel-tdx}. */
	String id();

	/** For people, e.g. "AMD SEV, SEV-ES, SEV-SNP". */
	String displayName();

	/** Whether this engine can run the plan (by vendor and VM type). */
	boolean supports(LaunchPlan plan);

	/** A fresh simulated firmware for the plan, before its first step. */
	Backend createSimulator(LaunchPlan plan, PlanInputs inputs) throws BackendException;

	/** The firmware or module name of a status code (e.g. 11 → {@code BAD_MEASUREMENT}), or null when unknown. */
	String firmwareErrorName(long code);

	/**
	 * Decodes one of this vendor's state objects (a VMSA, a TD vCPU, the TD state) into field groups for views, or
	 * returns null when {@code state} is not this vendor's.
	 */
	default StateDescription describeState(EObject state) {
		return null;
	}

	/**
	 * Decodes an attestation report or quote file, or returns null when {@code data} is not of this vendor's formats.
	 *
	 * @throws EvidenceFormatException when it looks like this vendor's format but is malformed
	 */
	default DecodedEvidence decodeEvidence(byte[] data, String name) throws EvidenceFormatException {
		return null;
	}

	/**
	 * Verifies an attestation report or quote offline (signature, certificate chain up to the vendor's pinned root,
	 * consistency with its certificates), or returns null when the evidence is not of this vendor's signed formats.
	 *
	 * @throws EvidenceFormatException when it looks like this vendor's format but is malformed
	 */
	default EvidenceVerification verifyEvidence(VerifyRequest request) throws EvidenceFormatException {
		return null;
	}

	/**
	 * Searches this vendor's default configuration space for {@code request}'s target, or returns null when the
	 * request's mode is not this vendor's. Front ends that must not see vendor code (views, wizards) call this.
	 *
	 * @param monitor progress and cancel; may be null
	 */
	default SearchResult explain(ExplainRequest request, IProgressMonitor monitor) throws ExplainException {
		return null;
	}

	/**
	 * The launch plan of one configuration a search found (the plan a VMM issues for it, ready for the simulated
	 * firmware), or null when the variant is not this vendor's or cannot be turned into a plan — then
	 * {@link #planUnavailableReason(Variant)} says why. Input files are recorded with their absolute paths.
	 *
	 * @throws ExplainException when the variant is this vendor's but its inputs are unusable (a file gone, malformed)
	 */
	default LaunchPlan planFor(Variant variant) throws ExplainException {
		return null;
	}

	/**
	 * Why {@link #planFor(Variant)} gives no plan for a variant of this vendor (one line for people), or null when
	 * the variant is not this vendor's or a plan can be built.
	 */
	default String planUnavailableReason(Variant variant) {
		return null;
	}

	/**
	 * This vendor's checks of a plan it {@link #supports}, before it runs (command order in the firmware's state
	 * machine, policy bits, parameters against the step's pages); the vendor-neutral checks are
	 * {@code PlanValidator}'s. Must be quick and must not read input files.
	 */
	default List<PlanProblem> validate(LaunchPlan plan) {
		return List.of();
	}

	/**
	 * The enum naming the flag bits of a numeric field of this vendor's parameter structs (each literal's value is
	 * its bit number; e.g. the SNP policy's bits), so forms can offer one check box per bit; null when the field has
	 * none.
	 */
	default EEnum namedBits(EAttribute field) {
		return null;
	}
}
