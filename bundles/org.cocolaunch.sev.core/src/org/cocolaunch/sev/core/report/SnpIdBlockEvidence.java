/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.core.sim.IdBlockCodec;

/**
 * An SNP ID block file as {@link DecodedEvidence}: the 96 raw bytes, or their base64 text as QEMU's
 * {@code sev-snp-guest,id-block=} takes it. Its LD is the launch digest the guest owner expects, compared with the
 * session's MEASUREMENT.
 */
public final class SnpIdBlockEvidence {

	private SnpIdBlockEvidence() {
	}

	/** The decoded ID block, or null when {@code data} is neither 96 bytes nor base64 of 96 bytes. */
	public static DecodedEvidence decode(byte[] data) {
		byte[] block = data.length == IdBlockCodec.ID_BLOCK_SIZE ? data : fromBase64(data);
		if (block == null) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
		byte[] ld = Arrays.copyOfRange(block, 0x00, 0x30);
		HexFormat hex = HexFormat.of();
		List<StateField> fields = new ArrayList<>();
		fields.add(StateField.at("LD", hex.formatHex(ld), 0x00, 48));
		fields.add(StateField.at("FAMILY_ID", hex.formatHex(block, 0x30, 0x40), 0x30, 16));
		fields.add(StateField.at("IMAGE_ID", hex.formatHex(block, 0x40, 0x50), 0x40, 16));
		fields.add(StateField.at("VERSION", Integer.toUnsignedString(in.getInt(0x50)), 0x50, 4));
		fields.add(StateField.at("GUEST_SVN", Integer.toUnsignedString(in.getInt(0x54)), 0x54, 4));
		fields.add(StateField.at("POLICY", "0x" + Long.toHexString(in.getLong(0x58)), 0x58, 8));
		return new DecodedEvidence("SEV-SNP ID block", fields, SnpReportEvidence.REGISTER, ld);
	}

	private static byte[] fromBase64(byte[] data) {
		if (data.length > 200) {
			return null;
		}
		try {
			byte[] decoded = Base64.getDecoder().decode(new String(data, StandardCharsets.US_ASCII).strip());
			return decoded.length == IdBlockCodec.ID_BLOCK_SIZE ? decoded : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
