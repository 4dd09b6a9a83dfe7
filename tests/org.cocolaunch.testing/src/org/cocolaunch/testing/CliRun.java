/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliContext;

/** Runs the CLI in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

	public static CliRun of(Path workingDir, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = Cli.run(List.of(args), new CliContext(o, e, workingDir));
			return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	public static CliRun of(String... args) {
		return of(Path.of(System.getProperty("user.dir")), args);
	}

	/** Standard error has exactly one line (the contract for every CLI error). */
	public boolean oneLineError() {
		return !err.isEmpty() && err.indexOf('\n') == err.length() - 1;
	}
}
