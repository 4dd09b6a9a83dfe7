/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.OvmfFormatException;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds mutated copies of the real AmdSev OVMF's last 4 KiB (footer table + SEV metadata) to the parser and to the
 * measure tool: only {@link OvmfFormatException} may escape the parser, the tool must exit 0 or 1 with at most one
 * line on stderr and never report an internal error, and every case must finish quickly.
 */
class OvmfFuzzTest {

	private static final int CASES = 3000;
	private static final long MAX_NANOS_PER_CASE = 2_000_000_000L;

	private static byte[] tail() throws IOException {
		byte[] all = Files.readAllBytes(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd"));
		return Arrays.copyOfRange(all, all.length - 4096, all.length);
	}

	private static byte[] mutate(byte[] base, Random r) {
		byte[] m = base.clone();
		switch (r.nextInt(5)) {
		case 0 -> { // a few bit flips anywhere
			for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
				m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
			}
		}
		case 1 -> { // random bytes in the last 512 bytes, where the footer table lives
			for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
				m[m.length - 1 - r.nextInt(512)] = (byte) r.nextInt(256);
			}
		}
		case 2 -> { // extreme 16/32-bit values at random table positions
			int at = m.length - 4 - r.nextInt(600);
			int v = r.nextBoolean() ? 0xFFFFFFFF : r.nextInt(0x20000);
			for (int i = 0; i < 4; i++) {
				m[at + i] = (byte) (v >>> (8 * i));
			}
		}
		case 3 -> { // truncate from the front (keeps the footer, shifts offsets) or the back
			int len = r.nextInt(m.length + 1);
			m = r.nextBoolean() ? Arrays.copyOfRange(m, m.length - len, m.length) : Arrays.copyOf(m, len);
		}
		default -> { // scribble over a run of bytes
			int at = r.nextInt(m.length);
			int len = Math.min(m.length - at, 1 + r.nextInt(64));
			for (int i = 0; i < len; i++) {
				m[at + i] = (byte) r.nextInt(256);
			}
		}
		}
		return m;
	}

	@Test
	void parserOnlyThrowsItsOwnException() throws IOException {
		byte[] base = tail();
		Random r = new Random(20260811);
		for (int i = 0; i < CASES; i++) {
			byte[] m = mutate(base, r);
			long t0 = System.nanoTime();
			try {
				FirmwareImage img = FirmwareImage.parse("fuzz" + i, m);
				img.metadataSections().forEach(s -> s.type());
				try {
					img.sevEsResetEip();
					img.sevHashTableGpa();
				} catch (OvmfFormatException expected) {
					assertOneLine(expected.getMessage());
				}
			} catch (OvmfFormatException e) {
				assertOneLine(e.getMessage());
				assertTrue(e.getMessage().startsWith("fuzz" + i + ": "), e.getMessage());
			} catch (RuntimeException e) {
				fail("case " + i + " leaked " + e);
			}
			assertTrue(System.nanoTime() - t0 < MAX_NANOS_PER_CASE, "case " + i + " too slow");
		}
	}

	@Test
	void measureToolExitsCleanly() throws IOException {
		byte[] base = tail();
		Random r = new Random(7);
		Path tmp = Files.createTempDirectory("sev-fuzz");
		Path fd = tmp.resolve("fuzz.fd");
		int cases = CASES / 3;
		for (int i = 0; i < cases; i++) {
			Files.write(fd, mutate(base, r));
			List<String> args = switch (i % 3) {
			case 0 -> List.of("--mode", "snp", "--ovmf", fd.toString(), "--vcpus", "2", "--vcpu-type", "EPYC-v4");
			case 1 -> List.of("--mode", "seves", "--ovmf", fd.toString(), "--vcpus", "2", "--vcpu-type", "EPYC");
			default -> List.of("--mode", "snp", "--ovmf", fd.toString(), "--vcpus", "1", "--vmm-type", "ec2",
					"--output-format", "json", "--trace");
			};
			long t0 = System.nanoTime();
			ToolRun run = ToolRun.in(tmp, args);
			assertTrue(System.nanoTime() - t0 < MAX_NANOS_PER_CASE, "case " + i + " too slow");
			assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "case " + i + " exit " + run.exitCode());
			if (run.exitCode() == 1) {
				assertEquals("", run.stdout());
				assertOneLine(run.stderr().strip());
				assertTrue(run.stderr().startsWith("Error: "), run.stderr());
				assertFalse(run.stderr().contains("internal error"), "case " + i + ": " + run.stderr());
			}
		}
		Files.deleteIfExists(fd);
		Files.deleteIfExists(tmp);
	}

	private static void assertOneLine(String message) {
		assertFalse(message.isEmpty());
		assertFalse(message.contains("\n"), message);
	}
}
