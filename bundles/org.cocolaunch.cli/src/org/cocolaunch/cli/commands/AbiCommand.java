/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.kvm.abi.AbiDump;

/**
 * {@code cocolaunch abi}: every struct, field, constant and ioctl number the KVM backend marshals, as TSV with the
 * kernel's names ({@code struct}, {@code field}, {@code const}, {@code ioctl} lines), to compare with the kernel
 * headers of a host.
 */
public final class AbiCommand implements CliCommand {

	@Override
	public String name() {
		return "abi";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "print the KVM structs, constants and ioctl numbers the backend uses, as TSV";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("takes no arguments");
		}
		for (String line : AbiDump.lines()) {
			context.out().println(line);
		}
		return 0;
	}
}
