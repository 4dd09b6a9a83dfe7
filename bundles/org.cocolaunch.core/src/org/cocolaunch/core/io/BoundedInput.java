/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;

/**
 * The one way to read a file a user named: the file's type is checked before it is opened (a FIFO would block the
 * open, a device never ends), only regular files are accepted, and no more than the {@link InputKind}'s limit is
 * read. Every refusal is an {@link InputFileException} whose one-line message starts with the path as given, e.g.
 * {@code in.log: is a FIFO, expected a regular file} or
 * {@code big.img: 3000000000 bytes, more than a kernel may have (limit 1 GiB)}.
 */
public final class BoundedInput {

	/**
	 * Read size when a file is streamed into a digest ({@link #digest}, {@link ImageBytes#digest}): large enough for
	 * few system calls, small enough to stay in the caches.
	 */
	static final int DIGEST_SLICE = 256 * 1024;

	// st_mode file types (POSIX, <sys/stat.h>)
	private static final int S_IFMT = 0170000;
	private static final int S_IFSOCK = 0140000;
	private static final int S_IFBLK = 0060000;
	private static final int S_IFCHR = 0020000;
	private static final int S_IFIFO = 0010000;

	/** The largest Java array (some VMs reserve header words). */
	static final long MAX_ARRAY = Integer.MAX_VALUE - 64L;

	private BoundedInput() {
	}

	/**
	 * Checks that {@code file} is a regular file within the kind's limit, without opening it; returns its size.
	 */
	public static long check(Path file, InputKind kind) throws InputFileException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException | SecurityException e) {
			throw failure(file, e);
		}
		if (!attributes.isRegularFile()) {
			throw new InputFileException(file, "is " + typeOf(file, attributes) + ", expected a regular file");
		}
		long size = attributes.size();
		if (size > kind.limit()) {
			throw tooLarge(file, kind, size);
		}
		return size;
	}

	/** The whole file, at most the kind's limit (and at most what one Java array holds). */
	public static byte[] readAll(Path file, InputKind kind) throws InputFileException {
		long size = check(file, kind);
		long limit = Math.min(kind.limit(), MAX_ARRAY);
		if (size > limit) {
			throw new InputFileException(file, size + " bytes, more than can be read whole (limit "
					+ sizeText(limit) + ")");
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] data = in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY));
			if (data.length > limit) {
				throw new InputFileException(file, "grew past " + sizeText(limit) + " while being read (limit for "
						+ kind.withArticle() + ")");
			}
			return data;
		} catch (InputFileException e) {
			throw e;
		} catch (IOException | SecurityException e) {
			throw failure(file, e);
		} catch (OutOfMemoryError e) {
			throw new InputFileException(file, "out of memory reading " + size + " bytes (Java heap "
					+ sizeText(Runtime.getRuntime().maxMemory()) + ")");
		}
	}

	/**
	 * A stream over the file that fails with an {@link InputFileException} (naming the limit) once more than the
	 * kind's limit has been read; for inputs read piece by piece (logs line by line).
	 */
	public static InputStream open(Path file, InputKind kind) throws InputFileException {
		check(file, kind);
		InputStream in;
		try {
			in = Files.newInputStream(file);
		} catch (IOException | SecurityException e) {
			throw failure(file, e);
		}
		return new LimitedStream(in, file, kind);
	}

	/**
	 * Feeds the whole file to {@code digest} as it is read, 256 KiB at a time, so a kernel or initrd is hashed without
	 * being held in memory; the same checks and limit as {@link #open}. Returns the number of bytes read.
	 */
	public static long digest(Path file, InputKind kind, MessageDigest digest) throws InputFileException {
		try (InputStream in = open(file, kind)) {
			byte[] slice = new byte[DIGEST_SLICE];
			long size = 0;
			for (int n = in.read(slice); n >= 0; n = in.read(slice)) {
				digest.update(slice, 0, n);
				size += n;
			}
			return size;
		} catch (IOException e) {
			throw failure(file, e);
		}
	}

	/** A channel for reading the file in place (positional reads), after the same checks. */
	public static FileChannel openChannel(Path file, InputKind kind) throws InputFileException {
		check(file, kind);
		try {
			return FileChannel.open(file, StandardOpenOption.READ);
		} catch (IOException | SecurityException e) {
			throw failure(file, e);
		}
	}

	/** One line for an I/O failure on {@code file}, without exception class names. */
	public static InputFileException failure(Path file, Throwable e) {
		if (e instanceof InputFileException ife) {
			return ife;
		}
		String why;
		if (e instanceof NoSuchFileException) {
			why = "no such file";
		} else if (e instanceof AccessDeniedException) {
			why = "permission denied";
		} else if (e instanceof NotDirectoryException) {
			why = "a parent is not a directory";
		} else if (e instanceof FileSystemException fse && fse.getReason() != null) {
			why = fse.getReason();
		} else if (e instanceof SecurityException) {
			why = "permission denied";
		} else {
			why = e.getMessage() == null ? "cannot read" : firstLine(e.getMessage());
		}
		return new InputFileException(file, why, e);
	}

	/** "a directory", "a FIFO", "a character device", ... for a file that is not regular. */
	static String typeOf(Path file, BasicFileAttributes attributes) {
		if (attributes.isDirectory()) {
			return "a directory";
		}
		try {
			Object mode = Files.getAttribute(file, "unix:mode");
			if (mode instanceof Integer m) {
				switch (m & S_IFMT) {
				case S_IFIFO:
					return "a FIFO";
				case S_IFCHR:
					return "a character device";
				case S_IFBLK:
					return "a block device";
				case S_IFSOCK:
					return "a socket";
				default:
					break;
				}
			}
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
			// no unix view: say it generically
		}
		return "not a regular file";
	}

	static InputFileException tooLarge(Path file, InputKind kind, long size) {
		return new InputFileException(file, size + " bytes, more than " + kind.withArticle() + " may have (limit "
				+ kind.limitText() + ")");
	}

	/** {@code 256 MiB}, {@code 1 GiB}, {@code 16 GiB}, or {@code N bytes}. */
	public static String sizeText(long bytes) {
		if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
			return (bytes >> 30) + " GiB";
		}
		if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
			return (bytes >> 20) + " MiB";
		}
		if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
			return (bytes >> 10) + " KiB";
		}
		return bytes + " bytes";
	}

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	/** Counts what is read and refuses to go past the kind's limit. */
	private static final class LimitedStream extends FilterInputStream {
		private final Path file;
		private final InputKind kind;
		private long count;

		LimitedStream(InputStream in, Path file, InputKind kind) {
			super(in);
			this.file = file;
			this.kind = kind;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				advance(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				advance(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			advance(skipped);
			return skipped;
		}

		private void advance(long n) throws InputFileException {
			count += n;
			if (count > kind.limit()) {
				throw new InputFileException(file, "grew past " + kind.limitText() + " while being read (limit for "
						+ kind.withArticle() + ")");
			}
		}
	}
}
