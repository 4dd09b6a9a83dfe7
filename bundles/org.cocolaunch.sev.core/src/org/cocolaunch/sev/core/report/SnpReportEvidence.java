/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.model.SnpPolicyBit;

/** An SNP attestation report file as vendor-neutral {@link DecodedEvidence} for the Attestation Report view. */
public final class SnpReportEvidence {

	/** The session register the report's MEASUREMENT corresponds to. */
	public static final String REGISTER = "MEASUREMENT";

	private SnpReportEvidence() {
	}

	/** The decoded report, or null when {@code data} does not have the size of an SNP report. */
	public static DecodedEvidence decode(byte[] data) throws EvidenceFormatException {
		if (data.length != SnpAttestationReport.SIZE) {
			return null;
		}
		SnpAttestationReport report;
		try {
			report = SnpAttestationReport.parse(data);
		} catch (ReportFormatException e) {
			throw new EvidenceFormatException("SNP attestation report: " + e.getMessage());
		}
		List<StateField> fields = new ArrayList<>();
		report.fields().forEach((name, value) -> fields.add(name.equals("POLICY")
				? StateField.of(name, value).withChildren(policyBits(report.policy())) : StateField.of(name, value)));
		return new DecodedEvidence("SEV-SNP ATTESTATION_REPORT v" + report.version(), fields, REGISTER,
				report.measurement());
	}

	private static List<StateField> policyBits(long policy) {
		List<StateField> bits = new ArrayList<>();
		bits.add(StateField.of("ABI_MINOR", Long.toString(policy & 0xFF)));
		bits.add(StateField.of("ABI_MAJOR", Long.toString(policy >>> 8 & 0xFF)));
		for (SnpPolicyBit bit : SnpPolicyBit.VALUES) {
			bits.add(StateField.of("bit " + bit.getValue() + " " + bit.getLiteral(), (policy >>> bit.getValue() & 1) == 1 ? "1" : "0"));
		}
		return bits;
	}
}
