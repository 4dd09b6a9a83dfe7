/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.util.List;
import java.util.Optional;

import org.cocolaunch.cli.commands.AbiCommand;
import org.cocolaunch.cli.commands.DiagnoseCommand;
import org.cocolaunch.cli.commands.DiffCommand;
import org.cocolaunch.cli.commands.EventLogCommand;
import org.cocolaunch.cli.commands.ExplainCommand;
import org.cocolaunch.cli.commands.HelpCommand;
import org.cocolaunch.cli.commands.HostCommand;
import org.cocolaunch.cli.commands.ImportQemuTraceCommand;
import org.cocolaunch.cli.commands.MeasureCommand;
import org.cocolaunch.cli.commands.RunCommand;
import org.cocolaunch.cli.commands.ShowPlanCommand;
import org.cocolaunch.cli.commands.VerifyCommand;
import org.cocolaunch.cli.commands.VersionCommand;

/** The one place where commands are registered. */
public final class CliCommands {

	private CliCommands() {
	}

	public static List<CliCommand> all() {
		return List.of(new HelpCommand(), new VersionCommand(), new ShowPlanCommand(), new MeasureCommand(),
				new RunCommand(), new ImportQemuTraceCommand(), new DiffCommand(), new ExplainCommand(),
				new HostCommand(), new AbiCommand(), new EventLogCommand(), new VerifyCommand(), new DiagnoseCommand());
	}

	public static Optional<CliCommand> find(String name) {
		return all().stream().filter(c -> c.name().equals(name)).findFirst();
	}
}
