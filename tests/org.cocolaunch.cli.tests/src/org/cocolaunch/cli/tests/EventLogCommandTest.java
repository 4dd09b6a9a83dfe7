/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

/** {@code eventlog} through the registered command: the real GRUB-booted log of google/go-eventlog. */
class EventLogCommandTest {

	private static final Path TESTDATA = TestData.dir();

	@Test
	void eventlogIsRegisteredAndReplaysARealLog() {
		CliRun r = CliRun.of(TESTDATA, "eventlog", "eventlogs/gdc-tdx.bin");
		assertEquals(0, r.exitCode(), r.err());
		for (int i = 0; i < 3; i++) {
			assertTrue(r.out().contains("RTMR" + i + " " + TestData.caseField("eventlogs/expected.tsv", "gdc-tdx.bin", 1 + i) + "\n"),
					r.out());
		}
		assertTrue(r.out().contains("\"grub_cmd: linux /vmlinuz-6.11.0-21-generic root=/dev/mapper/ubuntu--vg-ubuntu--lv ro"),
				r.out());
		CliRun help = CliRun.of(TESTDATA, "help");
		assertTrue(help.out().contains("eventlog"), help.out());
		CliRun usage = CliRun.of(TESTDATA, "eventlog", "--json");
		assertEquals(2, usage.exitCode());
		assertTrue(usage.oneLineError(), usage.err());
	}
}
