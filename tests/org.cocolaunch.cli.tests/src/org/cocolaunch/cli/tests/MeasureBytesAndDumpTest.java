/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code measure --append} given bytes that are not UTF-8 hashes them as given (QEMU passes the kernel exactly those
 * bytes; sev-snp-measure crashes here), and {@code --dump-vmsa} writes without following planted links, into the
 * directory it is given, and refuses more files than KVM has vCPUs.
 */
class MeasureBytesAndDumpTest {

	private static final byte[] RAW = { 'c', 'o', 'n', 's', 'o', 'l', 'e', '=', (byte) 0xff, (byte) 0xfe, 'x' };

	@TempDir
	Path dir;

	private static List<String> snp(String... more) {
		List<String> a = new ArrayList<>(List.of("measure", "--mode", "snp", "--vcpus", "2", "--vcpu-type", "EPYC-v4",
				"--ovmf", TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString()));
		a.addAll(Arrays.asList(more));
		return a;
	}

	private CliRun raw(List<String> args, byte[] last) {
		List<byte[]> bytes = new ArrayList<>(args.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
		if (last != null) {
			bytes.add(last);
		}
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
				PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
			int code = Cli.runRaw(bytes, new CliContext(po, pe, dir));
			return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void theHashTableHashesTheCommandLineBytesAsGiven() throws Exception {
		byte[] withNul = Arrays.copyOf(RAW, RAW.length + 1);
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(withNul));
		assertEquals(expected, HexFormat.of().formatHex(KernelHashTable.ofCmdlineBytes(new byte[0], null, RAW).cmdlineHash()));
	}

	@Test
	void nonUtf8AppendIsMeasuredNotRefused() {
		String kernel = TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64").toString();
		CliRun bytes = raw(snp("--kernel", kernel, "--append"), RAW);
		assertEquals(0, bytes.exitCode(), bytes.err());
		assertTrue(bytes.out().matches("[0-9a-f]{96}\n"), bytes.out());
		CliRun inline = raw(snp("--kernel", kernel), concat("--append=".getBytes(StandardCharsets.US_ASCII), RAW));
		assertEquals(bytes.out(), inline.out(), "--append=BYTES is the same command line");
		// what a lossy decoding would have measured instead: U+FFFD for each bad byte
		CliRun lossy = CliRun.of(dir, snp("--kernel", kernel, "--append", new String(RAW, StandardCharsets.UTF_8)).toArray(String[]::new));
		assertEquals(0, lossy.exitCode(), lossy.err());
		assertNotEquals(lossy.out(), bytes.out(), "the bytes themselves are hashed, not replacement characters");

		CliRun tdx = raw(List.of("measure", "--mode", "tdx", "--ovmf", "x.fd", "--kernel", kernel, "--append"), RAW);
		assertEquals(Cli.USAGE, tdx.exitCode());
		assertTrue(tdx.oneLineError(), tdx.err());
		assertTrue(tdx.err().contains("'console=\\xff\\xfex' is not valid UTF-8"), tdx.err());
	}

	@Test
	void dumpVmsaWritesIntoTheGivenDirectory() throws Exception {
		Path out = Files.createDirectory(dir.resolve("vmsas"));
		CliRun run = CliRun.of(dir, snp("--dump-vmsa", "--vmsa-dir", "vmsas").toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(4096, Files.size(out.resolve("vmsa0.bin")));
		assertEquals(4096, Files.size(out.resolve("vmsa1.bin")));
		assertFalse(Files.exists(dir.resolve("vmsa0.bin")), "nothing in the current directory");
		CliRun here = CliRun.of(dir, snp("--dump-vmsa").toArray(String[]::new));
		assertEquals(0, here.exitCode(), here.err());
		assertArrayEquals(Files.readAllBytes(out.resolve("vmsa1.bin")), Files.readAllBytes(dir.resolve("vmsa1.bin")),
				"sev-snp-measure's default: the current directory");
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(2, files.count(), "no temporary files left");
		}
	}

	@Test
	void aPlantedLinkIsNeitherFollowedNorReplaced() throws Exception {
		Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
		Path link = Files.createSymbolicLink(dir.resolve("vmsa0.bin"), victim.getFileName());
		CliRun run = CliRun.of(dir, snp("--dump-vmsa").toArray(String[]::new));
		assertEquals(Cli.FAILURE, run.exitCode(), run.out());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("vmsa0.bin: is a symbolic link"), run.err());
		assertEquals("precious", Files.readString(victim));
		assertTrue(Files.isSymbolicLink(link));
	}

	@Test
	void tooManyVcpusToDumpIsRefusedBeforeMeasuring() throws Exception {
		List<String> args = snp("--dump-vmsa");
		args.set(args.indexOf("2"), "65536");
		long start = System.nanoTime();
		CliRun run = CliRun.of(dir, args.toArray(String[]::new));
		assertEquals(Cli.USAGE, run.exitCode(), run.out());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("at most 4096"), run.err());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(0, files.count(), "no file written");
		}
		assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused without measuring 65536 VMSAs");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] c = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}
}
