/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import static org.cocolaunch.tdx.core.eventlog.EventTypes.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes event data into one line for people. Structures: TCG PC Client Platform Firmware Profile (UEFI_VARIABLE_DATA,
 * UEFI_IMAGE_LOAD_EVENT, UEFI_PLATFORM_FIRMWARE_BLOB2, UEFI_HANDOFF_TABLE_POINTERS2, TCG_PCClientTaggedEvent,
 * UEFI_GPT_DATA), UEFI spec (EFI_LOAD_OPTION, device paths). Never throws: data that does not fit its structure is
 * described as such, with its size.
 */
public final class EventDataDecoder {

	/** Tagged-event ids the Linux EFI stub uses (linux drivers/firmware/efi/libstub/efi-stub-helper.c). */
	static final int TAG_LINUX_INITRD = 0x8F3B22EC;
	static final int TAG_LOAD_OPTIONS = 0x8F3B22ED;

	private EventDataDecoder() {
	}

	public static String describe(int type, byte[] d) {
		try {
			return switch (type) {
			case EV_NO_ACTION -> noAction(d);
			case EV_SEPARATOR -> d.length == 4 && le(d).getInt(0) == -1 ? "error separator (0xFFFFFFFF)"
					: "separator " + HexFormat.of().formatHex(d);
			case EV_EFI_VARIABLE_DRIVER_CONFIG, EV_EFI_VARIABLE_BOOT, EV_EFI_VARIABLE_BOOT2, EV_EFI_VARIABLE_AUTHORITY ->
				variable(type, d);
			case EV_EFI_PLATFORM_FIRMWARE_BLOB2 -> blob2(d);
			case EV_EFI_PLATFORM_FIRMWARE_BLOB -> d.length >= 16
					? String.format("firmware blob at 0x%x, 0x%x bytes", le(d).getLong(0), le(d).getLong(8)) : size(d);
			case EV_EFI_HANDOFF_TABLES2 -> handoff2(d);
			case EV_EFI_HANDOFF_TABLES -> d.length >= 8 ? le(d).getLong(0) + " configuration table(s)" : size(d);
			case EV_EFI_BOOT_SERVICES_APPLICATION, EV_EFI_BOOT_SERVICES_DRIVER, EV_EFI_RUNTIME_SERVICES_DRIVER -> image(d);
			case EV_EVENT_TAG -> tag(d);
			case EV_IPL -> "\"" + text(d) + "\"";
			case EV_EFI_ACTION, EV_ACTION, EV_S_CRTM_VERSION, EV_POST_CODE -> "\"" + text(d) + "\"";
			case EV_PLATFORM_CONFIG_FLAGS -> {
				String t = text(d);
				yield t.equals("ACPI DATA") ? "\"ACPI DATA\" (an ACPI blob of QEMU's table loader, measured by OVMF)"
						: "\"" + t + "\"";
			}
			case EV_EFI_GPT_EVENT, EV_EFI_GPT_EVENT2 -> gpt(d);
			default -> size(d) + (printable(d) ? " \"" + text(d) + "\"" : "");
			};
		} catch (RuntimeException e) {
			return "malformed " + EventTypes.name(type) + " data, " + size(d);
		}
	}

