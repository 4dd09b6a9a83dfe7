/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.Map;

/** EFI GUIDs in event data: text form (mixed-endian as EFI_GUID is laid out) and the names of well-known ones. */
public final class EfiGuids {

	public static final String EFI_GLOBAL_VARIABLE = "8be4df61-93ca-11d2-aa0d-00e098032b8c";
	public static final String IMAGE_SECURITY_DATABASE = "d719b2cb-3d3a-4596-a3bc-dad00e67656f";

	private static final Map<String, String> NAMES = Map.of(EFI_GLOBAL_VARIABLE, "EFI global variable",
			IMAGE_SECURITY_DATABASE, "image security database", "605dab50-e046-4300-abb6-3dd810dd8b23", "shim",
			"1428f772-b64a-441e-b8c3-9ebdd7f893c7", "QEMU kernel loader file system",
			"7739f24c-93d7-11d4-9a3a-0090273fc14d", "HOB list");

	private EfiGuids() {
	}

	/** The GUID stored at {@code at} (16 bytes: u32, u16, u16 little endian, then 8 bytes in order). */
	public static String text(byte[] b, int at) {
		return String.format("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[at + 3], b[at + 2],
				b[at + 1], b[at], b[at + 5], b[at + 4], b[at + 7], b[at + 6], b[at + 8], b[at + 9], b[at + 10], b[at + 11],
				b[at + 12], b[at + 13], b[at + 14], b[at + 15]);
	}

	/** The bytes of {@code guid} as EFI stores them. */
	public static byte[] bytes(String guid) {
		String h = guid.replace("-", "");
		byte[] r = new byte[16];
		for (int i = 0; i < 16; i++) {
			r[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
		}
		byte[] out = r.clone();
		out[0] = r[3];
		out[1] = r[2];
		out[2] = r[1];
		out[3] = r[0];
		out[4] = r[5];
		out[5] = r[4];
		out[6] = r[7];
		out[7] = r[6];
		return out;
	}

	/** A name for a well-known GUID, or null. */
	public static String name(String guid) {
		return NAMES.get(guid);
	}
}
