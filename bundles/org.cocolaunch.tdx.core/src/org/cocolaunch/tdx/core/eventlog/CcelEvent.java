/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.HexFormat;

/**
 * One record of a CCEL log (TCG_PCR_EVENT2 in crypto-agile form).
 *
 * @param index   position in the log, 0 = the Spec ID header event
 * @param offset  byte offset of the record in the file
 * @param mrIndex the CC measurement-register index as logged: 0 = MRTD, 1..4 = RTMR0..3 (UEFI CC measurement protocol,
 *                td-shim spec table 3.5-3)
 * @param type    TCG event type
 * @param sha384  the SHA-384 digest of the record (the one that is extended), or null when the record has none
 * @param data    the event data (copied)
 */
public record CcelEvent(int index, long offset, long mrIndex, int type, byte[] sha384, byte[] data) {

	public CcelEvent {
		sha384 = sha384 == null ? null : sha384.clone();
		data = data.clone();
	}

	@Override
	public byte[] sha384() {
		return sha384 == null ? null : sha384.clone();
	}

	@Override
	public byte[] data() {
		return data.clone();
	}

	/** The RTMR this record extends (0..3), or -1 when it extends none (EV_NO_ACTION, MR index 0 or above 4). */
	public int rtmr() {
		if (type == EventTypes.EV_NO_ACTION || mrIndex < 1 || mrIndex > 4 || sha384 == null) {
			return -1;
		}
		return (int) mrIndex - 1;
	}

	public String typeName() {
		return EventTypes.name(type);
	}

	public String digestHex() {
		return sha384 == null ? "" : HexFormat.of().formatHex(sha384);
	}

	/** The decoded event data in one line (variable name and GUID, device path, command line, …). */
	public String description() {
		return EventDataDecoder.describe(type, data);
	}
}
