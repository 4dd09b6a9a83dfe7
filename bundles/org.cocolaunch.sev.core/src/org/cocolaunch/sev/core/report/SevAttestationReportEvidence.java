/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.core.sim.LaunchRegisters;
import org.cocolaunch.sev.model.SevPolicyBit;

/**
 * A legacy SEV / SEV-ES attestation report (firmware ATTESTATION, what {@code KVM_SEV_GET_ATTESTATION_REPORT} reads
 * back, 208 bytes) as {@link DecodedEvidence}: MNONCE, LAUNCH_DIGEST, POLICY, SIG_USAGE, SIG_ALGO and the PEK
 * signature. Its LAUNCH_DIGEST is compared with the session's register of that name.
 */
public final class SevAttestationReportEvidence {

	public static final int SIZE = 0xD0;

	private SevAttestationReportEvidence() {
	}

	/** The decoded report, or null when {@code data} does not have the size of a legacy SEV report. */
	public static DecodedEvidence decode(byte[] data) {
		if (data.length != SIZE) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		HexFormat hex = HexFormat.of();
		int policy = in.getInt(0x30);
		List<StateField> policyBits = new ArrayList<>();
		for (SevPolicyBit bit : SevPolicyBit.VALUES) {
			policyBits.add(StateField.of("bit " + bit.getValue() + " " + bit.getLiteral(),
					(policy >>> bit.getValue() & 1) == 1 ? "1" : "0"));
		}
		policyBits.add(StateField.of("API_MAJOR (min)", Integer.toString(policy >>> 16 & 0xFF)));
		policyBits.add(StateField.of("API_MINOR (min)", Integer.toString(policy >>> 24 & 0xFF)));
		List<StateField> fields = new ArrayList<>();
		fields.add(StateField.at("MNONCE", hex.formatHex(data, 0x00, 0x10), 0x00, 16));
		fields.add(StateField.at("LAUNCH_DIGEST", hex.formatHex(data, 0x10, 0x30), 0x10, 32));
		fields.add(StateField.at("POLICY", "0x" + Integer.toHexString(policy), 0x30, 4).withChildren(policyBits));
		fields.add(StateField.at("SIG_USAGE", "0x" + Integer.toHexString(in.getInt(0x34)), 0x34, 4));
		fields.add(StateField.at("SIG_ALGO", "0x" + Integer.toHexString(in.getInt(0x38)), 0x38, 4));
		fields.add(StateField.at("SIG1", hex.formatHex(data, 0x40, SIZE), 0x40, SIZE - 0x40));
		return new DecodedEvidence("SEV ATTESTATION_REPORT", fields, LaunchRegisters.LAUNCH_DIGEST,
				Arrays.copyOfRange(data, 0x10, 0x30));
	}
}
