/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.util.List;
import java.util.Optional;

/**
 * Dispatches {@code ./cocolaunch <command> ...}: exit 0 ok, 1 failure, 2 usage error. No stack trace reaches the
 * user; an unexpected exception is reported in one line as an internal error.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILURE = 1;
	public static final int USAGE = 2;

	private Cli() {
	}

	public static int run(List<String> args, CliContext context) {
		if (args.isEmpty()) {
			context.err().println("cocolaunch: no command given; try 'cocolaunch help'");
			return USAGE;
		}
		String word = args.get(0);
		String name = switch (word) {
		case "--version", "-V" -> "version";
		case "--help", "-h" -> "help";
		default -> word;
		};
		Optional<CliCommand> command = CliCommands.find(name);
		if (command.isEmpty()) {
			context.err().println("cocolaunch: unknown command '" + word + "'; try 'cocolaunch help'");
			return USAGE;
		}
		try {
			return command.get().run(args.subList(1, args.size()), context);
		} catch (UsageException e) {
			context.err().println("cocolaunch " + name + ": " + e.getMessage());
			return USAGE;
		} catch (CliFailure e) {
			context.err().println("cocolaunch " + name + ": " + e.getMessage());
			return FAILURE;
		} catch (RuntimeException e) {
			context.err().println("cocolaunch " + name + ": internal error: " + e);
			return FAILURE;
		}
	}
}
