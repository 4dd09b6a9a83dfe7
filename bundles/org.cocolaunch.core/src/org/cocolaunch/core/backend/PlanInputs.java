/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;

/**
 * The bytes behind a plan's inputs (firmware, kernel, initrd, command line). Input paths resolve against the plan
 * file's folder unless overridden by role (e.g. {@code --input firmware=OVMF.fd}); a recorded SHA-256 digest must
 * match, so a plan never runs silently against a different firmware build.
 */
public final class PlanInputs {

	private final Map<String, LaunchInput> byRole = new HashMap<>();
	private final Map<String, Path> overrides;
	private final Path baseDir;
	// Concurrent: the backend reads inputs on the session worker while a view reads a page for its hex dump.
	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
	/** Large inputs whose recorded digest was checked by streaming them (they are then read in place, not cached). */
	private final Set<String> verified = ConcurrentHashMap.newKeySet();

	/**
	 * Inputs larger than this are read slice by slice from the file instead of being loaded whole: a 1 GiB payload
	 * must not become a 1 GiB array on the heap (each session would hold one, and the collector stall the UI).
	 */
	static final long READ_IN_PLACE_ABOVE = 64L << 20;

	public PlanInputs(LaunchPlan plan, Path baseDir, Map<String, Path> overrides) {
		for (LaunchInput input : plan.getInputs()) {
			byRole.put(input.getRole(), input);
		}
		this.baseDir = baseDir;
		this.overrides = Map.copyOf(overrides);
	}

	/** Whether the plan (or an override) names an input with this role. */
	public boolean has(String role) {
		return overrides.containsKey(role) || byRole.containsKey(role);
	}

	/** The input's file, or null for an inline value (a command line) or an absent role. */
	public Path path(String role) {
		Path override = overrides.get(role);
		if (override != null) {
			return override;
		}
		LaunchInput input = byRole.get(role);
		if (input == null || input.getPath() == null || input.getPath().isEmpty()) {
			return null;
		}
		return baseDir.resolve(input.getPath());
	}

	/** Drops the cached contents of every input (they are read again when next asked for). */
	public void forgetContents() {
		cache.clear();
		verified.clear();
	}

	/** The input's size in bytes. */
	public long size(String role) throws BackendException {
		byte[] cached = cache.get(role);
		if (cached != null) {
			return cached.length;
		}
		Path file = path(role);
		if (file == null) {
			return bytes(role).length;
		}
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.getMessage(), e);
		}
	}

	/**
	 * Bytes {@code [offset, offset + length)} of the input. Files above {@link #READ_IN_PLACE_ABOVE} are read in place
	 * (after their recorded digest, if any, was checked once by streaming them); smaller ones are loaded and cached.
	 */
	public byte[] slice(String role, long offset, long length) throws BackendException {
		long size = size(role);
		if (offset < 0 || length < 0 || offset + length > size) {
			throw new BackendException("input '" + role + "' has " + size + " bytes; the plan wants bytes " + offset
					+ ".." + (offset + length));
		}
		if (length > Integer.MAX_VALUE - 16) {
			throw new BackendException("input '" + role + "': a slice of " + length + " bytes is too large for one step");
		}
		Path file = path(role);
		if (file != null && !cache.containsKey(role) && size > READ_IN_PLACE_ABOVE) {
			verifyStreaming(role, file);
			return readRange(role, file, offset, (int) length);
		}
		byte[] all = bytes(role);
		return Arrays.copyOfRange(all, (int) offset, (int) (offset + length));
	}

	private void verifyStreaming(String role, Path file) throws BackendException {
		String expected = expectedDigest(role);
		if (expected == null || verified.contains(role)) {
			return;
		}
		try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
			while (in.read(buffer) >= 0) {
				buffer.flip();
				sha.update(buffer);
				buffer.clear();
			}
			checkDigest(role, file, HexFormat.of().formatHex(sha.digest()), expected);
			verified.add(role);
		} catch (IOException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static byte[] readRange(String role, Path file, long offset, int length) throws BackendException {
		byte[] data = new byte[length];
		ByteBuffer buffer = ByteBuffer.wrap(data);
		try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
			while (buffer.hasRemaining()) {
				if (in.read(buffer, offset + buffer.position()) < 0) {
					throw new BackendException(file + ": input '" + role + "' ended at byte " + (offset + buffer.position())
							+ " while reading bytes " + offset + ".." + (offset + length) + " (did it change?)");
				}
			}
		} catch (IOException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.getMessage(), e);
		}
		return data;
	}

	/** The digest the plan records for the role, or null when there is none or the role is overridden. */
	private String expectedDigest(String role) {
		LaunchInput input = byRole.get(role);
		String expected = input == null ? null : input.getDigest();
		return expected == null || expected.isEmpty() || overrides.containsKey(role) ? null : expected;
	}

	private static void checkDigest(String role, Path file, String actual, String expected) throws BackendException {
		if (!actual.equalsIgnoreCase(expected)) {
			throw new BackendException(file + ": input '" + role + "' has SHA-256 " + actual + ", the plan expects " + expected);
		}
	}

	/** The whole input: the file's bytes, or the inline value in UTF-8. */
	public byte[] bytes(String role) throws BackendException {
		byte[] cached = cache.get(role);
		if (cached != null) {
			return cached;
		}
		byte[] data = load(role);
		cache.put(role, data);
		return data;
	}

	private byte[] load(String role) throws BackendException {
		LaunchInput input = byRole.get(role);
		Path path = path(role);
		if (path == null) {
			if (input != null && input.getValue() != null) {
				return input.getValue().getBytes(StandardCharsets.UTF_8);
			}
			throw new BackendException("the plan has no input '" + role + "'; give one with --input " + role + "=FILE");
		}
		byte[] data;
		try {
			data = Files.readAllBytes(path);
		} catch (IOException e) {
			throw new BackendException(path + ": cannot read input '" + role + "': " + e.getMessage(), e);
		}
		String expected = expectedDigest(role);
		if (expected != null) {
			checkDigest(role, path, sha256(data), expected);
		}
		return data;
	}

	/**
	 * The bytes a content source stands for: a slice of an input, the inline/generated data, or null when the
	 * source has no contents (zero, unmeasured pages) — the caller decides what such pages hold.
	 */
	public byte[] content(ContentSource source) throws BackendException {
		if (source == null) {
			return null;
		}
		switch (source.getKind()) {
		case NONE:
			return null;
		case INLINE:
		case GENERATED:
			return source.getData();
		default:
			String role = source.getInput() != null ? source.getInput() : source.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT);
			long offset = source.getOffset();
			long length = source.getLength() == 0 ? size(role) - offset : source.getLength();
			return slice(role, offset, length);
		}
	}

	public static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
