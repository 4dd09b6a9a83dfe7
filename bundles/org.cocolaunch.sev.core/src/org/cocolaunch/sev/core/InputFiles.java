/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads measurement inputs, turning I/O failures into one-line {@link SevInputException}s that name the file. */
public final class InputFiles {

	/** Java arrays stop at 2 GiB; no firmware, kernel or initrd we measure comes close. */
	private static final long MAX_SIZE = Integer.MAX_VALUE - 64;

	private InputFiles() {
	}

	/** The whole content of {@code file}; {@code what} says which input it is ("OVMF", "kernel", ...). */
	public static byte[] read(Path file, String what) throws SevInputException {
		try {
			if (Files.isDirectory(file)) {
				throw new SevInputException("cannot read " + what + " file " + file + ": is a directory");
			}
			long size = Files.size(file);
			if (size > MAX_SIZE) {
				throw new SevInputException(what + " file " + file + " is too large (" + size + " bytes)");
			}
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new SevInputException("cannot read " + what + " file " + file + ": no such file", e);
		} catch (IOException | SecurityException e) {
			throw new SevInputException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
		}
	}

	/** The size of {@code file} in bytes. */
	public static long size(Path file, String what) throws SevInputException {
		try {
			return Files.size(file);
		} catch (NoSuchFileException e) {
			throw new SevInputException("cannot read " + what + " file " + file + ": no such file", e);
		} catch (IOException | SecurityException e) {
			throw new SevInputException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
		}
	}
}
