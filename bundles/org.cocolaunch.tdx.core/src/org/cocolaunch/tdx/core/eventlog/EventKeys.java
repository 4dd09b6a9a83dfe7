/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import static org.cocolaunch.tdx.core.eventlog.EventTypes.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * What identifies an event when a predicted log is lined up with an observed one: its type plus the part of its data
 * that names it (variable name, table or blob description, action text, tag id), never the measured content.
 */
public final class EventKeys {

	private EventKeys() {
	}

	public static String key(int type, byte[] d) {
		String t = EventTypes.name(type);
		try {
			switch (type) {
			case EV_EFI_VARIABLE_DRIVER_CONFIG, EV_EFI_VARIABLE_BOOT, EV_EFI_VARIABLE_BOOT2, EV_EFI_VARIABLE_AUTHORITY: {
				long chars = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).getLong(16);
				return t + " " + EventDataDecoder.utf16z(d, 32, (int) Math.min(chars * 2, d.length - 32));
			}
			case EV_EFI_HANDOFF_TABLES2:
				return t + " " + new String(d, 1, d[0] & 0xFF, StandardCharsets.US_ASCII).replace("\0", "");
			case EV_EFI_ACTION, EV_ACTION, EV_PLATFORM_CONFIG_FLAGS, EV_IPL:
				return t + " " + EventDataDecoder.text(d);
			case EV_EVENT_TAG:
				return t + String.format(" 0x%08x", ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
			default:
				return t;
			}
		} catch (RuntimeException e) {
			return t;
		}
	}
}