	private static ByteBuffer le(byte[] d) {
		return ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static String size(byte[] d) {
		return d.length + " bytes";
	}

	private static boolean printable(byte[] d) {
		int n = d.length;
		while (n > 0 && d[n - 1] == 0) {
			n--;
		}
		if (n == 0) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			int c = d[i] & 0xFF;
			if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	/** ASCII/UTF-8 text without its trailing NULs; UTF-16LE when every other byte is zero. */
	static String text(byte[] d) {
		if (d.length >= 4 && d.length % 2 == 0 && d[1] == 0 && d[3] == 0 && d[0] != 0) {
			return utf16z(d, 0, d.length);
		}
		int n = d.length;
		while (n > 0 && d[n - 1] == 0) {
			n--;
		}
		return new String(d, 0, n, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\t", "\\t");
	}

	/** UTF-16LE text of {@code n} bytes at {@code at}, ending at the first NUL. */
	static String utf16z(byte[] d, int at, int n) {
		StringBuilder s = new StringBuilder();
		for (int i = at; i + 1 < at + n && i + 1 < d.length; i += 2) {
			char c = (char) ((d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8);
			if (c == 0) {
				break;
			}
			s.append(c);
		}
		return s.toString();
	}

	private static String noAction(byte[] d) {
		if (d.length >= 16 && new String(d, 0, 15, StandardCharsets.US_ASCII).equals("Spec ID Event03")) {
			ByteBuffer b = le(d);
			StringBuilder s = new StringBuilder("Spec ID Event03, spec ").append(d[21] & 0xFF).append('.')
					.append(d[20] & 0xFF).append(", algorithms");
			long n = Integer.toUnsignedLong(b.getInt(24));
			for (int i = 0; i < n && 28 + 4 * i + 4 <= d.length; i++) {
				int alg = Short.toUnsignedInt(b.getShort(28 + 4 * i));
				s.append(' ').append(alg == 0x0C ? "SHA-384" : alg == 0x0B ? "SHA-256" : alg == 0x04 ? "SHA-1"
						: alg == 0x0D ? "SHA-512" : String.format("0x%04x", alg));
			}
			return s.toString();
		}
		if (d.length >= 16 && new String(d, 0, 15, StandardCharsets.US_ASCII).equals("StartupLocality")) {
			return "StartupLocality " + (d.length > 16 ? d[16] & 0xFF : -1);
		}
		return size(d) + (printable(d) ? " \"" + text(d) + "\"" : "");
	}

	private static String variable(int type, byte[] d) {
		ByteBuffer b = le(d);
		String guid = EfiGuids.text(d, 0);
		long nameChars = b.getLong(16);
		long dataLen = b.getLong(24);
		if (nameChars < 0 || dataLen < 0 || 32 + nameChars * 2 + dataLen > d.length) {
			return "UEFI_VARIABLE_DATA that does not fit its " + d.length + " bytes";
		}
		String name = utf16z(d, 32, (int) nameChars * 2);
		int at = 32 + (int) nameChars * 2;
		String known = EfiGuids.name(guid);
		StringBuilder s = new StringBuilder(name).append(" {").append(guid).append(known == null ? "" : " " + known)
				.append("}");
		if (dataLen == 0) {
			return s.append(", no data (variable absent)").toString();
		}
		s.append(", ").append(dataLen).append(" bytes");
		if (type == EV_EFI_VARIABLE_DRIVER_CONFIG && dataLen == 1) {
			s.append(": ").append(d[at] & 0xFF);
		} else if (name.equals("BootOrder")) {
			s.append(":");
			for (int i = 0; i + 1 < dataLen; i += 2) {
				s.append(String.format(" %04X", b.getShort(at + i) & 0xFFFF));
			}
		} else if (name.matches("Boot[0-9A-Fa-f]{4}") && dataLen >= 6) {
			int pathLen = Short.toUnsignedInt(b.getShort(at + 4));
			int descStart = at + 6;
			String desc = utf16z(d, descStart, (int) dataLen - 6);
			int pathAt = descStart + (desc.length() + 1) * 2;
			s.append(": \"").append(desc).append('"');
			if (pathAt + pathLen <= at + dataLen) {
				s.append(' ').append(DevicePathText.of(d, pathAt, pathLen));
			}
		} else if (type == EV_EFI_VARIABLE_AUTHORITY && dataLen >= 16) {
			s.append(", signature owner {").append(EfiGuids.text(d, at)).append('}');
		}
		return s.toString();
	}

	private static String blob2(byte[] d) {
		int n = d[0] & 0xFF;
		ByteBuffer b = le(d);
		String desc = new String(d, 1, n, StandardCharsets.US_ASCII).replace("\0", "");
		return String.format("\"%s\" at 0x%x, 0x%x bytes", desc, b.getLong(1 + n), b.getLong(9 + n));
	}

	private static String handoff2(byte[] d) {
		int n = d[0] & 0xFF;
		ByteBuffer b = le(d);
		String desc = new String(d, 1, n, StandardCharsets.US_ASCII).replace("\0", "");
		long count = b.getLong(1 + n);
		StringBuilder s = new StringBuilder("\"").append(desc).append("\", ").append(count).append(" table(s)");
		for (int i = 0; i < count && 9 + n + 24 * (i + 1) <= d.length; i++) {
			int at = 9 + n + 24 * i;
			String g = EfiGuids.text(d, at);
			String known = EfiGuids.name(g);
			s.append(String.format(" {%s%s} at 0x%x", g, known == null ? "" : " " + known, b.getLong(at + 16)));
		}
		return s.toString();
	}

	private static String image(byte[] d) {
		ByteBuffer b = le(d);
		long pathLen = b.getLong(24);
		String path = pathLen > 0 && 32 + pathLen <= d.length ? DevicePathText.of(d, 32, (int) pathLen) : "";
		return String.format("image at 0x%x, %d bytes%s", b.getLong(0), b.getLong(8), path.isEmpty() ? "" : ", " + path);
	}

	private static String tag(byte[] d) {
		ByteBuffer b = le(d);
		int id = b.getInt(0);
		long n = Integer.toUnsignedLong(b.getInt(4));
		String text = n <= d.length - 8 ? text(java.util.Arrays.copyOfRange(d, 8, 8 + (int) n)) : "";
		String meaning = id == TAG_LOAD_OPTIONS ? " (Linux EFI stub: the kernel command line as LoadOptions)"
				: id == TAG_LINUX_INITRD ? " (Linux EFI stub: the initrd)" : "";
		return String.format("tag 0x%08x \"%s\"%s", id, text, meaning);
	}

	private static String gpt(byte[] d) {
		ByteBuffer b = le(d);
		if (d.length < 92 + 8 || !new String(d, 0, 8, StandardCharsets.US_ASCII).equals("EFI PART")) {
			return "GPT data, " + size(d);
		}
		long parts = b.getLong(92);
		return String.format("GPT of disk {%s}, %d partition(s)", EfiGuids.text(d, 56), parts);
	}
}
