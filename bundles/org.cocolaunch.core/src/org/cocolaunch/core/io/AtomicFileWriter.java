/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old or the complete new content, never a half-written file: the
 * content goes to a temporary file {@code .NAME.<n>.tmp} in the same directory, is forced to disk, and is then renamed
 * over the target. Before that it refuses what a save must not do:
 * <ul>
 * <li>overwrite one of the command's own inputs ({@link SaveOptions#inputs()}, compared as files, links resolved);</li>
 * <li>write over a directory, FIFO, device or socket;</li>
 * <li>replace a symbolic link by a file: with {@link SaveOptions#force()} the link's target is replaced instead,
 * otherwise the save is refused.</li>
 * </ul>
 * A replaced file keeps its permission bits; a new file gets 0644 under the process umask. The temporary file is
 * locked while it is written and removed on every failure path; temporary files of the same target left behind by a
 * killed writer (unlocked) are removed by the next save.
 */
public final class AtomicFileWriter {

	/** Produces the file content; may fail, in which case the target is left untouched. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int MAX_LINKS = 40;

	private AtomicFileWriter() {
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		write(target, SaveOptions.defaults(), content);
	}

	public static void write(Path target, SaveOptions options, ContentWriter content) throws IOException {
		Path destination = destination(target, options);
		Path dir = destination.getParent();
		Set<PosixFilePermission> keep = existingPermissions(destination);
		cleanStaleTemporaries(dir, destination.getFileName().toString());
		Path temp = null;
		FileChannel channel = null;
		boolean moved = false;
		try {
			temp = createTemporary(target, dir, destination.getFileName().toString());
			channel = FileChannel.open(temp, StandardOpenOption.WRITE);
			FileLock lock = lock(channel);
			OutputStream out = Channels.newOutputStream(channel);
			content.writeTo(out);
			out.flush();
			channel.force(true);
			if (keep != null) {
				Files.setPosixFilePermissions(temp, keep);
			}
			try {
				Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			if (lock != null) {
				lock.release();
			}
			syncDirectory(dir);
		} finally {
			if (channel != null) {
				try {
					channel.close();
				} catch (IOException e) {
					// closing after the rename or a failure changes nothing the caller can act on
				}
			}
			if (!moved && temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the next save of this target removes it (it is no longer locked)
				}
			}
		}
	}

	/**
	 * Checks, without writing, that {@code target} may be saved under {@code options} (so a command can refuse a bad
	 * output before its work); returns the file that would be replaced. Throws {@link SaveRefusedException}.
	 */
	public static Path checkTarget(Path target, SaveOptions options) throws IOException {
		return destination(target, options);
	}

	/** The file that will be replaced: the target itself, or with --force the end of its symbolic link chain. */
	private static Path destination(Path target, SaveOptions options) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path dir = absolute.getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			throw new SaveRefusedException(target + ": directory " + dir + " does not exist");
		}
		Path destination = absolute;
		BasicFileAttributes attributes = attributesNoFollow(destination);
		if (attributes != null && attributes.isSymbolicLink()) {
			if (!options.force()) {
				throw new SaveRefusedException(target + ": is a symbolic link to " + Files.readSymbolicLink(absolute)
						+ "; refusing to replace it (--force writes to the link's target)");
			}
			for (int i = 0; attributes != null && attributes.isSymbolicLink(); i++) {
				if (i == MAX_LINKS) {
					throw new SaveRefusedException(target + ": too many levels of symbolic links");
				}
				destination = destination.getParent().resolve(Files.readSymbolicLink(destination)).normalize();
				attributes = attributesNoFollow(destination);
			}
			if (destination.getParent() == null || !Files.isDirectory(destination.getParent())) {
				throw new SaveRefusedException(target + ": the symbolic link points into " + destination.getParent()
						+ ", which does not exist");
			}
		}
		if (attributes != null && !attributes.isRegularFile()) {
			throw new SaveRefusedException(target + ": is " + BoundedInput.typeOf(destination, attributes)
					+ ", not a regular file; refusing to write over it");
		}
		for (Path input : options.inputs()) {
			if (sameFile(destination, input)) {
				throw new SaveRefusedException(target + ": is also an input of this command (" + input
						+ "); refusing to overwrite it, choose another output file");
			}
		}
		return destination;
	}

	private static boolean sameFile(Path destination, Path input) {
		Path in = input.toAbsolutePath().normalize();
		if (in.equals(destination)) {
			return true;
		}
		try {
			return Files.exists(destination) && Files.exists(in) && Files.isSameFile(destination, in);
		} catch (IOException | SecurityException e) {
			return false;
		}
	}

	private static BasicFileAttributes attributesNoFollow(Path file) throws IOException {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** An exclusive lock on the temporary file, so another save's cleaning knows it is in use (null if unsupported). */
	private static FileLock lock(FileChannel channel) {
		try {
			return channel.tryLock();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static Set<PosixFilePermission> existingPermissions(Path destination) {
		try {
			return Files.exists(destination) ? Files.getPosixFilePermissions(destination) : null;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return null;
		}
	}

	private static Path createTemporary(Path target, Path dir, String name) throws IOException {
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(NEW_FILE) }
				: new FileAttribute<?>[0];
		for (int attempt = 0;; attempt++) {
			Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
			try {
				// The mode given to open(2) is reduced by the umask: 0644 under umask 022, 0600 under 077.
				return Files.createFile(temp, attributes);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			} catch (AccessDeniedException e) {
				throw new SaveRefusedException(target + ": cannot create a file in " + dir + ": permission denied");
			}
		}
	}

	/** Removes {@code .NAME.<n>.tmp} files in {@code dir} that no running writer holds locked. */
	static void cleanStaleTemporaries(Path dir, String name) {
		Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.tmp")) {
			for (Path entry : entries) {
				if (ours.matcher(entry.getFileName().toString()).matches()
						&& Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					removeIfUnlocked(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// cleaning is a courtesy; the save itself does not depend on it
		}
	}

	private static void removeIfUnlocked(Path temp) {
		OpenOption[] read = { StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS };
		try (FileChannel channel = FileChannel.open(temp, read)) {
			FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
			if (lock != null) {
				Files.deleteIfExists(temp);
				lock.release();
			}
		} catch (OverlappingFileLockException e) {
			// written by this JVM right now
		} catch (IOException | RuntimeException e) {
			// gone already, or not ours to remove
		}
	}

	private static String globEscape(String name) {
		return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
	}

	private static void syncDirectory(Path dir) {
		try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
			d.force(true);
		} catch (IOException | RuntimeException e) {
			// not every file system lets a directory be opened for sync; the rename itself is atomic
		}
	}
}
