/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old or the complete new content, never a half-written file:
 * the content goes to a temporary file in the same directory, is forced to disk, and is then renamed over the target.
 */
public final class AtomicFileWriter {

	/** Produces the file content; may fail, in which case the target is left untouched. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			throw new IOException(target + ": directory " + dir + " does not exist");
		}
		Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}
}
