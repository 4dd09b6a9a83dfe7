/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images in memory and read in place give the same bytes; a file that changes under a reader is refused in a line. */
class ImageBytesTest {

	@TempDir
	Path dir;

	private Path randomFile(String name, int size) throws Exception {
		byte[] data = new byte[size];
		new SplittableRandom(7).nextBytes(data);
		return Files.write(dir.resolve(name), data);
	}

	@Test
	void inPlaceReadsWhatTheFileHolds() throws Exception {
		Path f = randomFile("fw.fd", 700_001); // not a multiple of the digest slice
		byte[] whole = Files.readAllBytes(f);
		ImageBytes inPlace = ImageBytes.open(f, InputKind.FIRMWARE, 0);
		ImageBytes inMemory = ImageBytes.open(f, InputKind.FIRMWARE);
		assertFalse(inPlace.inMemory());
		assertTrue(inMemory.inMemory());
		assertEquals(whole.length, inPlace.size());
		assertArrayEquals(Arrays.copyOfRange(whole, 123_456, 123_456 + 5000), inPlace.read(123_456, 5000));
		assertArrayEquals(whole, inPlace.array());
		try (ImageBytes.Reader r = inPlace.reader()) {
			byte[] tail = new byte[17];
			r.read(whole.length - 17, tail, 0, 17);
			assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 17, whole.length), tail);
		}
		for (ImageBytes image : new ImageBytes[] { inPlace, inMemory }) {
			MessageDigest a = MessageDigest.getInstance("SHA-256");
			MessageDigest b = MessageDigest.getInstance("SHA-256");
			image.digest(a, 1, whole.length - 2);
			b.update(whole, 1, whole.length - 2);
			assertArrayEquals(b.digest(), a.digest());
		}
		assertThrows(IndexOutOfBoundsException.class, () -> inPlace.read(whole.length - 3, 4));
		assertThrows(IndexOutOfBoundsException.class, () -> inMemory.read(-1, 4));
	}

	@Test
	void fileThatShrinksWhileReadIsRefusedInOneLine() throws Exception {
		Path f = randomFile("shrinks.fd", 1 << 20);
		ImageBytes image = ImageBytes.open(f, InputKind.FIRMWARE, 0);
		try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
			raf.setLength(4096);
		}
		ImageReadException e = assertThrows(ImageReadException.class, () -> image.read(8192, 4096));
		assertEquals(f + ": changed while being read (1048576 bytes when opened, now 4096)", e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
		try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
			raf.setLength(1 << 20);
		}
		try (ImageBytes.Reader r = image.reader()) {
			try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
				raf.setLength(4096);
			}
			ImageReadException ended = assertThrows(ImageReadException.class,
					() -> r.read(8192, new byte[4096], 0, 4096));
			assertTrue(ended.getMessage().startsWith(f + ": ended at 8192 bytes while being read"), ended.getMessage());
		}
	}

	@Test
	void openChecksLikeBoundedInput() throws Exception {
		InputFileException e = assertThrows(InputFileException.class,
				() -> ImageBytes.open(dir, InputKind.FIRMWARE));
		assertEquals(dir + ": is a directory, expected a regular file", e.getMessage());
	}
}
