/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliCommands;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.testing.CliRun;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input suite (issue 13), generated: every command that reads a file × every kind of bad file (malformed,
 * empty, missing, a directory, a FIFO, /dev/zero, /dev/urandom, over its kind's size limit), overflowing numbers,
 * non-UTF-8 arguments, and outputs that must not be clobbered. Each case asserts the exit code, exactly one line on
 * standard error, no stack trace or exception class name, no temporary file left, and the previous output intact.
 * The same cases through the real launcher ({@code ./cocolaunch}) are in {@code tests/hostile}.
 */
class HostileInputTest {

	private static final Duration FIFO_TIMEOUT = Duration.ofSeconds(20);
	private static final String OLD = "<old output, must survive>";

	@TempDir
	Path dir;

	private Path out;
	private Path plan;
	private Path firmwareCopy;
	private Path goodLog;

	/** One generated case: arguments (bytes when raw), expected exit code. */
	private record Case(String name, List<byte[]> raw, int exit) {
	}

	private static List<byte[]> args(String... a) {
		return Arrays.stream(a).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
	}

	private void fixtures() throws Exception {
		Path tdxFirmware = TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd");
		firmwareCopy = Files.copy(tdxFirmware, dir.resolve("OVMF.inteltdx.ms.sid-2026.08.fd"));
		URL entry = Platform.getBundle("org.cocolaunch.doc").getEntry("examples/tdx-qemu.cclaunch");
		plan = Files.copy(Path.of(FileLocator.toFileURL(entry).toURI()), dir.resolve("plan.cclaunch"), StandardCopyOption.REPLACE_EXISTING);
		goodLog = Files.writeString(dir.resolve("good.log"),
				"kvm_sev_launch_start policy 0x1 session 0x0 pdh 0x0\nkvm_sev_launch_finish \n");
		out = Files.writeString(dir.resolve("out.cclaunch"), OLD);
	}

	/** The bad files every file-reading slot is tried with; kind-specific oversize files are added per slot. */
	private Map<String, Path> badFiles() throws Exception {
		Map<String, Path> bad = new LinkedHashMap<>();
		byte[] garbage = new byte[8192];
		new Random(13).nextBytes(garbage);
		bad.put("malformed", Files.write(dir.resolve("garbage.bin"), garbage));
		bad.put("empty", Files.write(dir.resolve("empty.bin"), new byte[0]));
		bad.put("missing", dir.resolve("no-such-file"));
		bad.put("directory", Files.createDirectories(dir.resolve("a-directory")));
		Path fifo = dir.resolve("a.fifo");
		Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
		bad.put("FIFO", fifo);
		bad.put("/dev/zero", Path.of("/dev/zero"));
		bad.put("/dev/urandom", Path.of("/dev/urandom"));
		return bad;
	}

	private Path sparse(String name, long size) throws IOException {
		Path f = dir.resolve(name);
		try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
			r.setLength(size);
		}
		return f;
	}

	/**
	 * A command template with one file slot ({@code @}), the size just over the slot's limit, and whether any bytes
	 * are valid content there (a kernel or initrd is hashed as it is; import binds what it can and warns; explain
	 * searches and reports what it ruled out) so that malformed and empty files are not errors.
	 */
	private record Slot(String label, String[] template, long oversize, boolean anyBytes) {

		Slot(String label, String[] template, long oversize) {
			this(label, template, oversize, false);
		}

		List<byte[]> with(Path file) {
			return args(Arrays.stream(template).map(a -> a.replace("@", file.toString())).toArray(String[]::new));
		}
	}

	private List<Slot> slots() {
		String fw = firmwareCopy.toString();
		String snpFw = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd").toString();
		String kernel = TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64").toString();
		String o = out.toString();
		String zeros = "00".repeat(48);
		long report = (1L << 20) + 1;
		long firmware = (1L << 30) + 1;
		return List.of(
				new Slot("show plan", new String[] { "show", "@" }, (256L << 20) + 1),
				new Slot("diff plan", new String[] { "diff", "@", plan.toString() }, (256L << 20) + 1),
				new Slot("run plan", new String[] { "run", "@" }, (256L << 20) + 1),
				new Slot("run --input", new String[] { "run", plan.toString(), "--input", "firmware=@" }, -1),
				new Slot("import log", new String[] { "import-qemu-trace", "@", "-o", o }, -1),
				new Slot("import --ovmf", new String[] { "import-qemu-trace", goodLog.toString(), "--ovmf", "@", "-o", o }, firmware, true),
				new Slot("import --kernel", new String[] { "import-qemu-trace", goodLog.toString(), "--kernel", "@", "-o", o }, (1L << 30) + 1, true),
				new Slot("diagnose log", new String[] { "diagnose", "@", "-o", o }, -1),
				new Slot("eventlog log", new String[] { "eventlog", "@" }, -1, true),
				new Slot("verify evidence", new String[] { "verify", "@" }, report, true),
				new Slot("measure snp --ovmf", new String[] { "measure", "--mode", "snp", "--vcpus", "1", "--vcpu-type", "EPYC-v4", "--ovmf", "@" }, firmware),
				new Slot("measure snp --kernel", new String[] { "measure", "--mode", "snp", "--vcpus", "1", "--vcpu-type", "EPYC-v4", "--ovmf", snpFw, "--kernel", "@" }, (1L << 30) + 1, true),
				new Slot("measure snp --initrd", new String[] { "measure", "--mode", "snp", "--vcpus", "1", "--vcpu-type", "EPYC-v4", "--ovmf", snpFw, "--kernel", kernel, "--initrd", "@" }, -1, true),
				new Slot("measure tdx --ovmf", new String[] { "measure", "--mode", "tdx", "--ovmf", "@" }, firmware),
				new Slot("explain --report", new String[] { "explain", "--report", "@", "--ovmf", fw }, report),
				new Slot("explain snp --ovmf", new String[] { "explain", "--expected", zeros, "--max-vcpus", "1", "--ovmf", "@" }, firmware, true),
				new Slot("explain tdx --ovmf", new String[] { "explain", "--expected", zeros, "--mode", "tdx", "--ovmf", "@" }, firmware));
	}

	@TestFactory
	Stream<DynamicTest> everyFileSlotTimesEveryBadFile() throws Exception {
		fixtures();
		Map<String, Path> bad = badFiles();
		List<DynamicTest> tests = new ArrayList<>();
		for (Slot slot : slots()) {
			for (Map.Entry<String, Path> b : bad.entrySet()) {
				if (slot.anyBytes() && (b.getKey().equals("malformed") || b.getKey().equals("empty"))) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(slot.label() + " × " + b.getKey(),
						() -> check(new Case(slot.label() + " × " + b.getKey(), slot.with(b.getValue()), Cli.FAILURE))));
			}
			if (slot.oversize() > 0) {
				tests.add(DynamicTest.dynamicTest(slot.label() + " × oversize", () -> {
					Path big = sparse("oversize.bin", slot.oversize());
					String err = check(new Case(slot.label() + " × oversize", slot.with(big), Cli.FAILURE));
					assertTrue(err.contains("(limit "), "the limit is named: " + err);
					Files.delete(big);
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> overflowingNumbers() throws Exception {
		fixtures();
		String huge = "99999999999999999999";
		Path retLog = Files.writeString(dir.resolve("ret.log"), "kvm_sev_launch_start policy 0x1\n"
				+ "qemu-system-x86_64: sev_launch_finish: LAUNCH_FINISH ret=-" + huge + " fw_error=7 'x'\n");
		Path offsetPlan = Files.writeString(dir.resolve("offset.cclaunch"),
				Files.readString(plan).replace("offset=\"540672\"", "offset=\"9223372036854771712\""));
		assertFalse(Files.readString(offsetPlan).equals(Files.readString(plan)), "the fixture changed an offset");
		Path lengthPlan = Files.writeString(dir.resolve("length.cclaunch"),
				Files.readString(plan).replace("length=\"3653632\"", "length=\"9223372036854775807\""));
		List<Case> cases = List.of(
				new Case("run --until", args("run", plan.toString(), "--until", huge), Cli.USAGE),
				new Case("explain --max-vcpus", args("explain", "--expected", "00", "--ovmf", firmwareCopy.toString(), "--max-vcpus", huge), Cli.USAGE),
				new Case("log ret=", args("import-qemu-trace", retLog.toString(), "-o", out.toString()), Cli.FAILURE),
				new Case("plan offset near 2^63", args("run", offsetPlan.toString()), Cli.FAILURE),
				new Case("plan length 2^63-1", args("run", lengthPlan.toString()), Cli.FAILURE));
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
	}

	@TestFactory
	Stream<DynamicTest> nonUtf8Arguments() throws Exception {
		fixtures();
		byte[] bad = { 'a', (byte) 0xff, 'b' };
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("command name", List.of(new byte[] { (byte) 0xff }), Cli.USAGE));
		for (var command : CliCommands.all()) {
			List<byte[]> raw = new ArrayList<>(args(command.name()));
			raw.add(bad);
			cases.add(new Case(command.name() + " \\xff", raw, Cli.USAGE));
		}
		List<byte[]> file = new ArrayList<>(args("show"));
		file.add(("plan" + "\u00e9").getBytes(StandardCharsets.ISO_8859_1)); // a Latin-1 file name
		cases.add(new Case("show latin-1 name", file, Cli.USAGE));
		List<byte[]> importAppend = new ArrayList<>(args("import-qemu-trace", goodLog.toString(), "--kernel", "k", "-o", out.toString(), "--append"));
		importAppend.add(bad);
		cases.add(new Case("import --append (text only)", importAppend, Cli.USAGE));
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			String err = check(c);
			assertTrue(err.contains("is not valid UTF-8"), err);
			assertTrue(err.contains("\\xff") || err.contains("\\xe9"), "the argument is shown escaped: " + err);
		}));
	}

	@TestFactory
	Stream<DynamicTest> outputsThatMustNotBeClobbered() throws Exception {
		fixtures();
		Path fifo = dir.resolve("out.fifo");
		Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
		Path target = Files.writeString(dir.resolve("target.cclaunch"), OLD);
		Path link = Files.createSymbolicLink(dir.resolve("link.cclaunch"), target.getFileName());
		Path subdir = Files.createDirectories(dir.resolve("outdir"));
		String log = goodLog.toString();
		// a posted failure from which diagnose builds a plan (QEMU's default SNP sequence)
		Path failureLog = Files.copy(PublicLogs.file("failures/nvtrust-91-snp-cpuid.log"), dir.resolve("failure.log"));
		List<Case> cases = List.of(
				new Case("import -o the log itself", args("import-qemu-trace", log, "-o", log), Cli.FAILURE),
				new Case("import -o the --ovmf input", args("import-qemu-trace", log, "--ovmf", firmwareCopy.toString(), "-o", firmwareCopy.toString()), Cli.FAILURE),
				new Case("import -o a FIFO", args("import-qemu-trace", log, "-o", fifo.toString()), Cli.FAILURE),
				new Case("import -o a directory", args("import-qemu-trace", log, "-o", subdir.toString()), Cli.FAILURE),
				new Case("import -o a symbolic link", args("import-qemu-trace", log, "-o", link.toString()), Cli.FAILURE),
				new Case("import -o into a missing directory", args("import-qemu-trace", log, "-o", dir.resolve("nope/x.cclaunch").toString()), Cli.FAILURE),
				new Case("run --save-trace the plan", args("run", plan.toString(), "--save-trace", plan.toString()), Cli.FAILURE),
				new Case("run --save-trace the firmware", args("run", plan.toString(), "--save-trace", firmwareCopy.toString()), Cli.FAILURE),
				new Case("run --save-trace a FIFO", args("run", plan.toString(), "--save-trace", fifo.toString()), Cli.FAILURE),
				new Case("diagnose -o a FIFO", args("diagnose", failureLog.toString(), "-o", fifo.toString()), Cli.FAILURE));
		List<DynamicTest> tests = new ArrayList<>(cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			byte[] logBefore = Files.readAllBytes(goodLog);
			byte[] planBefore = Files.readAllBytes(plan);
			byte[] fwBefore = Files.readAllBytes(firmwareCopy);
			check(c);
			assertArrayEquals(logBefore, Files.readAllBytes(goodLog), "log intact");
			assertArrayEquals(planBefore, Files.readAllBytes(plan), "plan intact");
			assertArrayEquals(fwBefore, Files.readAllBytes(firmwareCopy), "firmware intact");
			assertEquals(OLD, Files.readString(target), "a link's target intact");
			assertTrue(Files.isSymbolicLink(link), "the link is still a link");
			assertTrue(Files.isDirectory(subdir));
		})).toList());
		tests.add(DynamicTest.dynamicTest("diagnose -o the log itself", () -> {
			byte[] before = Files.readAllBytes(failureLog);
			check(new Case("diagnose -o the log itself", args("diagnose", failureLog.toString(), "-o", failureLog.toString()),
					Cli.FAILURE));
			assertArrayEquals(before, Files.readAllBytes(failureLog), "the log intact");
		}));
		tests.add(DynamicTest.dynamicTest("import -o a symbolic link --force writes its target", () -> {
			CliRun run = CliRun.of(dir, "import-qemu-trace", log, "-o", link.toString(), "--force");
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(Files.isSymbolicLink(link));
			assertTrue(Files.readString(target).contains("LaunchPlan"), "the target now holds the plan");
			assertNoTemporaries();
		}));
		return tests.stream();
	}

	/** Output that cannot be written (full disk, closed pipe) is a failure, not a silent exit 0. */
	@org.junit.jupiter.api.Test
	void standardOutputThatCannotBeWrittenIsAFailure() {
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		try (PrintStream po = new PrintStream(full, true, StandardCharsets.UTF_8);
				PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
			int code = Cli.run(List.of("abi"), new CliContext(po, pe, dir));
			assertEquals(Cli.FAILURE, code);
			assertEquals("cocolaunch abi: cannot write to standard output (full disk or closed pipe?)\n",
					e.toString(StandardCharsets.UTF_8));
		}
	}

	/** Runs one case and checks the contract; returns standard error. */
	private String check(Case c) throws Exception {
		byte[] outBefore = Files.exists(out) ? Files.readAllBytes(out) : null;
		CliRun run = assertTimeoutPreemptively(FIFO_TIMEOUT, () -> runRaw(c.raw()), c.name() + ": must not block");
		String err = run.err();
		assertEquals(c.exit(), run.exitCode(), c.name() + ": exit code; stderr: " + err + " stdout: " + run.out());
		assertTrue(run.oneLineError(), c.name() + ": exactly one line on stderr: [" + err + "]");
		for (String forbidden : new String[] { "\tat ", "Exception", "OutOfMemoryError", "StackOverflow", "internal error" }) {
			assertFalse(err.contains(forbidden), c.name() + ": no stack trace or exception name: " + err);
		}
		// measure keeps sev-snp-measure's "Error: " (AMD modes) and says "measure: " for TDX; eventlog's tool says
		// "eventlog: " (pinned by EventLogTest)
		String word = new String(c.raw().get(0), StandardCharsets.UTF_8);
		boolean measure = word.equals("measure");
		assertTrue(err.startsWith("cocolaunch") || measure && (err.startsWith("Error: ") || err.startsWith("measure: "))
				|| word.equals("eventlog") && err.startsWith("eventlog: "), c.name() + ": names the program and command: " + err);
		if (outBefore != null) {
			assertArrayEquals(outBefore, Files.readAllBytes(out), c.name() + ": the previous output is intact");
		}
		assertNoTemporaries();
		return err;
	}

	private static CliRun runRaw(List<byte[]> raw) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
				PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
			int code = Cli.runRaw(raw, new CliContext(po, pe, Path.of(System.getProperty("user.dir"))));
			return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
	}

	private void assertNoTemporaries() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			List<String> temps = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\..*\\.\\d+\\.tmp")).toList();
			assertEquals(List.of(), temps, "no temporary file left behind");
		}
	}
}
