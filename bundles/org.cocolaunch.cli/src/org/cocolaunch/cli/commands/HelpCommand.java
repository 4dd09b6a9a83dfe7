/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliCommands;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.UsageException;

/** {@code cocolaunch help [COMMAND]}: lists the commands, or shows one command's synopsis. */
public final class HelpCommand implements CliCommand {

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String synopsis() {
		return "[COMMAND]";
	}

	@Override
	public String summary() {
		return "list the commands, or describe one";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException {
		if (args.size() > 1) {
			throw new UsageException("expected at most one command name, got " + args.size() + " arguments");
		}
		if (args.size() == 1) {
			CliCommand command = CliCommands.find(args.get(0))
					.orElseThrow(() -> new UsageException("unknown command '" + args.get(0) + "'"));
			context.out().println("usage: cocolaunch " + usage(command));
			context.out().println("  " + command.summary());
			if (!command.help().isEmpty()) {
				context.out().println();
				context.out().print(command.help());
			}
			return 0;
		}
		context.out().println("usage: cocolaunch                 start the workbench");
		context.out().println("       cocolaunch COMMAND [ARGS]  run a headless command");
		context.out().println();
		context.out().println("commands:");
		for (CliCommand command : CliCommands.all()) {
			context.out().printf("  %-28s %s%n", usage(command), command.summary());
		}
		context.out().println();
		context.out().println("exit codes: 0 ok, 1 failure, 2 usage error");
		return 0;
	}

	private static String usage(CliCommand command) {
		return command.synopsis().isEmpty() ? command.name() : command.name() + " " + command.synopsis();
	}
}
