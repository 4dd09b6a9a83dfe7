/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.report.SevAttestationReportEvidence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The 208-byte legacy SEV report that KVM_SEV_GET_ATTESTATION_REPORT reads back decodes field by field. */
class SevAttestationReportEvidenceTest {

	@Test
	void everyFieldAtItsOffsetAndTheLaunchDigestAsTheMeasurement() throws Exception {
		ByteBuffer b = ByteBuffer.allocate(0xD0).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < 16; i++) {
			b.put(i, (byte) (0xE0 + i)); // MNONCE
		}
		for (int i = 0; i < 32; i++) {
			b.put(0x10 + i, (byte) i); // LAUNCH_DIGEST
		}
		b.putInt(0x30, 0x0011_0005); // NODBG, ES; API 17.0
		b.putInt(0x34, 0x1002);
		b.putInt(0x38, 0x1);
		b.put(0x40, (byte) 0xAB);
		byte[] report = b.array();

		DecodedEvidence e = new SevVendorEngine().decodeEvidence(report, "report.bin");
		assertEquals("SEV ATTESTATION_REPORT", e.format());
		assertEquals("LAUNCH_DIGEST", e.registerName());
		assertArrayEquals(Arrays.copyOfRange(report, 0x10, 0x30), e.measurement());
		Map<String, StateField> fields = e.fields().stream().collect(Collectors.toMap(StateField::name, f -> f));
		assertEquals("e0e1e2e3e4e5e6e7e8e9eaebecedeeef", fields.get("MNONCE").value());
		assertEquals(HexFormat.of().formatHex(Arrays.copyOfRange(report, 0x10, 0x30)), fields.get("LAUNCH_DIGEST").value());
		assertEquals("0x110005", fields.get("POLICY").value());
		Map<String, String> bits = fields.get("POLICY").children().stream()
				.collect(Collectors.toMap(StateField::name, StateField::value));
		assertEquals("1", bits.get("bit 0 NODBG"));
		assertEquals("0", bits.get("bit 1 NOKS"));
		assertEquals("1", bits.get("bit 2 ES"));
		assertEquals("17", bits.get("API_MAJOR (min)"));
		assertEquals("0x1002", fields.get("SIG_USAGE").value());
		assertEquals("0x1", fields.get("SIG_ALGO").value());
		assertEquals(0x40, fields.get("SIG1").offset());
		assertEquals(144, fields.get("SIG1").size());
	}

	@Test
	void otherSizesAreNotSevReports() {
		assertNull(SevAttestationReportEvidence.decode(new byte[0xCF]));
		assertNull(SevAttestationReportEvidence.decode(new byte[0xD1]));
	}
}
