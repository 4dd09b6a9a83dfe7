/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.inspect.StateField;

/**
 * The offline verification of one attestation report or quote by its vendor engine: what it is ({@link #kind}), every
 * check in order, the identity it carries (product, chip ID or FMSPC, TCB levels) and warnings that do not fail it
 * (certificate expiry, revocation not checkable offline).
 */
public record EvidenceVerification(String kind, List<EvidenceCheck> checks, List<StateField> identity,
		List<String> warnings) {

	public EvidenceVerification {
		checks = List.copyOf(checks);
		identity = List.copyOf(identity);
		warnings = List.copyOf(warnings);
	}

	/** Whether every check of the group passed (and there was at least one). */
	public boolean holds(String group) {
		List<EvidenceCheck> of = checks.stream().filter(c -> c.group().equals(group)).toList();
		return !of.isEmpty() && of.stream().allMatch(c -> c.outcome() == CheckOutcome.PASS);
	}

	/** The evidence's signatures hold. */
	public boolean signatureHolds() {
		return holds(EvidenceCheck.SIGNATURE);
	}

	/** The certificate chain holds up to the pinned root. */
	public boolean chainHolds() {
		return holds(EvidenceCheck.CHAIN);
	}

	/** The first failed check, if any. */
	public Optional<EvidenceCheck> firstFailure() {
		return checks.stream().filter(EvidenceCheck::failed).findFirst();
	}

	/** Signature and chain hold and no check failed. */
	public boolean verified() {
		return signatureHolds() && chainHolds() && firstFailure().isEmpty();
	}

	/**
	 * One line saying why the evidence does not verify ({@code "<check>: <reason>"}, the first failed check, or the
	 * first signature/chain check that could not be made), or null when it verifies.
	 */
	public String failureLine() {
		if (verified()) {
			return null;
		}
		EvidenceCheck first = firstFailure().orElseGet(() -> checks.stream()
				.filter(c -> !c.group().equals(EvidenceCheck.CONSISTENCY) && c.outcome() != CheckOutcome.PASS)
				.findFirst().orElse(null));
		return first == null ? "no signature or chain check was made" : first.name() + ": " + first.reason();
	}
}
