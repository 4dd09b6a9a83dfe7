/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.List;
import java.util.Map;

/**
 * A parsed CCEL event log: the Spec ID header's digest table and every record, in log order (the header is record
 * 0). Replaying it gives RTMR0–3 ({@link RtmrReplay}).
 *
 * @param name        the file name used in messages
 * @param digestSizes the algorithms the header declares (TPM_ALG_ID → digest size), in header order
 * @param events      every record including the header
 * @param usedBytes   the bytes the records occupy; the rest of the file is padding
 */
public record CcelEventLog(String name, Map<Integer, Integer> digestSizes, List<CcelEvent> events, long usedBytes) {

	public CcelEventLog {
		digestSizes = Map.copyOf(digestSizes);
		events = List.copyOf(events);
	}

	/** The records that extend an RTMR, in log order. */
	public List<CcelEvent> measured() {
		return events.stream().filter(e -> e.rtmr() >= 0).toList();
	}
}
