/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.report;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.sev.core.report.MeasurementComparison;
import org.cocolaunch.sev.core.report.ReportFormatException;
import org.cocolaunch.sev.core.report.SnpAttestationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding of SNP ATTESTATION_REPORT versions 2, 3 and 5 (domain reference §5.1). */
class SnpAttestationReportTest {

	private static byte[] range(int first, int n) {
		byte[] b = new byte[n];
		for (int i = 0; i < n; i++) {
			b[i] = (byte) (first + i);
		}
		return b;
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 5 })
	void decodesEveryField(int version) throws Exception {
		SnpAttestationReport r = SnpAttestationReport.parse(ReportBytes.sample(version));
		assertEquals(version, r.version());
		assertEquals(9, r.guestSvn());
		assertEquals(0x30000L, r.policy());
		assertArrayEquals(range(0x10, 16), r.familyId());
		assertArrayEquals(range(0x20, 16), r.imageId());
		assertEquals(1, r.vmpl());
		assertEquals(1, r.signatureAlgo());
		assertEquals(4, r.currentTcb().bootLoader());
		assertEquals(3, r.currentTcb().tee());
		assertEquals(0x18, r.currentTcb().microcode());
		assertEquals(3L, r.platformInfo());
		assertTrue(r.authorKeyEnabled());
		assertFalse(r.chipKeyMasked());
		assertEquals("VCEK", r.signingKey());
		assertArrayEquals(range(0x50, 64), r.reportData());
		assertArrayEquals(range(0x90, 48), r.measurement());
		assertArrayEquals(range(0xC0, 32), r.hostData());
		assertArrayEquals(range(0xE0, 48), r.idKeyDigest());
		assertArrayEquals(range(0x11, 48), r.authorKeyDigest());
		assertArrayEquals(range(0x40, 32), r.reportId());
		assertArrayEquals(range(0x60, 32), r.reportIdMa());
		assertEquals(0x1700000000000203L, r.reportedTcb().raw());
		assertArrayEquals(range(0xA0, 64), r.chipId());
		assertEquals(0x1600000000000102L, r.committedTcb().raw());
		assertEquals(List.of(21, 55, 1), List.of(r.currentBuild(), r.currentMinor(), r.currentMajor()));
		assertEquals(List.of(20, 54, 1), List.of(r.committedBuild(), r.committedMinor(), r.committedMajor()));
		assertEquals(0x1500000000000001L, r.launchTcb().raw());
		assertArrayEquals(Arrays.copyOf(range(0x2A, 48), 72), r.signatureR());
		assertArrayEquals(Arrays.copyOf(range(0x2E, 48), 72), r.signatureS());
		if (version >= 3) {
			assertEquals(List.of(0x19, 0x11, 0x01), List.of(r.cpuidFamily(), r.cpuidModel(), r.cpuidStepping()));
		} else {
			assertEquals(-1, r.cpuidFamily());
		}
		if (version >= 5) {
			assertEquals(5L, r.launchMitVector());
			assertEquals(7L, r.currentMitVector());
		} else {
			assertEquals(-1L, r.launchMitVector());
		}
		Map<String, String> fields = r.fields();
		assertEquals(HexFormat.of().formatHex(range(0x90, 48)), fields.get("MEASUREMENT"));
		assertEquals(version >= 5, fields.containsKey("LAUNCH_MIT_VECTOR"));
		assertEquals(version >= 3, fields.containsKey("CPUID_FAM_ID"));
	}

	@Test
	void comparesMeasurementWithAPlanRun() throws Exception {
		SnpAttestationReport r = SnpAttestationReport.parse(ReportBytes.sample(3));
		MeasurementRegister reg = ModelFactory.eINSTANCE.createMeasurementRegister();
		reg.setName("MEASUREMENT");
		reg.setValue(range(0x90, 48));
		assertTrue(MeasurementComparison.of(r, List.of(reg)).matches());
		reg.setValue(range(0x91, 48));
		MeasurementComparison differs = MeasurementComparison.of(r, List.of(reg));
		assertFalse(differs.matches());
		assertTrue(differs.describe().contains("differs"), differs.describe());
		assertFalse(MeasurementComparison.of(r, List.of()).matches());
	}

	@Test
	void rejectsWrongSizeVersionAlgorithmAndReservedBits() {
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(new byte[100]));
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(ReportBytes.sample(1)));
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(ReportBytes.sample(6)));
		byte[] algo = ReportBytes.sample(3);
		algo[0x34] = 2;
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(algo));
		byte[] reserved = ReportBytes.sample(3);
		reserved[0x18B] = 1;
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(reserved));
		byte[] v2cpuid = ReportBytes.sample(2);
		v2cpuid[0x188] = 0x19;
		assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(v2cpuid));
		byte[] signer = ReportBytes.sample(3);
		signer[0x48] = 0x20;
		ReportFormatException e = assertThrows(ReportFormatException.class, () -> SnpAttestationReport.parse(signer));
		assertFalse(e.getMessage().contains("\n"));
	}
}
