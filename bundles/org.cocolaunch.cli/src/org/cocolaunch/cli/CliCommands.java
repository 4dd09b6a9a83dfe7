/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cocolaunch.cli.commands.AbiCommand;
import org.cocolaunch.cli.commands.DaemonCommand;
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

/**
 * The one place where commands are registered, by name: running one command constructs only that one (a script calling
 * {@code measure} in a loop does not pay for initialising the other twelve). {@code CliCommandsTest} checks that each
 * name is its command's {@link CliCommand#name()}.
 */
public final class CliCommands {

	private static final Map<String, Supplier<CliCommand>> BY_NAME = new LinkedHashMap<>();

	static {
		BY_NAME.put("help", HelpCommand::new);
		BY_NAME.put("version", VersionCommand::new);
		BY_NAME.put("show", ShowPlanCommand::new);
		BY_NAME.put("measure", MeasureCommand::new);
		BY_NAME.put("run", RunCommand::new);
		BY_NAME.put("import-qemu-trace", ImportQemuTraceCommand::new);
		BY_NAME.put("diff", DiffCommand::new);
		BY_NAME.put("explain", ExplainCommand::new);
		BY_NAME.put("host", HostCommand::new);
		BY_NAME.put("abi", AbiCommand::new);
		BY_NAME.put("eventlog", EventLogCommand::new);
		BY_NAME.put("verify", VerifyCommand::new);
		BY_NAME.put("diagnose", DiagnoseCommand::new);
		BY_NAME.put("daemon", DaemonCommand::new);
	}

	private CliCommands() {
	}

	/** The registered names, in the order {@code help} lists them. */
	public static List<String> names() {
		return List.copyOf(BY_NAME.keySet());
	}

	/** Every command, constructed, in the order {@code help} lists them. */
	public static List<CliCommand> all() {
		return BY_NAME.values().stream().map(Supplier::get).toList();
	}

	public static Optional<CliCommand> find(String name) {
		Supplier<CliCommand> command = BY_NAME.get(name);
		return command == null ? Optional.empty() : Optional.of(command.get());
	}
}
