/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.Map;

/**
 * TCG event types (TCG PC Client Platform Firmware Profile, "Event Types"; UEFI additions from the EFI event base
 * 0x80000000).
 */
public final class EventTypes {

	public static final int EV_PREBOOT_CERT = 0x0;
	public static final int EV_POST_CODE = 0x1;
	public static final int EV_NO_ACTION = 0x3;
	public static final int EV_SEPARATOR = 0x4;
	public static final int EV_ACTION = 0x5;
	public static final int EV_EVENT_TAG = 0x6;
	public static final int EV_S_CRTM_CONTENTS = 0x7;
	public static final int EV_S_CRTM_VERSION = 0x8;
	public static final int EV_CPU_MICROCODE = 0x9;
	public static final int EV_PLATFORM_CONFIG_FLAGS = 0xA;
	public static final int EV_TABLE_OF_DEVICES = 0xB;
	public static final int EV_COMPACT_HASH = 0xC;
	public static final int EV_IPL = 0xD;
	public static final int EV_IPL_PARTITION_DATA = 0xE;
	public static final int EV_NONHOST_CODE = 0xF;
	public static final int EV_NONHOST_CONFIG = 0x10;
	public static final int EV_NONHOST_INFO = 0x11;
	public static final int EV_OMIT_BOOT_DEVICE_EVENTS = 0x12;
	public static final int EV_EFI_VARIABLE_DRIVER_CONFIG = 0x80000001;
	public static final int EV_EFI_VARIABLE_BOOT = 0x80000002;
	public static final int EV_EFI_BOOT_SERVICES_APPLICATION = 0x80000003;
	public static final int EV_EFI_BOOT_SERVICES_DRIVER = 0x80000004;
	public static final int EV_EFI_RUNTIME_SERVICES_DRIVER = 0x80000005;
	public static final int EV_EFI_GPT_EVENT = 0x80000006;
	public static final int EV_EFI_ACTION = 0x80000007;
	public static final int EV_EFI_PLATFORM_FIRMWARE_BLOB = 0x80000008;
	public static final int EV_EFI_HANDOFF_TABLES = 0x80000009;
	public static final int EV_EFI_PLATFORM_FIRMWARE_BLOB2 = 0x8000000A;
	public static final int EV_EFI_HANDOFF_TABLES2 = 0x8000000B;
	public static final int EV_EFI_VARIABLE_BOOT2 = 0x8000000C;
	public static final int EV_EFI_GPT_EVENT2 = 0x8000000D;
	public static final int EV_EFI_HCRTM_EVENT = 0x80000010;
	public static final int EV_EFI_VARIABLE_AUTHORITY = 0x800000E0;
	public static final int EV_EFI_SPDM_FIRMWARE_BLOB = 0x800000E1;
	public static final int EV_EFI_SPDM_FIRMWARE_CONFIG = 0x800000E2;

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(EV_PREBOOT_CERT, "EV_PREBOOT_CERT"),
			Map.entry(EV_POST_CODE, "EV_POST_CODE"), Map.entry(2, "EV_UNUSED"), Map.entry(EV_NO_ACTION, "EV_NO_ACTION"),
			Map.entry(EV_SEPARATOR, "EV_SEPARATOR"), Map.entry(EV_ACTION, "EV_ACTION"),
			Map.entry(EV_EVENT_TAG, "EV_EVENT_TAG"), Map.entry(EV_S_CRTM_CONTENTS, "EV_S_CRTM_CONTENTS"),
			Map.entry(EV_S_CRTM_VERSION, "EV_S_CRTM_VERSION"), Map.entry(EV_CPU_MICROCODE, "EV_CPU_MICROCODE"),
			Map.entry(EV_PLATFORM_CONFIG_FLAGS, "EV_PLATFORM_CONFIG_FLAGS"),
			Map.entry(EV_TABLE_OF_DEVICES, "EV_TABLE_OF_DEVICES"), Map.entry(EV_COMPACT_HASH, "EV_COMPACT_HASH"),
			Map.entry(EV_IPL, "EV_IPL"), Map.entry(EV_IPL_PARTITION_DATA, "EV_IPL_PARTITION_DATA"),
			Map.entry(EV_NONHOST_CODE, "EV_NONHOST_CODE"), Map.entry(EV_NONHOST_CONFIG, "EV_NONHOST_CONFIG"),
			Map.entry(EV_NONHOST_INFO, "EV_NONHOST_INFO"), Map.entry(EV_OMIT_BOOT_DEVICE_EVENTS, "EV_OMIT_BOOT_DEVICE_EVENTS"),
			Map.entry(EV_EFI_VARIABLE_DRIVER_CONFIG, "EV_EFI_VARIABLE_DRIVER_CONFIG"),
			Map.entry(EV_EFI_VARIABLE_BOOT, "EV_EFI_VARIABLE_BOOT"),
			Map.entry(EV_EFI_BOOT_SERVICES_APPLICATION, "EV_EFI_BOOT_SERVICES_APPLICATION"),
			Map.entry(EV_EFI_BOOT_SERVICES_DRIVER, "EV_EFI_BOOT_SERVICES_DRIVER"),
			Map.entry(EV_EFI_RUNTIME_SERVICES_DRIVER, "EV_EFI_RUNTIME_SERVICES_DRIVER"),
			Map.entry(EV_EFI_GPT_EVENT, "EV_EFI_GPT_EVENT"), Map.entry(EV_EFI_ACTION, "EV_EFI_ACTION"),
			Map.entry(EV_EFI_PLATFORM_FIRMWARE_BLOB, "EV_EFI_PLATFORM_FIRMWARE_BLOB"),
			Map.entry(EV_EFI_HANDOFF_TABLES, "EV_EFI_HANDOFF_TABLES"),
			Map.entry(EV_EFI_PLATFORM_FIRMWARE_BLOB2, "EV_EFI_PLATFORM_FIRMWARE_BLOB2"),
			Map.entry(EV_EFI_HANDOFF_TABLES2, "EV_EFI_HANDOFF_TABLES2"),
			Map.entry(EV_EFI_VARIABLE_BOOT2, "EV_EFI_VARIABLE_BOOT2"), Map.entry(EV_EFI_GPT_EVENT2, "EV_EFI_GPT_EVENT2"),
			Map.entry(EV_EFI_HCRTM_EVENT, "EV_EFI_HCRTM_EVENT"),
			Map.entry(EV_EFI_VARIABLE_AUTHORITY, "EV_EFI_VARIABLE_AUTHORITY"),
			Map.entry(EV_EFI_SPDM_FIRMWARE_BLOB, "EV_EFI_SPDM_FIRMWARE_BLOB"),
			Map.entry(EV_EFI_SPDM_FIRMWARE_CONFIG, "EV_EFI_SPDM_FIRMWARE_CONFIG"));

	private EventTypes() {
	}

	/** The type's name, or {@code 0x…} for a type the spec does not define. */
	public static String name(int type) {
		String n = NAMES.get(type);
		return n != null ? n : String.format("0x%08x", type);
	}
}
