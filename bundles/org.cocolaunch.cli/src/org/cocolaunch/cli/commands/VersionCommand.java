/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.cli.Version;

/** {@code cocolaunch --version}: the product name and version with its build qualifier. */
public final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "print the product version (also --version)";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("takes no arguments");
		}
		context.out().println(Version.PRODUCT_NAME + " " + Version.full());
		return 0;
	}
}
