/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.model;

import java.util.HexFormat;

import org.eclipse.emf.common.util.Enumerator;

/** How values read in the Variables and Registers views: addresses and sizes in hex, digests as hex strings. */
final class ValueText {

	/** Longer byte arrays (page contents, VMSA blobs) show their length and first bytes only. */
	private static final int MAX_BYTES = 64;

	private ValueText() {
	}

	static String of(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof byte[] bytes) {
			return hex(bytes);
		}
		if (value instanceof Long l) {
			return "0x" + Long.toHexString(l.longValue());
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		return String.valueOf(value);
	}

	static String hex(byte[] bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes.length <= MAX_BYTES) {
			return HexFormat.of().formatHex(bytes);
		}
		return bytes.length + " bytes: " + HexFormat.of().formatHex(bytes, 0, 32) + "\u2026";
	}
}
