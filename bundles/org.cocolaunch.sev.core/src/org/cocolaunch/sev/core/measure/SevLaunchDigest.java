/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.io.ImageBytes;

/**
 * The SEV / SEV-ES launch digest: one running SHA-256 over the plaintext of every LAUNCH_UPDATE_DATA in command order,
 * then (SEV-ES) every LAUNCH_UPDATE_VMSA page (domain reference §3.1). Optionally keeps a trace of the updates.
 */
public final class SevLaunchDigest {

	/**
	 * One update of the SEV digest.
	 *
	 * @param what        "firmware", "kernel-hashes" or "vmsa"
	 * @param gpa         guest-physical address, or -1 for VMSAs (which have none)
	 * @param length      bytes measured
	 * @param digestAfter SHA-256 state finalized after this update
	 */
	public record Update(String what, long gpa, int length, byte[] digestAfter) {
	}

	private final MessageDigest sha256;
	private final List<Update> trace;

	public SevLaunchDigest(boolean keepTrace) {
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-256", e);
		}
		trace = keepTrace ? new ArrayList<>() : null;
	}

	/** Adds one LAUNCH_UPDATE_DATA / LAUNCH_UPDATE_VMSA input. */
	public void update(String what, long gpa, byte[] data) {
		sha256.update(data);
		if (trace != null) {
			trace.add(new Update(what, gpa, data.length, snapshot()));
		}
	}

	/** Adds one LAUNCH_UPDATE_DATA input given as an image (streamed when the image is read in place). */
	public void update(String what, long gpa, ImageBytes data) {
		data.digest(sha256);
		if (trace != null) {
			trace.add(new Update(what, gpa, Math.toIntExact(data.size()), snapshot()));
		}
	}

	/** The digest so far (the running state is kept). */
	public byte[] digest() {
		return snapshot();
	}

	/** Updates in order (empty unless enabled). */
	public List<Update> trace() {
		return trace == null ? List.of() : List.copyOf(trace);
	}

	private byte[] snapshot() {
		try {
			return ((MessageDigest) sha256.clone()).digest();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-256 digests are cloneable in the JDK", e);
		}
	}
}
