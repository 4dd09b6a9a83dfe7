/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.measure.KernelLoadOptions;
import org.cocolaunch.tdx.core.measure.MrtdAccumulator;
import org.cocolaunch.tdx.core.measure.RtmrBank;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building blocks checked against the vectors published in the domain reference (§3.3.1, §3.3.3). */
class MeasurementPrimitivesTest {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void emptyMrtdIsSha384OfNothing() {
		assertTrue(HEX.formatHex(new MrtdAccumulator().finish()).startsWith("38b060a7"));
	}

	@Test
	void zeroPageAddedAndExtended() {
		MrtdAccumulator acc = new MrtdAccumulator();
		byte[] zero = new byte[4096];
		acc.pageAdd(0xFFFFF000L, 0);
		for (int c = 0; c < 16; c++) {
			acc.mrExtend(0xFFFFF000L + c * 256, zero, c * 256);
		}
		assertEquals("07f08f558c5e2593b33452cf00c12a165c07b027a36424ecfa15ebf39b5415e0"
				+ "ed62418458e4bfd77f16fec0f1568dc9", HEX.formatHex(acc.finish()));
	}

	@Test
	void zeroPageAddedOnly() {
		MrtdAccumulator acc = new MrtdAccumulator();
		acc.pageAdd(0x800000, 0);
		assertEquals("73e66eb2f63d5a2c92c756c54b86b24f1a3d87c07a191518580ba4b227f9edda"
				+ "1faeb4223ffb2dd70c789055f9af5e7c", HEX.formatHex(acc.finish()));
	}

	@Test
	void rtmrExtendOfAbcDigest() {
		RtmrBank bank = new RtmrBank();
		bank.extend(1, Sha384.of("abc".getBytes(StandardCharsets.US_ASCII)));
		String v = HEX.formatHex(bank.value(1));
		assertTrue(v.startsWith("93732e37") && v.endsWith("19ca40"), v);
		assertArrayEquals(new byte[48], bank.value(0));
	}

	@Test
	void loadOptionsAreWidenedAndTerminated() {
		assertArrayEquals(new byte[] { 'a', 0, 'b', 0, 0, 0 }, KernelLoadOptions.of("ab", false));
		byte[] withInitrd = KernelLoadOptions.of("", true);
		assertEquals(" initrd=initrd".length() * 2 + 2, withInitrd.length);
		assertNull(KernelLoadOptions.of(null, false));
		assertNull(KernelLoadOptions.of("", false));
	}

	/** hw/i386/pc_q35.c: below 0xB0000000 bytes everything is low; from there on only 2 GiB stay below 4 GiB. */
	@Test
	void q35RamSplit() {
		assertEquals(List.of(0L, 0x40000000L), flat(new GuestRamLayout(0x40000000L)));
		assertEquals(List.of(0L, 0xA0000000L), flat(new GuestRamLayout(0xA0000000L)));
		assertEquals(List.of(0L, 0x80000000L, 0x100000000L, 0x30000000L), flat(new GuestRamLayout(0xB0000000L)));
		assertEquals(List.of(0L, 0x80000000L, 0x100000000L, 0x80000000L), flat(new GuestRamLayout(0x100000000L)));
	}

	private static List<Long> flat(GuestRamLayout l) {
		return l.ramRanges().stream().flatMap(r -> Stream.of(r[0], r[1])).toList();
	}
}
