/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.security.MessageDigest;

import org.cocolaunch.tdx.core.Sha384;

/**
 * MRTD as the TDX module builds it: one running SHA-384 over 128-byte records, finalised by TDH.MR.FINALIZE (TDX
 * module tdh_mem_page_add.c, tdh_mr_extend.c, tdh_mr_finalize.c; domain reference §3.3.1).
 * <ul>
 * <li>PAGE.ADD: bytes 0–11 "MEM.PAGE.ADD", bytes 16–23 the GPA (little endian), the rest zero.</li>
 * <li>MR.EXTEND: a record with "MR.EXTEND" and the GPA laid out the same way, then the 256 bytes of content.</li>
 * </ul>
 * Records are staged in one reused buffer and hashed {@value #STAGING_SIZE} bytes at a time: one large update keeps
 * the JDK's SHA-512 intrinsic busy instead of paying call overhead per 128-byte record. Measuring allocates nothing.
 */
public final class MrtdAccumulator implements LaunchOperationSink {

	/** Size of one record fed to the hash (one SHA-384 block). */
	public static final int RECORD_SIZE = 128;
	/** Bytes measured by one TDH.MR.EXTEND. */
	public static final int CHUNK_SIZE = 256;
	private static final int GPA_FIELD = 16;
	/** Bytes hashed per MessageDigest update; a multiple of the 128-byte record size. */
	static final int STAGING_SIZE = 16 * 1024;

	private final MessageDigest digest;
	private final byte[] pageAddRecord = record("MEM.PAGE.ADD");
	private final byte[] mrExtendRecord = record("MR.EXTEND");
	private final byte[] staging = new byte[STAGING_SIZE];
	private int staged;
	private long pageAdds;
	private long mrExtends;

	public MrtdAccumulator() {
		this.digest = Sha384.newDigest();
	}

	private MrtdAccumulator(MrtdAccumulator other) {
		this.digest = cloneOf(other.digest);
		System.arraycopy(other.staging, 0, staging, 0, other.staged);
		this.staged = other.staged;
		this.pageAdds = other.pageAdds;
		this.mrExtends = other.mrExtends;
	}

	/** An independent accumulator in the same state (for snapshots of a simulated TD). */
	public MrtdAccumulator copy() {
		return new MrtdAccumulator(this);
	}

	private static MessageDigest cloneOf(MessageDigest md) {
		try {
			return (MessageDigest) md.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("the Java runtime's SHA-384 cannot be cloned", e);
		}
	}

	private static byte[] record(String tag) {
		byte[] r = new byte[RECORD_SIZE];
		byte[] t = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(t, 0, r, 0, t.length);
		return r;
	}

	private static void putGpa(byte[] record, long gpa) {
		for (int i = 0; i < 8; i++) {
			record[GPA_FIELD + i] = (byte) (gpa >>> (8 * i));
		}
	}

	@Override
	public void pageAdd(long gpa, int section) {
		putGpa(pageAddRecord, gpa);
		stage(pageAddRecord, 0, RECORD_SIZE);
		pageAdds++;
	}

	@Override
	public void mrExtend(long gpa, byte[] content, int offset) {
		putGpa(mrExtendRecord, gpa);
		stage(mrExtendRecord, 0, RECORD_SIZE);
		stage(content, offset, CHUNK_SIZE);
		mrExtends++;
	}

	private void stage(byte[] data, int offset, int length) {
		if (staged + length > STAGING_SIZE) {
			flush();
		}
		System.arraycopy(data, offset, staging, staged, length);
		staged += length;
	}

	private void flush() {
		digest.update(staging, 0, staged);
		staged = 0;
	}

	public long pageAdds() {
		return pageAdds;
	}

	public long mrExtends() {
		return mrExtends;
	}

	/** The digest of everything measured so far, as TDH.MR.FINALIZE would fix it now; the accumulator goes on. */
	public byte[] current() {
		MessageDigest md = cloneOf(digest);
		md.update(staging, 0, staged);
		return md.digest();
	}

	/** The MRTD (48 bytes); the accumulator starts over afterwards. */
	public byte[] finish() {
		flush();
		pageAdds = 0;
		mrExtends = 0;
		return digest.digest();
	}
}
