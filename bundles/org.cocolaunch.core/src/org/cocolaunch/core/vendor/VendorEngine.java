/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.diagnose.FailureCause;
import org.cocolaunch.core.diagnose.FailureFacts;
import org.cocolaunch.core.diagnose.FailureReproduction.Agreement;
import org.cocolaunch.core.explain.ExplainException;
import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.inspect.DecodedEventLog;
import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EventLogRequest;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.plan.PlanProblem;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * What a vendor bundle (AMD SEV family, Intel TDX) contributes to the vendor-neutral core: its modes and typed launch
 * configurations (measure, plan, explain), typed steps for imported logs, its simulated firmware and the names of its
 * status codes. Front ends reach vendor code only through this interface and the vendor's EMF model. Registered through the extension point {@code org.cocolaunch.core.vendorEngines}
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
	 * The guest modes this vendor launches, as {@code measure --mode} and explain name them (e.g. {@code sev},
	 * {@code seves}, {@code snp}, {@code snp:svsm}; {@code tdx}). Front ends list these instead of keeping copies.
	 */
	default List<String> modes() {
		return List.of();
	}

	/** The modes {@link #explain} searches, in the order front ends offer them (a subset of {@link #modes()}). */
	default List<String> explainModes() {
		return modes();
	}

	/**
	 * The EMF packages of this vendor's model, for loading plans where no extension registry registers them (the
	 * headless launch on a plain class path, plain tests). Asked for only when a plan is loaded, so that constructing
	 * an engine (which {@code help} does to list modes) does not initialise the model.
	 */
	default List<EPackage> modelPackages() {
		return List.of();
	}

	/** A configuration of {@code mode} with this vendor's defaults (firmware unset), or null when not this vendor's. */
	default LaunchConfig newConfig(String mode) {
		return null;
	}

	/** Whether {@code config} is one of this vendor's configurations. */
	default boolean handles(LaunchConfig config) {
		return false;
	}

	/**
	 * The {@code cocolaunch measure} arguments that reproduce {@code config} (for people to read and copy; front ends
	 * hand the configuration itself back to the engine, never these words).
	 */
	default List<String> measureArguments(LaunchConfig config) {
		return List.of();
	}

	/**
	 * The measurement registers {@code config} determines, by register name (e.g. {@code MEASUREMENT}, {@code MRTD}),
	 * in the order a person reads them. Relative paths resolve against {@code workingDir}.
	 *
	 * @throws LaunchConfigException when an input is unusable (one line)
	 */
	default Map<String, byte[]> measure(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		throw new LaunchConfigException("no measurement for " + config.eClass().getName());
	}

	/**
	 * The launch plan a VMM issues for {@code config}, ready for the simulated firmware, with input files recorded as
	 * absolute paths (relative ones resolve against {@code workingDir}); null when this configuration cannot become
	 * a plan, and then {@link #planUnavailableReason(LaunchConfig)} says why.
	 *
	 * @throws LaunchConfigException when an input is unusable (a file gone, malformed)
	 */
	default LaunchPlan buildPlan(LaunchConfig config, Path workingDir) throws LaunchConfigException {
		return null;
	}

	/** Why {@link #buildPlan} gives no plan for {@code config} (one line), or null when a plan can be built. */
	default String planUnavailableReason(LaunchConfig config) {
		return null;
	}

	/**
	 * Searches this vendor's default configuration space for {@code request}'s target, or returns null when the
	 * request's mode is not this vendor's. Every front end (CLI, wizard) calls this; each hit is a typed
	 * configuration.
	 *
	 * @param monitor progress and cancel; may be null
	 */
	default SearchResult explain(ExplainRequest request, IProgressMonitor monitor) throws ExplainException {
		return null;
	}

	/** The plan of a configuration a search found: {@link #buildPlan} of its configuration, or null (see there). */
	default LaunchPlan planFor(Variant variant) throws ExplainException {
		if (!handles(variant.config())) {
			return null;
		}
		try {
			return buildPlan(variant.config(), Path.of("").toAbsolutePath());
		} catch (LaunchConfigException e) {
			throw new ExplainException(e.getMessage(), e);
		}
	}

	/** Why {@link #planFor(Variant)} gives no plan, or null when the variant is not this vendor's or can be built. */
	default String planUnavailableReason(Variant variant) {
		return handles(variant.config()) ? planUnavailableReason(variant.config()) : null;
	}

	/**
	 * Completes the import of a QEMU log whose launch commands are this vendor's: the importer has turned each
	 * traced ioctl into a step holding the fields as the log printed them ({@code GenericParameters}); this vendor
	 * replaces them with its typed parameter structs and page ranges (choosing the init command, mapping commands of
	 * older kernel branches to today's with a note in the step), binds page contents to {@code inputs} and reports
	 * what the log and the inputs disagree on, one warning per difference. Afterwards no step of this vendor keeps
	 * logged text for parameters.
	 *
	 * @param stepLines the log line of each step (0 for steps the log implies)
	 * @throws ImportException when an input cannot be read or used
	 */
	default void completeImport(LaunchPlan plan, List<Integer> stepLines, ImportInputs inputs,
			List<ImportWarning> warnings) throws ImportException {
		// vendors without import support keep the logged fields
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

	/**
	 * The known causes of this vendor's {@code command} failing with {@code errno} and firmware/module {@code status}
	 * (0 when none), most likely first, from the vendor's cause catalogue (data in its bundle); empty when the command
	 * is not this vendor's.
	 */
	default List<FailureCause> failureCauses(String command, int errno, long status) {
		return List.of();
	}

	/**
	 * Applies {@code cause}'s change to {@code plan} (whose last step, {@code failingIndex}, is the one that failed) so
	 * the simulator takes the cause's path; returns null when applied, else why not (one line).
	 */
	default String applyCause(LaunchPlan plan, int failingIndex, FailureFacts facts, FailureCause cause) {
		return "the " + displayName() + " engine has no change '" + cause.change() + "'";
	}

	/**
	 * Compares the simulator's failure at the failing step (same command, errno and status as logged) with what else
	 * the log says about it, from the result's vendor-typed {@code details} (e.g. which CPUID entries the firmware
	 * rejected); {@link Agreement#NOTHING_MORE} when the vendor compares nothing more.
	 */
	default Agreement compareDetails(StepResult result, FailureFacts facts) {
		return Agreement.NOTHING_MORE;
	}

	/**
	 * The sequence QEMU issues by default for a launch whose {@code command} failed, without firmware contents
	 * (zero or unmeasured pages stand in for the firmware), ready for the simulator; null when not this vendor's.
	 * {@code snpHint}: the log suggests an SNP guest (for an init failure that names no VM type).
	 */
	default LaunchPlan defaultPlan(String command, FailureFacts facts, boolean snpHint) {
		return null;
	}

	/**
	 * The name of a page type number a failure log printed for the failing page (for AMD, QEMU prints the OVMF
	 * metadata section type: 3 = the CPUID page), or null when unknown or not this vendor's.
	 */
	default String loggedPageType(String command, int type) {
		return null;
	}

	/**
	 * Decodes a measured-boot event log (TDX: the CCEL log) and compares it with the request's evidence and with the
	 * events predicted from its launch inputs; null when the log is not in one of this vendor's formats. Runs off the UI
	 * thread; may read the request's files.
	 *
	 * @param monitor progress and cancel; may be null
	 * @throws EvidenceFormatException when the log (or an input) is this vendor's but unusable; one line
	 */
	default DecodedEventLog decodeEventLog(EventLogRequest request, IProgressMonitor monitor) throws EvidenceFormatException {
		return null;
	}
}
