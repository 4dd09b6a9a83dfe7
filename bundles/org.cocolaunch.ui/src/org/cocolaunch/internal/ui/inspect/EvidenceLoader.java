/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.nio.file.Path;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;

/** Reads a report or quote file and lets each registered vendor engine try to decode it (off the UI thread). */
public final class EvidenceLoader {

	private EvidenceLoader() {
	}

	/** The file decoded, or a one-line reason why it could not be. */
	public record Loaded(Path file, DecodedEvidence evidence, String problem) {
	}

	public static Loaded load(Path file) {
		byte[] data;
		try {
			data = BoundedInput.readAll(file, InputKind.REPORT); // regular files only, at most 1 MiB
		} catch (InputFileException e) {
			return new Loaded(file, null, "cannot read " + e.getMessage());
		}
		for (VendorEngine engine : VendorEngines.registered().all()) {
			try {
				DecodedEvidence evidence = engine.decodeEvidence(data, file.getFileName().toString());
				if (evidence != null) {
					return new Loaded(file, evidence, null);
				}
			} catch (EvidenceFormatException e) {
				return new Loaded(file, null, e.getMessage());
			}
		}
		return new Loaded(file, null, file.getFileName() + " (" + data.length
				+ " bytes) is neither an SNP attestation report (1184 bytes) or ID block (96 bytes, raw or base64), an SEV"
				+ " attestation report (208 bytes) nor a TDX TDREPORT (1024 bytes) or quote");
	}
}
