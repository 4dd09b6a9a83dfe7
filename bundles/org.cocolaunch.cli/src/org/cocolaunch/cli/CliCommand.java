/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.util.List;

/**
 * One {@code ./cocolaunch <name> ...} command. A command is one small class, listed once in {@link CliCommands}.
 */
public interface CliCommand {

	/** The word typed after {@code ./cocolaunch}. */
	String name();

	/** Argument synopsis shown by {@code help}, e.g. {@code "PLAN [--json]"}; empty when there are none. */
	String synopsis();

	/** One line saying what the command does. */
	String summary();

	/** The command's options in detail, for {@code help COMMAND}; empty when the synopsis says it all. */
	default String help() {
		return "";
	}

	/**
	 * Runs the command. Returns the exit code: 0 ok, 1 failure. Throws {@link UsageException} (exit 2) for bad
	 * arguments and {@link CliFailure} (exit 1) for bad input, each with a one-line message.
	 */
	int run(List<String> args, CliContext context) throws UsageException, CliFailure;
}
