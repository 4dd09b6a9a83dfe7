/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.hashes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.cocolaunch.sev.core.InputFiles;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.ovmf.Guid;

/**
 * The kernel/initrd/cmdline hash table QEMU writes for measured direct boot (QEMU {@code build_kernel_loader_hashes};
 * domain reference §3.2.5). Layout: table GUID, u16 length 168, then three entries {GUID, u16 50, SHA-256} for the
 * command line, the initrd and the kernel; padded with zeros to 176 bytes.
 */
public final class KernelHashTable {

	static final Guid TABLE = Guid.parse("9438d606-4f22-4cc9-b479-a793d411fd21");
	static final Guid CMDLINE = Guid.parse("97d02dd8-bd20-4c94-aa78-e7714d36ab2a");
	static final Guid INITRD = Guid.parse("44baf731-3a2f-4bd7-9af1-41e29169781d");
	static final Guid KERNEL = Guid.parse("4de79437-abd2-427f-b835-d5b172d2045b");

	/** Size of one entry: GUID, u16 length, SHA-256. */
	public static final int ENTRY_SIZE = 16 + 2 + 32;
	/** Unpadded table size (168). */
	public static final int TABLE_SIZE = 16 + 2 + 3 * ENTRY_SIZE;
	/** Table size padded to 16 bytes (176); this is what SEV/SEV-ES measure. */
	public static final int PADDED_SIZE = (TABLE_SIZE + 15) & ~15;
	/** SNP measures the table inside a full page. */
	public static final int PAGE_SIZE = 4096;

	private final byte[] cmdlineHash;
	private final byte[] initrdHash;
	private final byte[] kernelHash;

	private KernelHashTable(byte[] cmdlineHash, byte[] initrdHash, byte[] kernelHash) {
		this.cmdlineHash = cmdlineHash;
		this.initrdHash = initrdHash;
		this.kernelHash = kernelHash;
	}

	/**
	 * Hashes the inputs the way QEMU does: the whole bzImage (setup + kernel), the initrd (absent = empty), and the
	 * command line with its trailing NUL (absent or empty = the single byte 0).
	 */
	public static KernelHashTable of(byte[] kernel, byte[] initrd, String cmdline) {
		return ofCmdlineBytes(kernel, initrd, cmdline == null ? null : cmdline.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * As {@link #of(byte[], byte[], String)}, from the files: the kernel and initrd (null = absent) are hashed as they
	 * are read, never held whole; the command line is the bytes the kernel gets (QEMU copies {@code -append} as
	 * given, whatever its encoding), {@code null} hashing as the single byte 0.
	 */
	public static KernelHashTable ofFiles(Path kernel, Path initrd, byte[] cmdline) throws SevInputException {
		byte[] kernelHash = InputFiles.sha256(kernel, "kernel");
		byte[] initrdHash = initrd == null ? sha256(new byte[0]) : InputFiles.sha256(initrd, "initrd");
		return new KernelHashTable(sha256(cmdlineWithNul(cmdline)), initrdHash, kernelHash);
	}

	/**
	 * As {@link #of(byte[], byte[], String)} with the command line as the bytes the kernel gets (QEMU copies
	 * {@code -append} as given, whatever its encoding); {@code null} hashes as the single byte 0.
	 */
	public static KernelHashTable ofCmdlineBytes(byte[] kernel, byte[] initrd, byte[] cmdline) {
		return new KernelHashTable(sha256(cmdlineWithNul(cmdline)), sha256(initrd == null ? new byte[0] : initrd),
				sha256(kernel));
	}

	/** The command line as QEMU hashes it: its bytes with a trailing NUL (absent or empty = the single byte 0). */
	private static byte[] cmdlineWithNul(byte[] cmdline) {
		byte[] cmd = cmdline == null ? new byte[0] : cmdline;
		byte[] withNul = new byte[cmd.length + 1];
		System.arraycopy(cmd, 0, withNul, 0, cmd.length);
		return withNul;
	}

	/** The 176-byte padded table. */
	public byte[] table() {
		ByteBuffer b = ByteBuffer.allocate(PADDED_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		b.put(TABLE.bytes()).putShort((short) TABLE_SIZE);
		entry(b, CMDLINE, cmdlineHash);
		entry(b, INITRD, initrdHash);
		entry(b, KERNEL, kernelHash);
		return b.array();
	}

	/** A 4 KiB page of zeros with the padded table at {@code offsetInPage} (SNP KERNEL_HASHES page). */
	public byte[] page(int offsetInPage) {
		if (offsetInPage < 0 || offsetInPage + PADDED_SIZE > PAGE_SIZE) {
			throw new IllegalArgumentException("hash table offset 0x" + Integer.toHexString(offsetInPage)
					+ " does not fit in a page");
		}
		byte[] page = new byte[PAGE_SIZE];
		System.arraycopy(table(), 0, page, offsetInPage, PADDED_SIZE);
		return page;
	}

	public byte[] cmdlineHash() {
		return cmdlineHash.clone();
	}

	public byte[] initrdHash() {
		return initrdHash.clone();
	}

	public byte[] kernelHash() {
		return kernelHash.clone();
	}

	private static void entry(ByteBuffer b, Guid guid, byte[] hash) {
		b.put(guid.bytes()).putShort((short) ENTRY_SIZE).put(hash);
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-256", e);
		}
	}
}
