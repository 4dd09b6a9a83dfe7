/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.tdx.core.measure.RtmrBank;

/** Replays a CCEL log: every record with MR index 1..4 extends RTMR0..3 with its SHA-384 digest, in log order. */
public final class RtmrReplay {

	private RtmrReplay() {
	}

	/** RTMR0..3 after the whole log. */
	public static List<byte[]> replay(CcelEventLog log) {
		RtmrBank bank = new RtmrBank();
		for (CcelEvent e : log.events()) {
			if (e.rtmr() >= 0) {
				bank.extend(e.rtmr(), e.sha384());
			}
		}
		List<byte[]> r = new ArrayList<>();
		for (int i = 0; i < RtmrBank.COUNT; i++) {
			r.add(bank.value(i));
		}
		return r;
	}
}
