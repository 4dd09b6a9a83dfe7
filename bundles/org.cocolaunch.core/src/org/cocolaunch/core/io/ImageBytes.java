/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The bytes of a firmware image (or another large input), read by offset: an array in memory, or a regular file read
 * in place, so that measuring a 1 GiB image never holds it in memory (issue #14). {@link #open} keeps files up to
 * {@link #IN_MEMORY_UP_TO} in an array, as they were always read, and reads larger ones in place with positional
 * reads: each {@link #read} opens the file (through {@link BoundedInput}), reads and closes it, so an image left to the
 * garbage collector never holds a file descriptor. A file that shrinks or grows while it is read is refused.
 * <p>
 * Reads are thread-safe. Failures while reading are {@link ImageReadException}s (unchecked: they come from inside
 * hashing loops), whose message is one line naming the file.
 */
public abstract sealed class ImageBytes permits ImageBytes.InMemory, ImageBytes.InPlace {

	/** Files up to this size are read whole; larger ones in place (the threshold plan inputs use too). */
	public static final long IN_MEMORY_UP_TO = 64L << 20;

	private ImageBytes() {
	}

	/** The image held in {@code data} (kept, not copied). */
	public static ImageBytes of(byte[] data) {
		return new InMemory(Objects.requireNonNull(data));
	}

	/**
	 * {@code file} as a {@code kind} input: checked as {@link BoundedInput} checks it (regular file, the kind's limit),
	 * read whole up to {@link #IN_MEMORY_UP_TO}, else read in place.
	 */
	public static ImageBytes open(Path file, InputKind kind) throws InputFileException {
		return open(file, kind, IN_MEMORY_UP_TO);
	}

	/** As {@link #open(Path, InputKind)} with another threshold (tests use 0 to read small files in place). */
	public static ImageBytes open(Path file, InputKind kind, long inMemoryUpTo) throws InputFileException {
		long size = BoundedInput.check(file, kind);
		if (size <= inMemoryUpTo) {
			return new InMemory(BoundedInput.readAll(file, kind));
		}
		return new InPlace(file, kind, size);
	}

	/** Size in bytes. */
	public abstract long size();

	/** Whether the bytes are in memory ({@link #array()} is then the image itself). */
	public abstract boolean inMemory();

	/**
	 * The backing array of an in-memory image (shared, do not modify); for an image read in place, the whole file
	 * read now (avoid that for large images: stream them with {@link #read} or {@link #digest}).
	 */
	public abstract byte[] array();

	/** Copies {@code length} bytes at {@code offset} into {@code dst} at {@code dstOffset}. */
	public abstract void read(long offset, byte[] dst, int dstOffset, int length);

	/**
	 * A reader for many reads in a row (one open file for all of them, where {@link #read} opens it each time); its
	 * reads are thread-safe. Close it when done.
	 */
	public abstract Reader reader();

	/** Positional reads of one image through one open file; see {@link ImageBytes#reader()}. */
	public interface Reader extends AutoCloseable {
		/** Copies {@code length} bytes at {@code offset} into {@code dst} at {@code dstOffset}. */
		void read(long offset, byte[] dst, int dstOffset, int length);

		/**
		 * Fills {@code dst} from its position to its limit with the bytes at {@code offset}; the position ends at the
		 * limit. Into a direct buffer a file is read with no copy on the Java side.
		 */
		void read(long offset, ByteBuffer dst);

		@Override
		void close();
	}

	/** A copy of {@code length} bytes at {@code offset}. */
	public byte[] read(long offset, int length) {
		byte[] out = new byte[length];
		read(offset, out, 0, length);
		return out;
	}

	/** Feeds {@code length} bytes at {@code offset} to {@code digest}, slice by slice. */
	public abstract void digest(MessageDigest digest, long offset, long length);

	/** Feeds the whole image to {@code digest}. */
	public void digest(MessageDigest digest) {
		digest(digest, 0, size());
	}

	void checkRange(long offset, long length) {
		if (offset < 0 || length < 0 || offset > size() || length > size() - offset) {
			throw new IndexOutOfBoundsException(length + " bytes at offset " + offset + " of a " + size()
					+ "-byte image");
		}
	}

	/** An image in an array. */
	static final class InMemory extends ImageBytes {
		private final byte[] data;

		InMemory(byte[] data) {
			this.data = data;
		}

		@Override
		public long size() {
			return data.length;
		}

		@Override
		public boolean inMemory() {
			return true;
		}

		@Override
		public byte[] array() {
			return data;
		}

		@Override
		public void read(long offset, byte[] dst, int dstOffset, int length) {
			checkRange(offset, length);
			System.arraycopy(data, (int) offset, dst, dstOffset, length);
		}

		@Override
		public void digest(MessageDigest digest, long offset, long length) {
			checkRange(offset, length);
			digest.update(data, (int) offset, (int) length);
		}

		@Override
		public Reader reader() {
			return new Reader() {
				@Override
				public void read(long offset, byte[] dst, int dstOffset, int length) {
					InMemory.this.read(offset, dst, dstOffset, length);
				}

				@Override
				public void read(long offset, ByteBuffer dst) {
					checkRange(offset, dst.remaining());
					dst.put(data, (int) offset, dst.remaining());
				}

				@Override
				public void close() {
					// nothing held
				}
			};
		}
	}

	/** A regular file read in place by positional reads. */
	static final class InPlace extends ImageBytes {
		private final Path file;
		private final InputKind kind;
		private final long size;

		InPlace(Path file, InputKind kind, long size) {
			this.file = file;
			this.kind = kind;
			this.size = size;
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public boolean inMemory() {
			return false;
		}

		@Override
		public byte[] array() {
			if (size > BoundedInput.MAX_ARRAY) {
				throw new ImageReadException(file + ": " + size + " bytes, more than can be read whole (limit "
						+ BoundedInput.sizeText(BoundedInput.MAX_ARRAY) + ")", null);
			}
			return read(0, (int) size);
		}

		@Override
		public void read(long offset, byte[] dst, int dstOffset, int length) {
			checkRange(offset, length);
			try (FileChannel in = channel()) {
				readFully(in, ByteBuffer.wrap(dst, dstOffset, length), offset);
			} catch (IOException e) {
				throw failure(e);
			}
		}

		@Override
		public void digest(MessageDigest digest, long offset, long length) {
			checkRange(offset, length);
			byte[] slice = new byte[(int) Math.min(BoundedInput.DIGEST_SLICE, Math.max(length, 1))];
			try (FileChannel in = channel()) {
				for (long done = 0; done < length;) {
					int n = (int) Math.min(slice.length, length - done);
					readFully(in, ByteBuffer.wrap(slice, 0, n), offset + done);
					digest.update(slice, 0, n);
					done += n;
				}
			} catch (IOException e) {
				throw failure(e);
			}
		}

		@Override
		public Reader reader() {
			FileChannel in;
			try {
				in = channel();
			} catch (IOException e) {
				throw failure(e);
			}
			return new Reader() {
				@Override
				public void read(long offset, byte[] dst, int dstOffset, int length) {
					checkRange(offset, length);
					read(offset, ByteBuffer.wrap(dst, dstOffset, length));
				}

				@Override
				public void read(long offset, ByteBuffer dst) {
					checkRange(offset, dst.remaining());
					try {
						readFully(in, dst, offset);
					} catch (IOException e) {
						throw failure(e);
					}
				}

				@Override
				public void close() {
					try {
						in.close();
					} catch (IOException e) {
						// read-only: nothing was written that closing could lose
					}
				}
			};
		}

		private FileChannel channel() throws IOException {
			FileChannel in = BoundedInput.openChannel(file, kind);
			long now = in.size();
			if (now != size) {
				in.close();
				throw new ImageReadException(file + ": changed while being read (" + size + " bytes when opened, now "
						+ now + ")", null);
			}
			return in;
		}

		private void readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
			long at = position;
			while (buffer.hasRemaining()) {
				int n = in.read(buffer, at);
				if (n < 0) {
					throw new ImageReadException(file + ": ended at " + at + " bytes while being read (it was " + size
							+ " bytes; did it change?)", null);
				}
				at += n;
			}
		}

		private ImageReadException failure(IOException e) {
			return new ImageReadException(BoundedInput.failure(file, e).getMessage(), e);
		}
	}
}
