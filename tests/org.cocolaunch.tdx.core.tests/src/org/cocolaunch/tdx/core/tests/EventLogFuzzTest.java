/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.cocolaunch.testing.TestData;
import org.cocolaunch.tdx.core.eventlog.CcelEvent;
import org.cocolaunch.tdx.core.eventlog.CcelEventLog;
import org.cocolaunch.tdx.core.eventlog.CcelEventLogParser;
import org.cocolaunch.tdx.core.eventlog.EventLogFormatException;
import org.cocolaunch.tdx.core.eventlog.RtmrReplay;
import org.junit.jupiter.api.Test;

/**
 * The CCEL parser on damaged input: every truncation of a real log, random byte changes, absurd sizes and counts,
 * algorithms the header does not declare. Each input either parses (and decodes and replays without an exception) or
 * fails with one line naming the file; nothing hangs or allocates by a size field.
 */
class EventLogFuzzTest {

	static byte[] real(String name) throws Exception {
		return Files.readAllBytes(TestData.file("eventlogs/" + name));
	}

	/** Parses, decodes every event and replays; returns the error line or null. */
	static String exercise(byte[] data) {
		try {
			CcelEventLog log = CcelEventLogParser.parse(data, "fuzz.bin");
			for (CcelEvent e : log.events()) {
				e.description();
			}
			RtmrReplay.replay(log);
			return null;
		} catch (EventLogFormatException e) {
			assertTrue(e.getMessage().startsWith("fuzz.bin: "), e.getMessage());
			assertTrue(!e.getMessage().contains("\n"), e.getMessage());
			return e.getMessage();
		}
	}

	@Test
	void everyTruncationOfARealLogIsHandled() throws Exception {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			for (String name : EventLogTest.LOGS) {
				byte[] d = real(name);
				int used = (int) CcelEventLogParser.parse(d, name).usedBytes();
				int errors = 0;
				for (int keep = 0; keep <= used; keep++) {
					if (exercise(Arrays.copyOf(d, keep)) != null) {
						errors++;
					}
				}
				assertTrue(errors > used / 2, name + ": most truncations end inside a record: " + errors);
			}
		});
	}

	@Test
	void randomByteChangesAreHandled() throws Exception {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			Random rnd = new Random(16);
			for (String name : EventLogTest.LOGS) {
				byte[] d = real(name);
				int used = (int) CcelEventLogParser.parse(d, name).usedBytes();
				for (int round = 0; round < 1500; round++) {
					byte[] m = d.clone();
					for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
						m[rnd.nextInt(used)] = (byte) rnd.nextInt(256);
					}
					exercise(m);
				}
			}
		});
	}

	@Test
	void absurdSizesAndUnknownAlgorithmsNameTheField() throws Exception {
		byte[] d = real("CCEL_data_ovmf.bin");
		ByteBuffer le = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
		int header = 32 + le.getInt(28); // first TCG_PCR_EVENT2 record
		// event data size 0xFFFFFFF0 in record 1 (after MR index, type, count 1, alg, 48-byte digest)
		byte[] m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(header + 12 + 2 + 48, 0xFFFFFFF0);
		assertTrue(exercise(m).contains("event #1 at offset 0x" + Integer.toHexString(header) + ": event data of 4294967280 bytes"),
				exercise(m));
		// digest count 0xFFFFFFFF
		m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(header + 8, -1);
		assertTrue(exercise(m).contains("digest count 4294967295, but the Spec ID header declares only 1"), exercise(m));
		// a SHA-256 digest (0x000b) the header does not declare
		m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putShort(header + 12, (short) 0x000b);
		assertTrue(exercise(m).contains("algorithm 0x000b, which the Spec ID header does not declare (declared: 0x000c)"),
				exercise(m));
		// a header declaring 2^32-1 algorithms
		m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(32 + 24, -1);
		assertTrue(exercise(m).contains("Spec ID event lists 4294967295 algorithms"), exercise(m));
		// a header without SHA-384
		m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putShort(32 + 28, (short) 0x000b);
		assertTrue(exercise(m).contains("declares no SHA-384"), exercise(m));
		// a Spec ID event size beyond the file
		m = d.clone();
		ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 0x7FFFFFFF);
		assertTrue(exercise(m).contains("Spec ID event data of 2147483647 bytes"), exercise(m));
		// 4 MiB of 16-byte EV_NO_ACTION records without digests: bounded by the record limit, not by memory
		int header0 = 32 + ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).getInt(28);
		m = Arrays.copyOf(d, header0 + (4 << 20));
		ByteBuffer many = ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN);
		for (int p = header0; p + 16 <= m.length; p += 16) {
			many.putInt(p, 1).putInt(p + 4, 3).putInt(p + 8, 0).putInt(p + 12, 0);
		}
		byte[] flood = m;
		String msg = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> exercise(flood));
		assertTrue(msg.contains("more than 100000 records"), msg);
		// not a log at all
		EventLogFormatException e = assertThrows(EventLogFormatException.class,
				() -> CcelEventLogParser.parse(Files.readAllBytes(TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd")), "fw.fd"));
		assertTrue(e.getMessage().startsWith("fw.fd: first record"), e.getMessage());
		assertEquals(1, e.getMessage().lines().count());
	}
}
