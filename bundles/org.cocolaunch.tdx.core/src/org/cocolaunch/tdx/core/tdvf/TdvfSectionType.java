/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

/**
 * TDVF metadata section types (Intel TDVF Design Guide, table "TDVF_SECTION.Type"; td-shim spec
 * "Metadata"; QEMU hw/i386/tdvf.h). QEMU launches only the first four; the others appear in td-shim images.
 */
public enum TdvfSectionType {
	/** 0: boot firmware volume, the code; copied from the image. */
	BFV(0, true),
	/** 1: configuration firmware volume (UEFI variables); copied from the image. */
	CFV(1, true),
	/** 2: the TD HOB the VMM builds; no image data. */
	TD_HOB(2, false),
	/** 3: temporary memory the firmware uses before memory is accepted; zero-filled. */
	TEMP_MEM(3, false),
	/** 4: permanent memory, normally added later with PAGE.AUG. */
	PERM_MEM(4, false),
	/** 5: payload (td-shim: e.g. a kernel) copied from the image. */
	PAYLOAD(5, true),
	/** 6: payload parameters (td-shim: e.g. a command line). */
	PAYLOAD_PARAM(6, false),
	/** 7: TD_INFO (td-shim, newer spec). */
	TD_INFO(7, false),
	/** 8: TD_PARAMS (td-shim, newer spec). */
	TD_PARAMS(8, false);

	private final int code;
	private final boolean imageBacked;

	TdvfSectionType(int code, boolean imageBacked) {
		this.code = code;
		this.imageBacked = imageBacked;
	}

	/** The numeric Type field. */
	public int code() {
		return code;
	}

	/** Whether sections of this type normally carry bytes from the image (RawDataSize &gt; 0). */
	public boolean imageBacked() {
		return imageBacked;
	}

	/** Whether QEMU's TDVF loader accepts this type (hw/i386/tdvf.c accepts BFV, CFV, TD_HOB, TempMem only). */
	public boolean launchableByQemu() {
		return code <= 3;
	}

	/** The type with {@code code}, or null when the code is not defined. */
	public static TdvfSectionType ofCode(long code) {
		for (TdvfSectionType t : values()) {
			if (t.code == code) {
				return t;
			}
		}
		return null;
	}
}
