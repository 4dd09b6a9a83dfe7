/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.util.List;

import org.cocolaunch.sev.model.SevMode;

/**
 * Outcome of a launch measurement.
 *
 * @param mode        guest mode
 * @param measurement the launch digest (32 bytes SEV/SEV-ES, 48 bytes SNP)
 * @param pages       SNP per-page trace (empty unless requested, and for SEV modes)
 * @param updates     SEV/SEV-ES per-update trace (empty unless requested, and for SNP modes)
 * @param vmsas       the VMSA pages measured, in vCPU order
 * @param warnings    non-fatal findings about the inputs
 */
public record MeasurementResult(SevMode mode, byte[] measurement, List<PageTrace> pages,
		List<SevLaunchDigest.Update> updates, List<byte[]> vmsas, List<String> warnings) {
}
