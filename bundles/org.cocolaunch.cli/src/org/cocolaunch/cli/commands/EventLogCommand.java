/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.measure.TdxEventLogTool;

/**
 * {@code cocolaunch eventlog LOG …}: a TD's CCEL event log decoded, replayed into RTMR0–3, compared with a quote or
 * TDREPORT, and with the events predicted from the launch inputs. The TDX engine owns the options.
 */
public final class EventLogCommand implements CliCommand {

	@Override
	public String name() {
		return "eventlog";
	}

	@Override
	public String synopsis() {
		return "LOG [--quote Q | --report R] [--ovmf F [--kernel K --initrd I --append A] [--mem M]] [--json]";
	}

	@Override
	public String summary() {
		return "decode a TDX CCEL event log, replay RTMR0-3, compare with a quote/report and with the predicted events";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		return TdxEventLogTool.run(args, context.workingDir(), context.out(), context.err());
	}
}
