/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.testing.TestData;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.tdvf.TdvfFormatException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;
import org.junit.jupiter.api.Test;

class TdvfParserTest {

	static final String TDX_FW = "firmware/OVMF.inteltdx.ms.sid-2026.08.fd";
	static final String AMDSEV_FW = "firmware/OVMF.amdsev.sid-2026.08.fd";

	/**
	 * The section table of the shared IntelTdx image, read from the raw bytes with a throw-away script (not with this
	 * parser): TDVF descriptor at image offset 0x3ff600, six entries.
	 */
	@Test
	void sectionsOfTheRealFirmware() throws Exception {
		TdvfImage image = TdvfParser.parse(TestData.file(TDX_FW), TDX_FW);
		assertEquals(0x3ff600, image.metadataOffset());
		List<TdvfSection> expected = List.of(
				new TdvfSection(0, 0x84000, 0x37c000, 0xffc84000L, 0x37c000, TdvfSectionType.BFV, 1),
				new TdvfSection(1, 0, 0x84000, 0xffc00000L, 0x84000, TdvfSectionType.CFV, 0),
				new TdvfSection(2, 0, 0, 0x810000, 0x10000, TdvfSectionType.TEMP_MEM, 0),
				new TdvfSection(3, 0, 0, 0x80b000, 0x2000, TdvfSectionType.TEMP_MEM, 0),
				new TdvfSection(4, 0, 0, 0x809000, 0x2000, TdvfSectionType.TD_HOB, 0),
				new TdvfSection(5, 0, 0, 0x800000, 0x6000, TdvfSectionType.TEMP_MEM, 0));
		assertEquals(expected, image.sections());
		assertTrue(image.sections().get(0).mrExtend());
		assertFalse(image.sections().get(1).mrExtend());
		assertTrue(image.sections().stream().noneMatch(TdvfSection::pageAug));
	}

	/**
	 * The AmdSev build carries TDX metadata, so the TDX module would measure it (issue 16): parsed, with a reason it
	 * was not built for TDX. Its seven sections were read from the raw bytes with a throw-away script.
	 */
	@Test
	void amdSevBuildIsMeasuredWithAReason() throws Exception {
		TdvfImage image = TdvfParser.parse(TestData.file(AMDSEV_FW), AMDSEV_FW);
		assertEquals(7, image.sections().size());
		assertEquals(new TdvfSection(6, 0, 0, 0x820000, 0x10000, TdvfSectionType.TEMP_MEM, 0), image.sections().get(6));
		assertTrue(image.notMeantForTdx().orElseThrow().contains("AmdSev"));
		assertTrue(TdvfParser.parse(TestData.file(TDX_FW), TDX_FW).notMeantForTdx().isEmpty());
	}

	@Test
	void nonFirmwareFileIsRejected() {
		String k = "inputs/vmlinuz-6.1.0-56-cloud-amd64";
		TdvfFormatException e = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(TestData.file(k), k));
		assertOneLineNaming(e, k);
		assertTrue(e.getMessage().contains("not a TDX firmware"), e.getMessage());
	}

	/** The SVSM-matching OVMF is a CODE-only style image whose metadata points at data outside the file. */
	@Test
	void codeOnlyImageIsRejected() {
		String f = "upstream-sev-snp-measure/svsm_ovmf.fd";
		TdvfFormatException e = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(TestData.file(f), f));
		assertOneLineNaming(e, f);
		assertTrue(e.getMessage().contains("CODE-only"), e.getMessage());
	}

	@Test
	void truncatedImagesAreRejected() throws Exception {
		byte[] full = Files.readAllBytes(TestData.file(TDX_FW));
		for (int keep : new int[] { 0, 17, 4096, full.length / 2, full.length - 0x1000, full.length - 1 }) {
			byte[] cut = Arrays.copyOf(full, keep);
			TdvfFormatException e = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(cut, "cut.fd"),
					"truncated to " + keep);
			assertOneLineNaming(e, "cut.fd");
		}
	}

	/** The tail alone still holds the metadata, but the BFV/CFV data it describes is gone. */
	@Test
	void imageMissingItsFrontIsRejected() throws Exception {
		byte[] full = Files.readAllBytes(TestData.file(TDX_FW));
		byte[] tail = Arrays.copyOfRange(full, full.length / 2, full.length);
		TdvfFormatException e = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(tail, "tail.fd"));
		assertOneLineNaming(e, "tail.fd");
	}

	@Test
	void missingFileIsAnInputError(@org.junit.jupiter.api.io.TempDir Path dir) {
		TdxInputException e = assertThrows(TdxInputException.class,
				() -> TdvfParser.parse(dir.resolve("absent.fd"), "absent.fd"));
		assertOneLineNaming(e, "absent.fd");
	}

	static void assertOneLineNaming(Exception e, String name) {
		String m = e.getMessage();
		assertTrue(m.contains(name), "message should name " + name + ": " + m);
		assertFalse(m.contains("\n"), "message should be one line: " + m);
	}
}
