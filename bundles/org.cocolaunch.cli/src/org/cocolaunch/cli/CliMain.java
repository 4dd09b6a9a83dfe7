/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The headless commands without the OSGi framework. {@code ./cocolaunch COMMAND} starts this class on a plain class
 * path assembled from the product's bundles ({@code product/scripts/cli-classpath}), so that a command pays only for
 * the classes it uses; the workbench and {@code COCOLAUNCH_OSGI=1 ./cocolaunch COMMAND} still run
 * {@link CliApplication} in Equinox. Both read the arguments the same way and give the same output and exit code.
 */
public final class CliMain {

	/**
	 * A file of command lines (one per line, arguments separated by TAB) to run one after the other with their output
	 * discarded: the training run from which the launcher builds the JVM's ahead-of-time cache.
	 */
	public static final String TRAINING_PROPERTY = "cocolaunch.training";

	private CliMain() {
	}

	public static void main(String[] argv) {
		String training = System.getProperty(TRAINING_PROPERTY);
		int code;
		if (training != null) {
			code = train(Path.of(training), workingDir());
		} else if (System.getProperty(CliApplication.ARGS_FILE_PROPERTY) != null) {
			code = viaApplication();
		} else {
			code = Cli.run(Arrays.asList(argv), new CliContext(System.out, System.err, workingDir()));
		}
		System.out.flush();
		System.err.flush();
		System.exit(code);
	}

	/**
	 * The arguments file of {@code ./cocolaunch} is read by the OSGi application's own code, so both launches agree;
	 * the file is gone afterwards in any case (it holds the whole command line).
	 */
	private static int viaApplication() {
		try {
			Object code = new CliApplication().start(null);
			return code instanceof Integer i ? i.intValue() : Cli.FAILURE;
		} catch (Exception e) {
			System.err.println("cocolaunch: cannot read the command's arguments: " + e.getMessage());
			return Cli.USAGE;
		} finally {
			try {
				Files.deleteIfExists(Path.of(System.getProperty(CliApplication.ARGS_FILE_PROPERTY)));
			} catch (IOException | RuntimeException e) {
				// Nothing more to do: the launcher made it in the temporary folder, readable by this user only.
			}
		}
	}

	private static Path workingDir() {
		return Path.of(System.getProperty(CliApplication.CWD_PROPERTY, System.getProperty("user.dir")));
	}

	/**
	 * Runs the command lines of {@code commands} (one per line, arguments separated by TAB) in {@code cwd} with their
	 * output discarded: the training run of the ahead-of-time cache, and the daemon's warm-up.
	 */
	public static int train(Path commands, Path cwd) {
		List<String> lines;
		try {
			lines = Files.readAllLines(commands, StandardCharsets.UTF_8);
		} catch (IOException e) {
			System.err.println("cocolaunch: cannot read the training commands " + commands + ": " + e.getMessage());
			return Cli.FAILURE;
		}
		PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
		CliContext context = new CliContext(discard, discard, cwd);
		int ran = 0;
		for (String line : lines) {
			if (!line.isBlank()) {
				Cli.run(Arrays.asList(line.split("\t", -1)), context);
				ran++;
			}
		}
		System.err.println("cocolaunch: training run of " + ran + " commands done");
		return Cli.OK;
	}
}
