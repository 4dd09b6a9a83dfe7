/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.report.SnpIdBlockEvidence;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An ID block file (raw or QEMU's base64) decodes to its fields, and its LD is the expected MEASUREMENT. */
class SnpIdBlockEvidenceTest {

	private static byte[] block() {
		SnpIdBlock b = SevFactory.eINSTANCE.createSnpIdBlock();
		byte[] ld = new byte[48];
		for (int i = 0; i < ld.length; i++) {
			ld[i] = (byte) (0xA0 + i);
		}
		b.setLd(ld);
		b.setFamilyId(new byte[16]);
		b.setImageId(HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f10"));
		b.setVersion(1);
		b.setGuestSvn(7);
		b.setPolicy(0x30000L);
		return IdBlockCodec.encode(b);
	}

	@Test
	void rawAndBase64BlocksGiveTheLdAndEveryField() throws Exception {
		byte[] raw = block();
		byte[] base64 = (Base64.getEncoder().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII);
		for (byte[] file : new byte[][] { raw, base64 }) {
			DecodedEvidence e = new SevVendorEngine().decodeEvidence(file, "id-block");
			assertEquals("SEV-SNP ID block", e.format());
			assertEquals("MEASUREMENT", e.registerName());
			assertArrayEquals(Arrays.copyOf(raw, 48), e.measurement());
			Map<String, String> fields = e.fields().stream().collect(Collectors.toMap(StateField::name, StateField::value));
			assertEquals("0102030405060708090a0b0c0d0e0f10", fields.get("IMAGE_ID"));
			assertEquals("1", fields.get("VERSION"));
			assertEquals("7", fields.get("GUEST_SVN"));
			assertEquals("0x30000", fields.get("POLICY"));
		}
	}

	@Test
	void otherSizesAreNotIdBlocks() {
		assertNull(SnpIdBlockEvidence.decode(new byte[95]));
		assertNull(SnpIdBlockEvidence.decode(new byte[97]));
		assertNull(SnpIdBlockEvidence.decode("not base64 at all!".getBytes(StandardCharsets.US_ASCII)));
		assertNull(SnpIdBlockEvidence.decode(Base64.getEncoder().encode(new byte[64])), "base64 of 64 bytes");
	}
}
