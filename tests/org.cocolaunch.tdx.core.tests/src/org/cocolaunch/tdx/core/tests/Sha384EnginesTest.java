/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.cocolaunch.core.hash.Sha384EachChunk;
import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.core.hash.Sha384Hash;
import org.cocolaunch.tdx.core.measure.MrtdAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SHA-384 engines (JDK and OpenSSL through JNA) against {@link MessageDigest}, an independent implementation:
 * sizes around the 128-byte block and the engines' staging sizes, many ways of splitting the input, copy() and the
 * engine choice. Native cases are skipped (not failed) on a host without libcrypto.
 */
class Sha384EnginesTest {

	/** Block, record and staging boundaries (8 KiB OpenSSL, 16 KiB JDK) and a few odd sizes. */
	private static final int[] SIZES = { 0, 1, 3, 111, 112, 127, 128, 129, 255, 256, 384, 1000, 4096, 6272, 8191, 8192,
			8193, 16383, 16384, 16385, 32768, 65535, 65536, 65537, 131072 + 129, 200_003, 1 << 20 };

	static Stream<String> engines() {
		return Stream.of("jdk", "openssl");
	}

	private static Sha384Engine engine(String name) {
		if (name.equals("jdk")) {
			return Sha384Engines.jdk();
		}
		Sha384Engines.Choice c = Sha384Engines.choose("auto", Sha384Engines.DEFAULT_LIBRARY);
		assumeTrue(c.fallbackReason() == null, () -> "native SHA-384 unavailable: " + c.fallbackReason());
		return c.engine();
	}

	private static byte[] expected(byte[] data, int from, int to) throws Exception {
		MessageDigest md = MessageDigest.getInstance("SHA-384");
		md.update(data, from, to - from);
		return md.digest();
	}

