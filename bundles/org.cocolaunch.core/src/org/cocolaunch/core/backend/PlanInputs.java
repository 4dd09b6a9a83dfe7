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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
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
	/** Whether inputs the plan names may lie outside the plan's folder (false: refused, see {@link #confined()}). */
	private volatile boolean allowOutside = true;

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

	/**
	 * Refuses to read an input the plan names (not one given as an override) that lies outside the plan's folder: an
	 * absolute path, a {@code ..} path or a symbolic link leading out. Headless {@code run} does this unless
	 * {@code --allow-outside}; a plan from elsewhere must not read arbitrary files.
	 */
	public PlanInputs confined() {
		allowOutside = false;
		return this;
	}

	/** Roles whose plan-named file lies outside the plan's folder, with the path as the plan gives it. */
	public Map<String, String> outsideFolder() {
		Map<String, String> outside = new java.util.TreeMap<>();
		for (LaunchInput input : byRole.values()) {
			if (!overrides.containsKey(input.getRole()) && input.getPath() != null && !input.getPath().isEmpty()
					&& isOutside(input.getPath())) {
				outside.put(input.getRole(), input.getPath());
			}
		}
		return outside;
	}

	/** Whether a path as a plan records it is absolute or leads out of {@code folder} ({@code ..}, a link). */
	public static boolean leavesFolder(String planPath, Path folder) {
		Path given = Path.of(planPath);
		if (given.isAbsolute()) {
			return true;
		}
		Path base = folder.toAbsolutePath().normalize();
		Path resolved = base.resolve(given).normalize();
		if (!resolved.startsWith(base)) {
			return true;
		}
		try {
			return Files.exists(resolved) && !resolved.toRealPath().startsWith(base.toRealPath());
		} catch (IOException | SecurityException e) {
			return false;
		}
	}

	private boolean isOutside(String planPath) {
		return leavesFolder(planPath, baseDir);
	}

	/** The input's file for reading: an override, or the plan's path (checked against the folder when confined). */
	private Path file(String role) throws BackendException {
		Path file = path(role);
		if (file != null && !allowOutside && !overrides.containsKey(role)) {
			LaunchInput input = byRole.get(role);
			if (input != null && isOutside(input.getPath())) {
				throw new BackendException("plan input '" + role + "' (" + input.getPath() + ") is outside the plan's"
						+ " folder " + baseDir + "; give --allow-outside to read it, or --input " + role + "=FILE");
			}
		}
		return file;
	}

	/** Whether the user named this input's file (an override) rather than the plan: only then do messages quote its size. */
	private boolean named(String role) {
		return overrides.containsKey(role);
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
		Path file = file(role);
		if (file == null) {
			return bytes(role).length;
		}
		try {
			return BoundedInput.check(file, InputKind.PLAN_INPUT);
		} catch (InputFileException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.reason(), e);
		}
	}

	/**
	 * Bytes {@code [offset, offset + length)} of the input. Files above {@link #READ_IN_PLACE_ABOVE} are read in place
	 * (after their recorded digest, if any, was checked once by streaming them); smaller ones are loaded and cached.
	 */
	public byte[] slice(String role, long offset, long length) throws BackendException {
		long size = size(role);
		// Written so that nothing overflows: offset and length may be anything a plan file holds.
		if (offset < 0 || length < 0 || offset > size || length > size - offset) {
			throw new BackendException("input '" + role + "'" + (named(role) ? " has " + size + " bytes;" : " is shorter than")
					+ " the plan's content range: " + length + " bytes at offset " + offset
					+ (offset < 0 || length < 0 ? " (negative)" : ""));
		}
		if (length > Integer.MAX_VALUE - 16) {
			throw new BackendException("input '" + role + "': a slice of " + length + " bytes is too large for one step");
		}
		Path file = file(role);
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
		try (FileChannel in = BoundedInput.openChannel(file, InputKind.PLAN_INPUT)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
			while (in.read(buffer) >= 0) {
				buffer.flip();
				sha.update(buffer);
				buffer.clear();
			}
			checkDigest(role, file, HexFormat.of().formatHex(sha.digest()), expected);
			verified.add(role);
		} catch (InputFileException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.reason(), e);
		} catch (IOException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static byte[] readRange(String role, Path file, long offset, int length) throws BackendException {
		byte[] data = new byte[length];
		ByteBuffer buffer = ByteBuffer.wrap(data);
		try (FileChannel in = BoundedInput.openChannel(file, InputKind.PLAN_INPUT)) {
			while (buffer.hasRemaining()) {
				if (in.read(buffer, offset + buffer.position()) < 0) {
					throw new BackendException(file + ": input '" + role + "' ended early while it was read (did it change?)");
				}
			}
		} catch (BackendException e) {
			throw e;
		} catch (InputFileException e) {
			throw new BackendException(file + ": cannot read input '" + role + "': " + e.reason(), e);
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

	/** Neither digest is quoted: the file was named by the plan, not the user, and its digest says what it holds. */
	private static void checkDigest(String role, Path file, String actual, String expected) throws BackendException {
		if (!actual.equalsIgnoreCase(expected)) {
			throw new BackendException(file + ": input '" + role + "' is not the file the plan was made with (its SHA-256"
					+ " differs from the digest the plan records); give the right one with --input " + role + "=FILE");
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
		Path path = file(role);
		if (path == null) {
			if (input != null && input.getValue() != null) {
				return input.getValue().getBytes(StandardCharsets.UTF_8);
			}
			throw new BackendException("the plan has no input '" + role + "'; give one with --input " + role + "=FILE");
		}
		byte[] data;
		try {
			data = BoundedInput.readAll(path, InputKind.PLAN_INPUT);
		} catch (InputFileException e) {
			throw new BackendException(path + ": cannot read input '" + role + "': " + e.reason(), e);
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
			long length = source.getLength() == 0 ? (offset < 0 ? 0 : Math.max(0, size(role) - offset)) : source.getLength();
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
