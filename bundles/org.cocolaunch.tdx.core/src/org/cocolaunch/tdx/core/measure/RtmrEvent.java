/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One event the guest extends into an RTMR: {@code RTMR[rtmr] := SHA-384(RTMR[rtmr] || digest)}.
 *
 * @param rtmr   register index 0..3 (RTMR0 = PCR 1/7, RTMR1 = PCR 2–6, RTMR2 = PCR 8–15; td-shim spec table 3.5-3)
 * @param name   short event name: td_hob, cfv, kernel, cmdline, initrd
 * @param digest SHA-384 of the event data (48 bytes; copied)
 */
public record RtmrEvent(int rtmr, String name, byte[] digest) {

	public RtmrEvent {
		if (rtmr < 0 || rtmr > 3) {
			throw new IllegalArgumentException("RTMR index " + rtmr);
		}
		digest = digest.clone();
	}

	@Override
	public byte[] digest() {
		return digest.clone();
	}

	public String digestHex() {
		return HexFormat.of().formatHex(digest);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RtmrEvent e && e.rtmr == rtmr && e.name.equals(name) && Arrays.equals(e.digest, digest);
	}

	@Override
	public int hashCode() {
		return (rtmr * 31 + name.hashCode()) * 31 + Arrays.hashCode(digest);
	}

	@Override
	public String toString() {
		return "RtmrEvent[rtmr" + rtmr + " " + name + " " + digestHex() + "]";
	}
}
