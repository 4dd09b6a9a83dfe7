/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.util.List;

import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;

/** Names and widths of the measurement registers of the SEV family, as plans declare and the simulator reports them. */
public final class LaunchRegisters {

	/** SEV/SEV-ES launch digest GCTX.LD: running SHA-256 of everything measured (domain reference §3.1). */
	public static final String LAUNCH_DIGEST = "LAUNCH_DIGEST";
	/** SEV LAUNCH_MEASURE output: MEASURE (HMAC-SHA256 with the TIK) || MNONCE, 48 bytes. */
	public static final String LAUNCH_MEASURE = "LAUNCH_MEASURE";
	/** SNP launch digest, reported as MEASUREMENT in the attestation report (domain reference §3.2). */
	public static final String MEASUREMENT = "MEASUREMENT";

	private LaunchRegisters() {
	}

	/** The registers of a launch (values unset). */
	public static List<MeasurementRegister> declared(boolean snp) {
		return snp ? List.of(register(MEASUREMENT, 384, null))
				: List.of(register(LAUNCH_DIGEST, 256, null), register(LAUNCH_MEASURE, 384, null));
	}

	static MeasurementRegister register(String name, int bits, byte[] value) {
		MeasurementRegister r = ModelFactory.eINSTANCE.createMeasurementRegister();
		r.setName(name);
		r.setWidthBits(bits);
		r.setValue(value == null ? null : value.clone());
		return r;
	}
}
