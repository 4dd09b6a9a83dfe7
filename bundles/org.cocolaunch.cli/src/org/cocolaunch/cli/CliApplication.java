/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless OSGi application started by {@code ./cocolaunch <command>}; its return value is the exit code. */
public class CliApplication implements IApplication {

	/** Set by the launcher script to the user's directory, against which relative paths are resolved. */
	public static final String CWD_PROPERTY = "cocolaunch.cwd";

	/** A NUL-separated file with the command's arguments, written by {@code ./cocolaunch} (see there why). */
	public static final String ARGS_FILE_PROPERTY = "cocolaunch.argsFile";

	@Override
	public Object start(IApplicationContext context) throws IOException {
		List<String> args = arguments(context);
		Path cwd = Path.of(System.getProperty(CWD_PROPERTY, System.getProperty("user.dir")));
		int code = Cli.run(args, new CliContext(System.out, System.err, cwd));
		System.out.flush();
		System.err.flush();
		// The equinox launcher turns this property into the JVM exit status.
		System.setProperty("eclipse.exitcode", Integer.toString(code));
		return Integer.valueOf(code);
	}

	private static List<String> arguments(IApplicationContext context) throws IOException {
		String argsFile = System.getProperty(ARGS_FILE_PROPERTY);
		if (argsFile != null) {
			String all = Files.readString(Path.of(argsFile), StandardCharsets.UTF_8);
			if (all.isEmpty()) {
				return List.of();
			}
			// printf '%s\0' ends every argument with NUL, including the last.
			return Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
		}
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return raw == null ? List.of() : Arrays.asList(raw);
	}

	@Override
	public void stop() {
		// Commands are short and synchronous; nothing to interrupt.
	}
}
