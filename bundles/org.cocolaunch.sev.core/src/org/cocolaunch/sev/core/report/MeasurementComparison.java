/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.sev.core.sim.LaunchRegisters;

/**
 * Compares a report's MEASUREMENT with the MEASUREMENT register of a plan's run (a session or a saved trace's last
 * register values).
 *
 * @param matches  whether both are present and equal
 * @param reported the report's MEASUREMENT in hex
 * @param expected the plan's MEASUREMENT in hex, or {@code null} if the run has none (not an SNP plan, or not run)
 */
public record MeasurementComparison(boolean matches, String reported, String expected) {

	public static MeasurementComparison of(SnpAttestationReport report, List<MeasurementRegister> registers) {
		byte[] expected = null;
		for (MeasurementRegister r : registers) {
			if (LaunchRegisters.MEASUREMENT.equals(r.getName())) {
				expected = r.getValue();
			}
		}
		HexFormat h = HexFormat.of();
		return new MeasurementComparison(report.measurementMatches(expected), h.formatHex(report.measurement()),
				expected == null ? null : h.formatHex(expected));
	}

	/** One line for people: "MEASUREMENT matches the plan" or what differs. */
	public String describe() {
		if (expected == null) {
			return "the plan's run has no MEASUREMENT to compare with (report: " + reported + ")";
		}
		return matches ? "MEASUREMENT matches the plan (" + reported + ")"
				: "MEASUREMENT " + reported + " differs from the plan's " + expected;
	}
}
