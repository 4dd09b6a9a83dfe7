/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;

import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.ovmf.Guid;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Layout of the kernel hash table (domain reference §3.2.5). */
class KernelHashTableTest {

	private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
	private static final String SHA256_NUL = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";

	@Test
	void layout() {
		byte[] t = KernelHashTable.of(new byte[0], null, null).table();
		assertEquals(176, t.length);
		ByteBuffer b = ByteBuffer.wrap(t).order(ByteOrder.LITTLE_ENDIAN);
		assertArrayEquals(Guid.parse("9438d606-4f22-4cc9-b479-a793d411fd21").bytes(), Arrays.copyOfRange(t, 0, 16));
		assertEquals(168, b.getShort(16));
		assertArrayEquals(Guid.parse("97d02dd8-bd20-4c94-aa78-e7714d36ab2a").bytes(), Arrays.copyOfRange(t, 18, 34));
		assertEquals(50, b.getShort(34));
		assertEquals(SHA256_NUL, HexFormat.of().formatHex(t, 36, 68));
		assertArrayEquals(Guid.parse("44baf731-3a2f-4bd7-9af1-41e29169781d").bytes(), Arrays.copyOfRange(t, 68, 84));
		assertEquals(50, b.getShort(84));
		assertEquals(SHA256_EMPTY, HexFormat.of().formatHex(t, 86, 118));
		assertArrayEquals(Guid.parse("4de79437-abd2-427f-b835-d5b172d2045b").bytes(), Arrays.copyOfRange(t, 118, 134));
		assertEquals(50, b.getShort(134));
		assertEquals(SHA256_EMPTY, HexFormat.of().formatHex(t, 136, 168));
		assertArrayEquals(new byte[8], Arrays.copyOfRange(t, 168, 176));
	}

	@Test
	void emptyAndAbsentCommandLinesBothHashOneNul() {
		assertEquals(SHA256_NUL, HexFormat.of().formatHex(KernelHashTable.of(new byte[0], null, "").cmdlineHash()));
		assertEquals(SHA256_NUL, HexFormat.of().formatHex(KernelHashTable.of(new byte[0], null, null).cmdlineHash()));
	}

	@Test
	void pagePlacesTableAtOffset() {
		KernelHashTable h = KernelHashTable.of(new byte[] { 1, 2, 3 }, new byte[] { 4 }, "x");
		byte[] page = h.page(0xC00);
		assertEquals(4096, page.length);
		assertArrayEquals(h.table(), Arrays.copyOfRange(page, 0xC00, 0xC00 + 176));
		assertArrayEquals(new byte[0xC00], Arrays.copyOfRange(page, 0, 0xC00));
	}
}