	private static byte[] random(SplittableRandom r, int size) {
		byte[] b = new byte[size];
		r.nextBytes(b);
		return b;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void digestsMatchMessageDigestForManySizesAndSplits(String name) throws Exception {
		Sha384Engine engine = engine(name);
		SplittableRandom r = new SplittableRandom(384);
		for (int size : SIZES) {
			byte[] data = random(r, size);
			byte[] want = expected(data, 0, size);
			// one update, fixed piece sizes (records, chunks, odd), then random split points
			for (int piece : new int[] { Math.max(size, 1), 1, 7, 128, 256, 384, 4095, 16384, 65536 }) {
				if (piece == 1 && size > 70_000) {
					continue; // byte-by-byte on a large input adds time, not coverage
				}
				Sha384Hash h = engine.newHash();
				for (int at = 0; at < size; at += piece) {
					h.update(data, at, Math.min(piece, size - at));
				}
				assertArrayEquals(want, h.digest(), name + " size " + size + " in pieces of " + piece);
			}
			for (int trial = 0; trial < 8; trial++) {
				Sha384Hash h = engine.newHash();
				int at = 0;
				while (at < size) {
					int n = Math.min(size - at, r.nextInt(1 + Math.min(size, 100_000)) + (trial % 2));
					h.update(data, at, n);
					at += n;
				}
				assertArrayEquals(want, h.digest(), name + " size " + size + " random split " + trial);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void updateHonoursOffsetAndDigestStartsOver(String name) throws Exception {
		Sha384Engine engine = engine(name);
		byte[] data = random(new SplittableRandom(7), 100_000);
		Sha384Hash h = engine.newHash();
		h.update(data, 17, 70_000);
		assertArrayEquals(expected(data, 17, 70_017), h.digest());
		assertArrayEquals(expected(data, 0, 0), h.digest(), "after digest() the hash is of nothing");
		h.update(data, 5, 300);
		assertArrayEquals(expected(data, 5, 305), h.digest());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void eachChunkIsItsOwnDigestAtAnyOffsetAndAcrossGrowingBuffers(String name) throws Exception {
		Sha384Engine engine = engine(name);
		byte[] data = random(new SplittableRandom(5), 300_000);
		Sha384EachChunk each = engine.newEachChunk(); // reused: its buffers grow and shrink in use
		int[][] cases = { { 0, 4096, 32 }, { 3, 4096, 1 }, { 77, 1000, 7 }, { 0, 128, 100 }, { 9, 4096, 70 },
				{ 1, 0, 3 }, { 0, 4096, 0 } };
		for (int[] c : cases) {
			int offset = c[0], chunk = c[1], count = c[2];
			byte[] out = new byte[5 + count * Sha384EachChunk.LENGTH];
			each.digestEach(data, offset, chunk, count, out, 5);
			for (int i = 0; i < count; i++) {
				byte[] got = Arrays.copyOfRange(out, 5 + i * 48, 5 + (i + 1) * 48);
				assertArrayEquals(expected(data, offset + i * chunk, offset + (i + 1) * chunk), got,
						name + " chunk " + i + " of " + count + " x " + chunk + " from " + offset);
			}
			assertEquals(0, out[0], "nothing written before outOffset");
			// The same chunks from a direct buffer, a heap buffer and a read-only one, each from a non-zero position.
			ByteBuffer direct = ByteBuffer.allocateDirect(offset + chunk * count + 11).put(data, 0, offset + chunk * count);
			for (ByteBuffer buffer : new ByteBuffer[] { direct, ByteBuffer.wrap(data), ByteBuffer.wrap(data).asReadOnlyBuffer() }) {
				buffer.position(offset);
				byte[] fromBuffer = new byte[5 + count * Sha384EachChunk.LENGTH];
				each.digestEach(buffer, chunk, count, fromBuffer, 5);
				assertArrayEquals(out, fromBuffer, name + " " + buffer + " " + Arrays.toString(c));
				assertEquals(offset, buffer.position(), "position left where it was");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void copyIsIndependent(String name) throws Exception {
		Sha384Engine engine = engine(name);
		byte[] data = random(new SplittableRandom(11), 300_000);
		for (int split : new int[] { 0, 1, 128, 8192, 8193, 16384, 16385, 65536, 65600, 150_001 }) {
			Sha384Hash h = engine.newHash();
			h.update(data, 0, split);
			Sha384Hash c = h.copy();
			h.update(data, split, 1000);
			c.update(data, split + 1000, 5000);
			Sha384Hash cc = c.copy();
			assertArrayEquals(expected(data, 0, split + 1000), h.digest(), name + " original after copy at " + split);
			byte[] joined = new byte[split + 5000];
			System.arraycopy(data, 0, joined, 0, split);
			System.arraycopy(data, split + 1000, joined, split, 5000);
			assertArrayEquals(expected(joined, 0, joined.length), c.digest(), name + " copy at " + split);
			assertArrayEquals(expected(joined, 0, joined.length), cc.digest(), name + " copy of copy at " + split);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void mrtdAccumulatorCopyAndCurrentAgreeAcrossEngines(String name) {
		Sha384Engine engine = engine(name);
		MrtdAccumulator tested = new MrtdAccumulator(engine);
		MrtdAccumulator jdk = new MrtdAccumulator(Sha384Engines.jdk());
		byte[] page = random(new SplittableRandom(3), 4096);
		MrtdAccumulator snapshot = null;
		for (int p = 0; p < 40; p++) { // 40 pages = 245 KiB hashed: crosses the staging sizes many times
			for (MrtdAccumulator acc : new MrtdAccumulator[] { tested, jdk }) {
				acc.pageAdd(0x100000L + p * 4096L, 0);
				for (int c = 0; c < 16; c++) {
					acc.mrExtend(0x100000L + p * 4096L + c * 256, page, c * 256);
				}
			}
			if (p == 20) {
				snapshot = tested.copy();
				assertArrayEquals(jdk.current(), tested.current(), name + " current() after 21 pages");
			}
		}
		byte[] full = jdk.finish();
		assertArrayEquals(full, tested.finish(), name + " MRTD of 40 pages");
		assertNotNull(snapshot);
		assertEquals(21 * 16, snapshot.mrExtends());
		MrtdAccumulator jdk21 = new MrtdAccumulator(Sha384Engines.jdk());
		for (int p = 0; p <= 20; p++) {
			jdk21.pageAdd(0x100000L + p * 4096L, 0);
			for (int c = 0; c < 16; c++) {
				jdk21.mrExtend(0x100000L + p * 4096L + c * 256, page, c * 256);
			}
		}
		assertArrayEquals(jdk21.finish(), snapshot.finish(), name + " snapshot after 21 pages is unchanged by later pages");
	}

	@Test
	void forcedJdkPropertySelectsTheJdk() {
		String old = System.getProperty(Sha384Engines.ENGINE_PROPERTY);
		try {
			System.setProperty(Sha384Engines.ENGINE_PROPERTY, "jdk");
			Sha384Engines.Choice c = Sha384Engines.fromSystemProperties();
			assertSame(Sha384Engines.jdk(), c.engine());
			assertTrue(c.fallbackReason().contains("cocolaunch.sha384=jdk"), c.fallbackReason());
			assertEquals("jdk", c.engine().name());
		} finally {
			if (old == null) {
				System.clearProperty(Sha384Engines.ENGINE_PROPERTY);
			} else {
				System.setProperty(Sha384Engines.ENGINE_PROPERTY, old);
			}
		}
	}

	@Test
	void missingLibraryFallsBackToTheJdkOrFailsWhenOpensslIsRequired() {
		Sha384Engines.Choice c = Sha384Engines.choose("auto", "cocolaunch-no-such-libcrypto");
		assertSame(Sha384Engines.jdk(), c.engine());
		assertTrue(c.fallbackReason().contains("cocolaunch-no-such-libcrypto"), c.fallbackReason());
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> Sha384Engines.choose("openssl", "cocolaunch-no-such-libcrypto"));
		assertTrue(e.getMessage().contains("cocolaunch.sha384=openssl"), e.getMessage());
	}

	@Test
	void defaultChoiceIsNativeWhenAvailable() {
		Sha384Engines.Choice auto = Sha384Engines.choose("auto", Sha384Engines.DEFAULT_LIBRARY);
		assumeTrue(auto.fallbackReason() == null, () -> "native SHA-384 unavailable: " + auto.fallbackReason());
		assertTrue(auto.engine().name().startsWith("openssl"), auto.engine().name());
		if (System.getProperty(Sha384Engines.ENGINE_PROPERTY) == null) {
			assertNull(Sha384Engines.selectedChoice().fallbackReason(), "selected engine without the property");
		}
		// The known answer for "abc" (FIPS 180-2), so the two engines are not only compared with each other.
		Sha384Hash h = auto.engine().newHash();
		h.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
		assertEquals("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
				HexFormat.of().formatHex(h.digest()));
	}
}
