/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

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
	private final Map<String, byte[]> cache = new java.util.concurrent.ConcurrentHashMap<>();

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
		String expected = input == null ? null : input.getDigest();
		if (expected != null && !expected.isEmpty() && !overrides.containsKey(role)) {
			String actual = sha256(data);
			if (!actual.equalsIgnoreCase(expected)) {
				throw new BackendException(path + ": input '" + role + "' has SHA-256 " + actual + ", the plan expects " + expected);
			}
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
			byte[] all = bytes(role);
			long offset = source.getOffset();
			long length = source.getLength() == 0 ? all.length - offset : source.getLength();
			if (offset < 0 || length < 0 || offset + length > all.length) {
				throw new BackendException("input '" + role + "' has " + all.length + " bytes; the plan wants bytes "
						+ offset + ".." + (offset + length));
			}
			byte[] slice = new byte[(int) length];
			System.arraycopy(all, (int) offset, slice, 0, (int) length);
			return slice;
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
