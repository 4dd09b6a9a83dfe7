/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A UEFI device path as text, in the spirit of the UEFI spec's "Device Path Text Representation" (UEFI 2.10 ch. 10.6)
 * for the node types firmware logs in boot events; other nodes print as {@code Path(type,subtype,hex)}. Never
 * throws: a node that does not fit ends the text with {@code …(malformed)}.
 */
public final class DevicePathText {

	private DevicePathText() {
	}

	public static String of(byte[] b, int offset, int length) {
		ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		StringBuilder out = new StringBuilder();
		int p = offset;
		int end = Math.min(b.length, offset + length);
		while (p + 4 <= end) {
			int type = b[p] & 0xFF;
			int sub = b[p + 1] & 0xFF;
			int len = Short.toUnsignedInt(le.getShort(p + 2));
			if (len < 4 || p + len > end) {
				return out.append(out.length() == 0 ? "" : "/").append("…(malformed)").toString();
			}
			if (type == 0x7F) {
				if (sub == 0xFF) {
					break;
				}
				out.append(',');
				p += len;
				continue;
			}
			String node = node(b, le, p, type, sub, len);
			if (out.length() > 0 && out.charAt(out.length() - 1) != ',') {
				out.append('/');
			}
			out.append(node);
			p += len;
		}
		return out.toString();
	}

	private static String node(byte[] b, ByteBuffer le, int p, int type, int sub, int len) {
		int d = p + 4;
		int n = len - 4;
		try {
			switch (type) {
			case 0x01:
				if (sub == 0x01 && n >= 2) {
					return String.format("Pci(0x%x,0x%x)", b[d + 1] & 0xFF, b[d] & 0xFF);
				}
				if (sub == 0x03 && n >= 20) {
					return String.format("MemoryMapped(0x%x,0x%x,0x%x)", le.getInt(d), le.getLong(d + 4), le.getLong(d + 12));
				}
				if (sub == 0x04 && n >= 16) {
					return "VenHw(" + EfiGuids.text(b, d) + ")";
				}
				break;
			case 0x02:
				if (sub == 0x01 && n >= 8) {
					int hid = le.getInt(d);
					int uid = le.getInt(d + 4);
					if (hid == 0x0A0341D0) {
						return String.format("PciRoot(0x%x)", uid);
					}
					if (hid == 0x0A0841D0) {
						return String.format("PcieRoot(0x%x)", uid);
					}
					return String.format("Acpi(PNP%04X,0x%x)", hid >>> 16, uid);
				}
				break;
			case 0x03:
				if (sub == 0x02 && n >= 4) {
					return String.format("Scsi(0x%x,0x%x)", le.getShort(d), le.getShort(d + 2));
				}
				if (sub == 0x05 && n >= 2) {
					return String.format("USB(0x%x,0x%x)", b[d] & 0xFF, b[d + 1] & 0xFF);
				}
				if (sub == 0x0A && n >= 16) {
					return "VenMsg(" + EfiGuids.text(b, d) + ")";
				}
				if (sub == 0x0B && n >= 6) {
					return "MAC(" + HexFormat.of().formatHex(b, d, d + 6) + ")";
				}
				if (sub == 0x12 && n >= 6) {
					return String.format("Sata(0x%x,0x%x,0x%x)", le.getShort(d), le.getShort(d + 2), le.getShort(d + 4));
				}
				if (sub == 0x17 && n >= 12) {
					return String.format("NVMe(0x%x,%016x)", le.getInt(d), Long.reverseBytes(le.getLong(d + 4)));
				}
				if (sub == 0x18) {
					return "Uri(" + new String(b, d, n, StandardCharsets.US_ASCII) + ")";
				}
				break;
			case 0x04:
				if (sub == 0x01 && n >= 38) {
					int format = b[d + 36] & 0xFF;
					String sig = format == 2 ? EfiGuids.text(b, d + 20) : String.format("0x%08x", le.getInt(d + 20));
					return String.format("HD(%d,%s,%s,0x%x,0x%x)", le.getInt(d), format == 2 ? "GPT" : "MBR", sig,
							le.getLong(d + 4), le.getLong(d + 12));
				}
				if (sub == 0x02 && n >= 20) {
					return String.format("CDROM(0x%x,0x%x,0x%x)", le.getInt(d), le.getLong(d + 4), le.getLong(d + 12));
				}
				if (sub == 0x03 && n >= 16) {
					return "VenMedia(" + EfiGuids.text(b, d) + ")";
				}
				if (sub == 0x04) {
					return EventDataDecoder.utf16z(b, d, n);
				}
				if (sub == 0x06 && n >= 16) {
					return "FvFile(" + EfiGuids.text(b, d) + ")";
				}
				if (sub == 0x07 && n >= 16) {
					return "Fv(" + EfiGuids.text(b, d) + ")";
				}
				if (sub == 0x08 && n >= 20) {
					return String.format("Offset(0x%x,0x%x)", le.getLong(d + 4), le.getLong(d + 12));
				}
				break;
			default:
				break;
			}
		} catch (IndexOutOfBoundsException e) {
			// fall through to the generic form
		}
		return String.format("Path(%d,%d,%s)", type, sub, HexFormat.of().formatHex(b, d, d + n));
	}
}
