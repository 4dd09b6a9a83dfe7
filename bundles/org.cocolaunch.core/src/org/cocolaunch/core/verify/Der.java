/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal DER reader for the few vendor structures the JDK does not decode (AMD's VCEK extensions, Intel's SGX
 * extension in PCK certificates). Throws {@link IllegalArgumentException} on malformed input.
 */
public record Der(int tag, byte[] content, int end) {

	public static final int INTEGER = 0x02;
	public static final int OCTET_STRING = 0x04;
	public static final int OID = 0x06;
	public static final int ENUMERATED = 0x0A;
	public static final int SEQUENCE = 0x30;

	/** The TLV at {@code at}. */
	public static Der read(byte[] d, int at) {
		if (at + 2 > d.length) {
			throw new IllegalArgumentException("DER value truncated at " + at);
		}
		int tag = d[at] & 0xFF;
		int len = d[at + 1] & 0xFF;
		int p = at + 2;
		if (len >= 0x80) {
			int n = len & 0x7F;
			if (n == 0 || n > 3 || p + n > d.length) {
				throw new IllegalArgumentException("bad DER length at " + at);
			}
			len = 0;
			for (int i = 0; i < n; i++) {
				len = len << 8 | d[p++] & 0xFF;
			}
		}
		if (p + len > d.length) {
			throw new IllegalArgumentException("DER value truncated at " + at);
		}
		return new Der(tag, Arrays.copyOfRange(d, p, p + len), p + len);
	}

	/** The TLVs inside a constructed value. */
	public List<Der> children() {
		List<Der> out = new ArrayList<>();
		int at = 0;
		while (at < content.length) {
			Der c = read(content, at);
			out.add(c);
			at = c.end;
		}
		return out;
	}

	public BigInteger integer() {
		if (content.length == 0) {
			throw new IllegalArgumentException("empty INTEGER");
		}
		return new BigInteger(content);
	}

	/** Dotted form of an OBJECT IDENTIFIER. */
	public String oid() {
		StringBuilder s = new StringBuilder();
		long v = 0;
		boolean first = true;
		for (byte b : content) {
			v = v << 7 | b & 0x7F;
			if ((b & 0x80) == 0) {
				if (first) {
					s.append(v < 80 ? v / 40 : 2).append('.').append(v < 80 ? v % 40 : v - 80);
					first = false;
				} else {
					s.append('.').append(v);
				}
				v = 0;
			}
		}
		return s.toString();
	}
}
