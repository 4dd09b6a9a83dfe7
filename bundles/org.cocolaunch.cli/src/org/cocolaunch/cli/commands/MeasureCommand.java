/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.measure.SevMeasureTool;
import org.cocolaunch.cli.measure.TdxMeasureTool;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;

/**
 * {@code cocolaunch measure --mode MODE ...}: the expected launch measurement for the given inputs. The vendor
 * engine owns its options (the AMD modes follow sev-snp-measure 0.0.13 option for option); this class only picks it.
 */
public final class MeasureCommand implements CliCommand {

	@Override
	public String name() {
		return "measure";
	}

	@Override
	public String synopsis() {
		return "--mode " + String.join("|", SevMeasureTool.modes()) + "|" + TdxVendorEngine.MODE
				+ " --ovmf FILE [options]";
	}

	@Override
	public String summary() {
		return "compute the launch measurement (SEV digest, SNP MEASUREMENT, TDX MRTD/RTMRs)";
	}

	@Override
	public String help() {
		return SevMeasureTool.helpText() + "\n" + TdxMeasureTool.helpText();
	}

	@Override
	public int run(List<String> args, CliContext context) {
		String mode = mode(args);
		if (mode == null && (args.contains("-h") || args.contains("--help"))) {
			context.out().print(help()); // both vendors' options; each mode's own --help shows its part
			return 0;
		}
		if (TdxVendorEngine.MODE.equals(mode)) {
			return TdxMeasureTool.run(args, context.workingDir(), context.out(), context.err());
		}
		// Every other mode, and its absence, is sev-snp-measure's business (it defaults and validates --mode itself).
		return SevMeasureTool.run(args, context.workingDir(), context.out(), context.err());
	}

	/** The value of {@code --mode} ({@code --mode X} or {@code --mode=X}); the last one wins, as with argparse. */
	static String mode(List<String> args) {
		String mode = null;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--mode") && i + 1 < args.size()) {
				mode = args.get(++i);
			} else if (a.startsWith("--mode=")) {
				mode = a.substring("--mode=".length());
			}
		}
		return mode;
	}
}
