/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.nio.file.Path;
import java.security.MessageDigest;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;

/**
 * All a TD launch needs of an initrd: its size (QEMU's setup header, OVMF's "has an initrd") and its SHA-384 (the EFI
 * stub's RTMR2 event). {@link #ofFile} hashes the file as it reads it, so an initrd of up to the INITRD limit (2 GiB)
 * is never held in memory (issue #14).
 *
 * @param size   bytes
 * @param sha384 SHA-384 of the whole initrd (48 bytes)
 */
public record InitrdDigest(long size, byte[] sha384) {

	/** The digest of an initrd held in memory. */
	public static InitrdDigest of(byte[] initrd) {
		return new InitrdDigest(initrd.length, Sha384.of(initrd));
	}

	/** The digest of {@code file}, read slice by slice; errors name {@code shownAs} (the path as given). */
	public static InitrdDigest ofFile(Path file, String shownAs) throws TdxInputException {
		MessageDigest sha = Sha384.newDigest();
		long size;
		try {
			size = BoundedInput.digest(file, InputKind.INITRD, sha);
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read initrd " + shownAs + ": " + e.reason());
		}
		return new InitrdDigest(size, sha.digest());
	}
}
