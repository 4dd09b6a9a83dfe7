/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostReport;

/**
 * {@code cocolaunch host}: what this host can launch on real KVM, in plain words (KVM API version, VM types, SEV,
 * SEV-ES, SEV-SNP and TDX with the reason when not), then a one-line summary; exit 0 when at least one of them is
 * available. Without a usable /dev/kvm it says why in one line and exits 1; when KVM works but none of them is
 * available it prints the findings and exits 1 with the reasons in one line.
 */
public final class HostCommand implements CliCommand {

	@Override
	public String name() {
		return "host";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "tell what this host supports for real KVM launches (SEV, SEV-ES, SEV-SNP, TDX)";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		if (!args.isEmpty()) {
			throw new UsageException("takes no arguments");
		}
		HostReport report = HostCheck.forThisHost().run();
		if (!report.kvmUsable()) {
			throw new CliFailure(report.summary());
		}
		for (String line : report.lines()) {
			context.out().println(line);
		}
		context.out().println("summary: " + report.summary());
		if (!report.canLaunch()) {
			throw new CliFailure(report.whyNot());
		}
		return 0;
	}
}
