/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless OSGi application started by {@code ./cocolaunch <command>}; its return value is the exit code. Nothing
 * escapes it: Equinox would write an escaped throwable only to a log file in the product's configuration folder and
 * exit 0, so every failure, down to an {@link OutOfMemoryError}, becomes one line on standard error and exit 1.
 */
public class CliApplication implements IApplication {

	/** Set by the launcher script to the user's directory, against which relative paths are resolved. */
	public static final String CWD_PROPERTY = "cocolaunch.cwd";

	/** A NUL-separated file with the command's arguments, written by {@code ./cocolaunch} (see there why). */
	public static final String ARGS_FILE_PROPERTY = "cocolaunch.argsFile";

	/** Commands that name no files, so they work in a current directory that was deleted. */
	private static final Set<String> PATHLESS_COMMANDS = Set.of("help", "--help", "-h", "version", "--version", "-V",
			"host", "abi");

	@Override
	public Object start(IApplicationContext context) {
		int code;
		try {
			code = run(context);
		} catch (Throwable e) { // NOPMD: nothing may reach Equinox, which would log it and exit 0
			try {
				System.err.println("cocolaunch: " + (e instanceof OutOfMemoryError ? "out of memory" : "internal error: "
						+ Cli.describe(e)));
			} catch (Throwable ignored) { // NOPMD: standard error itself failed; the exit code still says it
				// nothing left to tell the user with
			}
			code = Cli.FAILURE;
		}
		System.out.flush();
		System.err.flush();
		// The equinox launcher turns this property into the JVM exit status.
		System.setProperty("eclipse.exitcode", Integer.toString(code));
		return Integer.valueOf(code);
	}

	private static int run(IApplicationContext context) {
		String argsFile = System.getProperty(ARGS_FILE_PROPERTY);
		Path cwd = Path.of(System.getProperty(CWD_PROPERTY, System.getProperty("user.dir")));
		if (argsFile != null) {
			return runArgumentsFile(Path.of(argsFile), cwd, System.out, System.err);
		}
		String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<byte[]> raw = new ArrayList<>();
		for (String a : given == null ? new String[0] : given) {
			raw.add(a.getBytes(StandardCharsets.UTF_8));
		}
		return runRaw(raw, cwd, System.out, System.err);
	}

	/**
	 * Runs the command whose arguments {@code ./cocolaunch} wrote to {@code argsFile} (deleted once read: it holds the
	 * whole command line), in {@code cwd}, writing to {@code out} and {@code err}; the exit code. Shared by every way a
	 * command is started (Equinox, the plain class path, the daemon), so all of them read arguments alike.
	 */
	public static int runArgumentsFile(Path argsFile, Path cwd, PrintStream out, PrintStream err) {
		List<byte[]> raw;
		try {
			raw = CliArguments.split(Files.readAllBytes(argsFile));
		} catch (IOException e) {
			err.println("cocolaunch: cannot read the argument file " + argsFile + ": " + Cli.describe(e));
			return Cli.FAILURE;
		} finally {
			try {
				Files.deleteIfExists(argsFile);
			} catch (IOException | SecurityException e) {
				// the launcher removes it on exit as well
			}
		}
		return runRaw(raw, cwd, out, err);
	}

	private static int runRaw(List<byte[]> raw, Path cwd, PrintStream out, PrintStream err) {
		String command = raw.isEmpty() ? "" : new String(raw.get(0), StandardCharsets.UTF_8);
		if (!Files.isDirectory(cwd) && !PATHLESS_COMMANDS.contains(command)) {
			err.println("cocolaunch: the current directory no longer exists (it was deleted or moved); cd to"
					+ " an existing directory and run the command again");
			return Cli.FAILURE;
		}
		return Cli.runRaw(raw, new CliContext(out, err, cwd));
	}

	@Override
	public void stop() {
		// Commands are short and synchronous; nothing to interrupt.
	}
}
