/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.nio.charset.StandardCharsets;

import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.core.hash.Sha384Hash;

/**
 * MRTD as the TDX module builds it: one running SHA-384 over 128-byte records, finalised by TDH.MR.FINALIZE (TDX
 * module tdh_mem_page_add.c, tdh_mr_extend.c, tdh_mr_finalize.c; domain reference §3.3.1).
 * <ul>
 * <li>PAGE.ADD: bytes 0–11 "MEM.PAGE.ADD", bytes 16–23 the GPA (little endian), the rest zero.</li>
 * <li>MR.EXTEND: a record with "MR.EXTEND" and the GPA laid out the same way, then the 256 bytes of content.</li>
 * </ul>
 * The records go to a {@link Sha384Hash}, which stages them and hashes large blocks (per-call overhead would
 * otherwise dominate 128-byte records); the engine is {@link Sha384Engines#selected()} unless one is given. Measuring
 * allocates nothing.
 */
public final class MrtdAccumulator implements LaunchOperationSink {

	/** Size of one record fed to the hash (one SHA-384 block). */
	public static final int RECORD_SIZE = 128;
	/** Bytes measured by one TDH.MR.EXTEND. */
	public static final int CHUNK_SIZE = 256;
	private static final int GPA_FIELD = 16;

	private final Sha384Hash hash;
	private final byte[] pageAddRecord = record("MEM.PAGE.ADD");
	private final byte[] mrExtendRecord = record("MR.EXTEND");
	private long pageAdds;
	private long mrExtends;

	public MrtdAccumulator() {
		this(Sha384Engines.selected());
	}

	/** An accumulator hashing with {@code engine} (tests and benchmarks compare engines). */
	public MrtdAccumulator(Sha384Engine engine) {
		this.hash = engine.newHash();
	}

	private MrtdAccumulator(MrtdAccumulator other) {
		this.hash = other.hash.copy();
		this.pageAdds = other.pageAdds;
		this.mrExtends = other.mrExtends;
	}

	/** An independent accumulator in the same state (for snapshots of a simulated TD). */
	public MrtdAccumulator copy() {
		return new MrtdAccumulator(this);
	}

	private static byte[] record(String tag) {
		byte[] r = new byte[RECORD_SIZE];
		byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
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
		hash.update(pageAddRecord, 0, RECORD_SIZE);
		pageAdds++;
	}

	@Override
	public void mrExtend(long gpa, byte[] content, int offset) {
		putGpa(mrExtendRecord, gpa);
		hash.update(mrExtendRecord, 0, RECORD_SIZE);
		hash.update(content, offset, CHUNK_SIZE);
		mrExtends++;
	}

	public long pageAdds() {
		return pageAdds;
	}

	public long mrExtends() {
		return mrExtends;
	}

	/** The digest of everything measured so far, as TDH.MR.FINALIZE would fix it now; the accumulator goes on. */
	public byte[] current() {
		return hash.copy().digest();
	}

	/** The MRTD (48 bytes); the accumulator starts over afterwards. */
	public byte[] finish() {
		pageAdds = 0;
		mrExtends = 0;
		return hash.digest();
	}
}
