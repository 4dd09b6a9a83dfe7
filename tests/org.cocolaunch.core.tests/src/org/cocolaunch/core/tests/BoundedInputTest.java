/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User-named inputs: regular files only, checked before opening (a FIFO never blocks), a size limit per kind. */
class BoundedInputTest {

	@TempDir
	Path dir;

	@Test
	void regularFileIsReadWhole() throws Exception {
		Path f = Files.write(dir.resolve("k"), new byte[] { 1, 2, 3 });
		assertArrayEquals(new byte[] { 1, 2, 3 }, BoundedInput.readAll(f, InputKind.KERNEL));
		assertEquals(3, BoundedInput.check(f, InputKind.KERNEL));
	}

	@Test
	void specialFilesAreNamedNotRead() throws Exception {
		Path fifo = dir.resolve("in.fifo");
		SaveSafetyTest.mkfifo(fifo);
		InputFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(InputFileException.class, () -> BoundedInput.readAll(fifo, InputKind.FIRMWARE)));
		assertEquals(fifo + ": is a FIFO, expected a regular file", e.getMessage());
		assertEquals("is a FIFO, expected a regular file", e.reason());
		assertEquals("/dev/zero: is a character device, expected a regular file",
				assertThrows(InputFileException.class, () -> BoundedInput.readAll(Path.of("/dev/zero"), InputKind.LOG)).getMessage());
		assertEquals("/dev/urandom: is a character device, expected a regular file",
				assertThrows(InputFileException.class, () -> BoundedInput.open(Path.of("/dev/urandom"), InputKind.LOG)).getMessage());
		assertEquals(dir + ": is a directory, expected a regular file",
				assertThrows(InputFileException.class, () -> BoundedInput.readAll(dir, InputKind.REPORT)).getMessage());
		assertEquals(dir.resolve("nope") + ": no such file",
				assertThrows(InputFileException.class, () -> BoundedInput.readAll(dir.resolve("nope"), InputKind.REPORT)).getMessage());
	}

	@Test
	void oversizeInputIsRefusedWithTheLimit() throws Exception {
		Path big = dir.resolve("big.bin");
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength((1L << 20) + 1); // sparse: one byte over a report's 1 MiB
		}
		assertEquals(big + ": 1048577 bytes, more than a report may have (limit 1 MiB)",
				assertThrows(InputFileException.class, () -> BoundedInput.readAll(big, InputKind.REPORT)).getMessage());
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength((1L << 30) + 1);
		}
		assertEquals(big + ": 1073741825 bytes, more than a firmware may have (limit 1 GiB)",
				assertThrows(InputFileException.class, () -> BoundedInput.readAll(big, InputKind.FIRMWARE)).getMessage());
		assertEquals("an initrd", InputKind.INITRD.withArticle());
	}

	@Test
	void plansThatAreDirectoriesOrFifosSaySo() throws Exception {
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(dir));
		assertEquals(dir + ": is a directory, expected a regular file", e.getMessage());
		Path fifo = dir.resolve("p.cclaunch");
		SaveSafetyTest.mkfifo(fifo);
		e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(fifo)));
		assertEquals(fifo + ": is a FIFO, expected a regular file", e.getMessage());
	}
}
