/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command writes and against which directory it resolves relative paths.
 *
 * @param rawArguments the bytes of arguments that are not valid UTF-8, by their index in the command's argument list
 *                     (only those a command accepts as bytes: {@code measure --append}); their {@code String} form in
 *                     the argument list has replacement characters and must not be used for hashing
 */
public record CliContext(PrintStream out, PrintStream err, Path workingDir, Map<Integer, byte[]> rawArguments) {

	public CliContext {
		rawArguments = Map.copyOf(rawArguments);
	}

	public CliContext(PrintStream out, PrintStream err, Path workingDir) {
		this(out, err, workingDir, Map.of());
	}

	public Path resolve(String path) {
		return workingDir.resolve(path);
	}

	/** The bytes of the command's argument {@code index}: as given when not UTF-8, else its UTF-8 encoding. */
	public byte[] argumentBytes(int index, String decoded) {
		byte[] raw = rawArguments.get(index);
		return raw != null ? raw.clone() : decoded.getBytes(StandardCharsets.UTF_8);
	}

	/** A copy that knows the raw bytes of some arguments. */
	public CliContext withRawArguments(Map<Integer, byte[]> raw) {
		return new CliContext(out, err, workingDir, raw);
	}
}
