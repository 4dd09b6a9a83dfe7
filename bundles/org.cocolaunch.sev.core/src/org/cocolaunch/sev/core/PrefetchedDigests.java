/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Digests of input files computed ahead on a daemon thread ({@link InputFiles#prefetchSha256}). Each is taken at
 * most once, and only while the file still has the size and modification time it had when hashing started;
 * otherwise (or when hashing failed) the caller hashes the file itself, so errors and results are those of a plain
 * read.
 */
final class PrefetchedDigests {

	/** What identifies the file's content well enough between the start and the use, a few milliseconds apart. */
	private record Stamp(long size, long modified, Object key) {
		static Stamp of(Path file) {
			try {
				BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
				return new Stamp(a.size(), a.lastModifiedTime().toMillis(), a.fileKey());
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}
	}

	private record Pending(Stamp stamp, FutureTask<byte[]> digest) {
	}

	/** The hashing work, which may fail as a read fails. */
	interface Digest {
		byte[] compute() throws Exception;
	}

	private static final Map<Path, Pending> PENDING = new ConcurrentHashMap<>();

	private PrefetchedDigests() {
	}

	static void start(Path file, Digest digest) {
		Path key = file.toAbsolutePath().normalize();
		Stamp stamp = Stamp.of(key);
		if (stamp == null || PENDING.containsKey(key)) {
			return; // nothing to hash ahead: the plain read will report what is wrong
		}
		FutureTask<byte[]> task = new FutureTask<>(digest::compute);
		PENDING.put(key, new Pending(stamp, task));
		Thread.ofPlatform().daemon().name("cocolaunch-digest").start(task);
	}

	/** The digest hashed ahead for {@code file}, or null (none started, failed, or the file changed since). */
	static byte[] take(Path file) {
		if (PENDING.isEmpty()) {
			return null;
		}
		Path key = file.toAbsolutePath().normalize();
		Pending pending = PENDING.remove(key);
		if (pending == null) {
			return null;
		}
		try {
			byte[] digest = pending.digest().get();
			return pending.stamp().equals(Stamp.of(key)) ? digest : null;
		} catch (ExecutionException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
