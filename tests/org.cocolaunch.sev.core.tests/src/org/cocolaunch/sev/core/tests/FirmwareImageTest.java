/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.Guid;
import org.cocolaunch.sev.core.ovmf.KnownGuids;
import org.cocolaunch.sev.core.ovmf.MetadataSection;
import org.cocolaunch.sev.core.ovmf.OvmfFormatException;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OVMF footer table and SEV metadata parsing (expected values: domain reference §3.2.3). */
class FirmwareImageTest {

	private static FirmwareImage amdSevSuffix() throws SevInputException {
		return FirmwareImage.load(TestData.file("upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin"), "OVMF");
	}

	@Test
	void footerGuidOnDiskForm() {
		// domain reference §3.2.3: on-disk bytes de 82 b5 96 b2 1f f7 45 ba ea a3 66 c5 5a 08 2d
		byte[] expected = { (byte) 0xde, (byte) 0x82, (byte) 0xb5, (byte) 0x96, (byte) 0xb2, 0x1f, (byte) 0xf7, 0x45,
				(byte) 0xba, (byte) 0xea, (byte) 0xa3, 0x66, (byte) 0xc5, 0x5a, 0x08, 0x2d };
		assertTrue(Arrays.equals(expected, KnownGuids.FOOTER_TABLE.bytes()));
		assertEquals("96b582de-1fb2-45f7-baea-a366c55a082d", KnownGuids.FOOTER_TABLE.toString());
		assertEquals(KnownGuids.FOOTER_TABLE, Guid.fromBytes(expected, 0));
	}

	@Test
	void amdSevFixtureMetadata() throws Exception {
		FirmwareImage img = amdSevSuffix();
		assertEquals(0x80B004, img.sevEsResetEip());
		assertEquals(0x810C00, img.sevHashTableGpa());
		assertEquals(0x400, img.footerTable().get(KnownGuids.SEV_HASH_TABLE_RV).u32(1));
		assertTrue(img.supportsKernelHashes());
		assertEquals(List.of(new MetadataSection(0x800000, 0x9000, 1), new MetadataSection(0x80A000, 0x3000, 1),
				new MetadataSection(0x80D000, 0x1000, 2), new MetadataSection(0x80E000, 0x1000, 3),
				new MetadataSection(0x80F000, 0x1000, 4), new MetadataSection(0x810000, 0x1000, 0x10),
				new MetadataSection(0x811000, 0xF000, 1)), img.metadataSections());
		assertEquals(SectionType.SNP_KERNEL_HASHES, img.metadataSections().get(5).type());
		assertEquals(0x1_0000_0000L - 4096, img.ovmfGpa());
	}

	@Test
	void ovmfX64HasNoKernelHashes() throws Exception {
		FirmwareImage img = FirmwareImage.load(TestData.file("upstream-sev-snp-measure/ovmf_OvmfX64_suffix.bin"), "OVMF");
		assertFalse(img.hasSection(SectionType.SNP_KERNEL_HASHES));
		assertFalse(img.supportsKernelHashes());
	}

	@Test
	void realAmdSevImageParsesWithoutUnknownSections() throws Exception {
		FirmwareImage img = FirmwareImage.load(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd"), "OVMF");
		assertEquals(4 * 1024 * 1024, img.size());
		assertTrue(img.hasSection(SectionType.SNP_KERNEL_HASHES));
		assertTrue(img.metadataSections().stream().allMatch(s -> s.type() != null));
	}

	@Test
	void tdxImageParses() throws Exception {
		FirmwareImage img = FirmwareImage.load(TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd"), "OVMF");
		assertTrue(img.hasEntry(KnownGuids.TDX_METADATA_OFFSET));
	}

	@Test
	void unknownGuidAndSectionTypeAreWarnings() throws Exception {
		byte[] data = Files.readAllBytes(TestData.file("upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin"));
		FirmwareImage good = FirmwareImage.parse("x", data);
		// Re-label the reset block entry with a GUID nobody knows.
		int resetData = good.footerTable().get(KnownGuids.SEV_ES_RESET_BLOCK).offset();
		int guidAt = resetData + good.footerTable().get(KnownGuids.SEV_ES_RESET_BLOCK).data().length + 2;
		byte[] mutated = data.clone();
		mutated[guidAt] ^= 0x55;
		FirmwareImage img = FirmwareImage.parse("x", mutated);
		assertTrue(img.warnings().stream().anyMatch(w -> w.startsWith("unknown OVMF footer table entry")), img.warnings()::toString);
		OvmfFormatException e = assertThrows(OvmfFormatException.class, img::sevEsResetEip);
		assertTrue(e.getMessage().startsWith("x: no SEV_ES_RESET_BLOCK entry"), e.getMessage());
	}

	@Test
	void missingFooterIsAWarningNotAnError() throws Exception {
		FirmwareImage img = FirmwareImage.parse("blank", new byte[8192]);
		assertTrue(img.footerTable().isEmpty());
		assertTrue(img.metadataSections().isEmpty());
		assertEquals(1, img.warnings().size());
	}

	@Test
	void tinyImageIsRejectedWithOneLine() {
		OvmfFormatException e = assertThrows(OvmfFormatException.class, () -> FirmwareImage.parse("tiny.fd", new byte[10]));
		assertTrue(e.getMessage().startsWith("tiny.fd: "));
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void badMetadataSignatureIsRejected() throws Exception {
		byte[] data = Files.readAllBytes(TestData.file("upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin"));
		FirmwareImage good = FirmwareImage.parse("x", data);
		long offsetFromEnd = good.footerTable().get(KnownGuids.OVMF_SEV_METADATA).u32(0);
		byte[] mutated = data.clone();
		mutated[(int) (data.length - offsetFromEnd)] = 'B';
		OvmfFormatException e = assertThrows(OvmfFormatException.class, () -> FirmwareImage.parse("m.fd", mutated));
		assertTrue(e.getMessage().contains("ASEV"), e.getMessage());
	}
}
