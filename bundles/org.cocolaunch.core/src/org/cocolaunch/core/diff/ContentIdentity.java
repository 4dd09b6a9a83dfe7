/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

import java.util.Locale;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.ContentSource;

/**
 * What identifies the bytes of a page range for comparison: the recorded digest, else the SHA-256 of inline or
 * generated data, else where the bytes come from (input, offset, length). Null when the range has no content source
 * (unbound).
 */
final class ContentIdentity {

	private ContentIdentity() {
	}

	static String of(ContentSource source) {
		if (source == null) {
			return null;
		}
		if (source.getDigest() != null && !source.getDigest().isEmpty()) {
			return source.getDigest();
		}
		if (source.getData() != null) {
			return PlanInputs.sha256(source.getData());
		}
		return switch (source.getKind()) {
		case NONE -> "none";
		default -> source.getKind().getLiteral().toLowerCase(Locale.ROOT) + ":" + source.getInput() + "@0x"
				+ Long.toHexString(source.getOffset()) + "+0x" + Long.toHexString(source.getLength());
		};
	}

	/** Whether two sources may be compared: both bound (an unbound side is not a difference). */
	static boolean comparable(ContentSource a, ContentSource b) {
		return a != null && b != null;
	}
}
