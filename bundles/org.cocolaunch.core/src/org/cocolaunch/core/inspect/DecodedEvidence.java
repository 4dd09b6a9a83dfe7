/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.List;

/**
 * An attestation report or quote decoded by its vendor engine: every field, and the launch measurement it carries
 * with the name of the session register it corresponds to (SNP {@code MEASUREMENT}, TDX {@code MRTD}).
 */
public record DecodedEvidence(String format, List<StateField> fields, String registerName, byte[] measurement) {

	public DecodedEvidence {
		fields = List.copyOf(fields);
	}
}
