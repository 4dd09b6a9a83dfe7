/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;

/**
 * {@code cocolaunch daemon start [IDLE_MINUTES] | stop | status}: listed here so that {@code help} tells of it, but
 * carried out by the launcher script, which starts and reaches the warm JVM
 * ({@link org.cocolaunch.cli.daemon.CliDaemon}); a JVM that gets this command was started without the launcher's
 * fast launch (COCOLAUNCH_OSGI=1, or the command run in the workbench's own runtime), where no daemon can serve.
 */
public final class DaemonCommand implements CliCommand {

	@Override
	public String name() {
		return "daemon";
	}

	@Override
	public String synopsis() {
		return "start [IDLE_MINUTES] | stop | status";
	}

	@Override
	public String summary() {
		return "keep a warm JVM that runs this build's headless commands (for scripts calling ./cocolaunch in loops)";
	}

	@Override
	public String help() {
		return """
				  start [IDLE_MINUTES]  start it (default: it stops after 30 idle minutes); commands then run in it, with
				                        the same output and exit code, in a few milliseconds instead of a JVM start
				  stop                  stop it
				  status                say whether one runs, since when and how many commands it ran
				A rebuild makes a running daemon unreachable (it stops itself); COCOLAUNCH_DAEMON=0 bypasses it.
				""";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliFailure {
		throw new CliFailure("the daemon is started and reached by the ./cocolaunch script's fast launch; run"
				+ " ./cocolaunch daemon " + String.join(" ", args) + " without COCOLAUNCH_OSGI=1");
	}
}
