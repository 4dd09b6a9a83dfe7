/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.Arrays;
import java.util.List;

import org.cocolaunch.cli.CliArguments;
import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.UsageException;
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
	public int run(List<String> args, CliContext context) throws UsageException {
		String mode = mode(args);
		if (mode == null && (args.contains("-h") || args.contains("--help"))) {
			context.out().print(help()); // both vendors' options; each mode's own --help shows its part
			return 0;
		}
		byte[] appendBytes = rawAppend(args, context);
		if (TdxVendorEngine.MODE.equals(mode)) {
			if (appendBytes != null) {
				throw new UsageException("--append " + CliArguments.escaped(appendBytes) + " is not valid UTF-8; --mode tdx"
						+ " measures the command line as text");
			}
			return TdxMeasureTool.run(args, context.workingDir(), context.out(), context.err());
		}
		// Every other mode, and its absence, is sev-snp-measure's business (it defaults and validates --mode itself).
		// A command line that is not UTF-8 is hashed as the bytes given: the kernel gets those bytes.
		return SevMeasureTool.run(args, context.workingDir(), context.out(), context.err(), appendBytes);
	}

	/**
	 * The bytes of the {@code --append} value that counts (the last, as with argparse) when they are not UTF-8 (see
	 * {@link CliArguments}); null when the command line is text or absent.
	 */
	static byte[] rawAppend(List<String> args, CliContext context) {
		int index = -1;
		int prefix = 0;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--append") && i + 1 < args.size()) {
				index = ++i;
				prefix = 0;
			} else if (a.startsWith("--append=")) {
				index = i;
				prefix = "--append=".length();
			}
		}
		if (index < 0 || !context.rawArguments().containsKey(index)) {
			return null;
		}
		byte[] raw = context.argumentBytes(index, args.get(index));
		return Arrays.copyOfRange(raw, prefix, raw.length);
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
