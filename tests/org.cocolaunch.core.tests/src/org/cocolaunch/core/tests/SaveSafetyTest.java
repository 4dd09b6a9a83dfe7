/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cocolaunch.core.io.AtomicFileWriter;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.io.SaveOptions;
import org.cocolaunch.core.io.SaveRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save must never do (issue 13): overwrite an input of the same command, replace a FIFO, directory or symbolic
 * link by a file, reset the mode of the file it replaces, or leave temporary files behind.
 */
class SaveSafetyTest {

	@TempDir
	Path dir;

	private static void write(Path target, SaveOptions options, String content) throws IOException {
		AtomicFileWriter.write(target, options, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void refusesToOverwriteAnInputOfTheSameCommand() throws Exception {
		Path log = dir.resolve("in.log");
		Files.writeString(log, "the log");
		SaveRefusedException e = assertThrows(SaveRefusedException.class,
				() -> write(log, SaveOptions.defaults().protecting(log), "a plan"));
		assertEquals(log + ": is also an input of this command (" + log + "); refusing to overwrite it, choose another"
				+ " output file", e.getMessage());
		assertEquals("the log", Files.readString(log));

		// the same file by another name: a hard link and a symbolic link (with --force)
		Path hard = Files.createLink(dir.resolve("hard.log"), log);
		assertThrows(SaveRefusedException.class, () -> write(hard, SaveOptions.defaults().protecting(log), "x"));
		Path soft = Files.createSymbolicLink(dir.resolve("soft.log"), log.getFileName());
		assertThrows(SaveRefusedException.class, () -> write(soft, SaveOptions.defaults().withForce(true).protecting(log), "x"));
		assertEquals("the log", Files.readString(log));
		assertNoTemporaries();
	}

	@Test
	void refusesNonRegularTargets() throws Exception {
		Path fifo = dir.resolve("out.fifo");
		mkfifo(fifo);
		SaveRefusedException e = assertThrows(SaveRefusedException.class, () -> write(fifo, SaveOptions.defaults(), "x"));
		assertEquals(fifo + ": is a FIFO, not a regular file; refusing to write over it", e.getMessage());
		Path sub = Files.createDirectory(dir.resolve("sub"));
		e = assertThrows(SaveRefusedException.class, () -> write(sub, SaveOptions.defaults(), "x"));
		assertEquals(sub + ": is a directory, not a regular file; refusing to write over it", e.getMessage());
		assertTrue(Files.isDirectory(sub));
		// a link to a FIFO stays refused with --force: the end of the chain is not a regular file
		Path link = Files.createSymbolicLink(dir.resolve("link"), fifo.getFileName());
		assertThrows(SaveRefusedException.class, () -> write(link, SaveOptions.defaults().withForce(true), "x"));
		assertNoTemporaries();
	}

	@Test
	void symbolicLinkIsRefusedWithoutForceAndItsTargetReplacedWithIt() throws Exception {
		Path real = dir.resolve("real.cclaunch");
		Files.writeString(real, "old");
		Path link = Files.createSymbolicLink(dir.resolve("link.cclaunch"), real.getFileName());
		SaveRefusedException e = assertThrows(SaveRefusedException.class, () -> write(link, SaveOptions.defaults(), "new"));
		assertTrue(e.getMessage().startsWith(link + ": is a symbolic link to real.cclaunch; refusing"), e.getMessage());
		assertEquals("old", Files.readString(real));

		write(link, SaveOptions.defaults().withForce(true), "new");
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("new", Files.readString(real));
		assertNoTemporaries();
	}

	@Test
	void replacedFileKeepsItsModeAndNewFilesFollowTheUmask() throws Exception {
		Path existing = dir.resolve("kept.cclaunch");
		Files.writeString(existing, "old");
		Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(existing, mode);
		write(existing, SaveOptions.defaults(), "new");
		assertEquals(mode, Files.getPosixFilePermissions(existing));

		Path fresh = dir.resolve("fresh.cclaunch");
		write(fresh, SaveOptions.defaults(), "new");
		int umask = umask();
		int expected = 0644 & ~umask;
		assertEquals(Integer.toOctalString(expected), Integer.toOctalString(bits(Files.getPosixFilePermissions(fresh))),
				"0644 under umask " + Integer.toOctalString(umask));
	}

	@Test
	void staleTemporariesOfOurPatternAreRemovedOthersKept() throws Exception {
		Path target = dir.resolve("plan.cclaunch");
		Path stale = Files.writeString(dir.resolve(".plan.cclaunch.123456789.tmp"), "half");
		Path notOurs = Files.writeString(dir.resolve(".plan.cclaunch.backup.tmp"), "keep");
		Path otherTarget = Files.writeString(dir.resolve(".other.cclaunch.42.tmp"), "keep");
		write(target, SaveOptions.defaults(), "new");
		assertFalse(Files.exists(stale), "a killed writer's temporary file is cleaned");
		assertTrue(Files.exists(notOurs));
		assertTrue(Files.exists(otherTarget));
	}

	@Test
	void failureMidWriteRemovesTheTemporaryEvenForErrors() throws Exception {
		Path target = dir.resolve("plan.cclaunch");
		Files.writeString(target, "old");
		assertThrows(OutOfMemoryError.class, () -> AtomicFileWriter.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new OutOfMemoryError("simulated");
		}));
		assertEquals("old", Files.readString(target));
		assertNoTemporaries();
	}

	@Test
	void modelSaveReportsARefusalInOneLineWithoutRepeatingTheFile() throws Exception {
		Path fifo = dir.resolve("p.cclaunch");
		mkfifo(fifo);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(ModelFixtures.snpPlan(), fifo));
		assertEquals(fifo + ": is a FIFO, not a regular file; refusing to write over it", e.getMessage());
	}

	private void assertNoTemporaries() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			List<String> temps = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
			assertEquals(List.of(), temps, "no temporary file left behind");
		}
	}

	static void mkfifo(Path path) throws Exception {
		Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo " + path);
	}

	private static int umask() throws Exception {
		Process p = new ProcessBuilder("sh", "-c", "umask").start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
		p.waitFor(10, TimeUnit.SECONDS);
		return Integer.parseInt(out, 8);
	}

	private static int bits(Set<PosixFilePermission> permissions) {
		int mode = 0;
		for (PosixFilePermission p : permissions) {
			mode |= 1 << (8 - p.ordinal());
		}
		return mode;
	}
}
