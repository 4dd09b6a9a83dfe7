/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.ImageBytes;
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

	/**
	 * The content of {@code file} for reading by offset: in memory when small, else read in place (a 1 GiB firmware
	 * image is never held whole). Errors read as those of {@link #read}.
	 */
	public static ImageBytes image(Path file, String what) throws SevInputException {
		try {
			return ImageBytes.open(file, kindOf(what));
		} catch (InputFileException e) {
			throw new SevInputException("cannot read " + what + " file " + e.getMessage(), e);
		}
	}

	/**
	 * The SHA-256 of the whole content of {@code file}, read slice by slice: a kernel or initrd is hashed without being
	 * held in memory (only its digest enters a measurement). Errors read as those of {@link #read}.
	 */
	public static byte[] sha256(Path file, String what) throws SevInputException {
		byte[] ahead = PrefetchedDigests.take(file);
		return ahead != null ? ahead : sha256Now(file, what);
	}

	/**
	 * Starts hashing {@code file} on another thread, for a later {@link #sha256} of the same file: a command that
	 * knows its kernel and initrd early hashes them on the second core while the model and the firmware load. A
	 * failure is not reported here; {@link #sha256} then reads the file again and reports it in its place.
	 */
	public static void prefetchSha256(Path file, String what) {
		PrefetchedDigests.start(file, () -> sha256Now(file, what));
	}

	private static byte[] sha256Now(Path file, String what) throws SevInputException {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-256", e);
		}
		// Through the bounded reader: a FIFO, a device or an oversized file is refused before a byte is read.
		try {
			BoundedInput.digest(file, kindOf(what), sha);
			return sha.digest();
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
