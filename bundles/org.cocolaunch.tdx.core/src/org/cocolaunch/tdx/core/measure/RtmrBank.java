/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.security.MessageDigest;

import org.cocolaunch.tdx.core.Sha384;

/**
 * The four runtime measurement registers. They start as 48 zero bytes; TDG.MR.RTMR.EXTEND sets
 * {@code RTMR[i] := SHA-384(RTMR[i] || data48)} (TDX module tdg_mr_rtmr_extend.c; domain reference §3.3.3).
 */
public final class RtmrBank {

	public static final int COUNT = 4;

	private final byte[][] registers = new byte[COUNT][Sha384.LENGTH];
	private final MessageDigest md = Sha384.newDigest();

	public void extend(int index, byte[] digest48) {
		if (digest48.length != Sha384.LENGTH) {
			throw new IllegalArgumentException("RTMR extend data must be 48 bytes, got " + digest48.length);
		}
		md.update(registers[index]);
		md.update(digest48);
		registers[index] = md.digest();
	}

	public void extend(RtmrEvent event) {
		extend(event.rtmr(), event.digest());
	}

	public byte[] value(int index) {
		return registers[index].clone();
	}
}
