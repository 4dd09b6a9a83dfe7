/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core;

import java.nio.file.Path;
import java.util.Locale;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;

/**
 * Reads measurement inputs through {@link BoundedInput} (regular files only, a size limit per kind), turning failures
 * into one-line {@link SevInputException}s that name the file.
 */
public final class InputFiles {

	private InputFiles() {
	}

	/** The whole content of {@code file}; {@code what} says which input it is ("OVMF", "kernel", ...). */
	public static byte[] read(Path file, String what) throws SevInputException {
		try {
			return BoundedInput.readAll(file, kindOf(what));
		} catch (InputFileException e) {
			throw new SevInputException("cannot read " + what + " file " + e.getMessage(), e);
		}
	}

	/** The size of {@code file} in bytes (a regular file within the limit for {@code what}). */
	public static long size(Path file, String what) throws SevInputException {
		try {
			return BoundedInput.check(file, kindOf(what));
		} catch (InputFileException e) {
			throw new SevInputException("cannot read " + what + " file " + e.getMessage(), e);
		}
	}

	/** The kind of input {@code what} names: kernel, initrd, firmware (OVMF, SVSM), anything else small data. */
	static InputKind kindOf(String what) {
		return switch (what.toLowerCase(Locale.ROOT)) {
		case "kernel" -> InputKind.KERNEL;
		case "initrd" -> InputKind.INITRD;
		case "ovmf", "svsm", "firmware" -> InputKind.FIRMWARE;
		default -> InputKind.DATA;
		};
	}
}
