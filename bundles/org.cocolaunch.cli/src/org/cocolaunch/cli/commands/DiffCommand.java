/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.diff.DiffResult;
import org.cocolaunch.core.diff.LaunchDiff;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.eclipse.emf.ecore.EObject;

/**
 * {@code cocolaunch diff A B}: compares two plans, two traces, or a trace and a plan (either order) step by step
 * and page by page. Prints {@code identical} (exit 0) or the first difference in one line (exit 1). A file is read
 * as a trace when it ends in {@code .cctrace}, else as a plan.
 */
public final class DiffCommand implements CliCommand {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String synopsis() {
		return "A B";
	}

	@Override
	public String summary() {
		return "show the first step where two plans or traces (.cclaunch, .cctrace) differ";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
			throw new UsageException("expected two files (.cclaunch or .cctrace), got " + String.join(" ", args));
		}
		EObject a = load(context.resolve(args.get(0)));
		EObject b = load(context.resolve(args.get(1)));
		DiffResult result;
		if (a instanceof LaunchPlan pa && b instanceof LaunchPlan pb) {
			result = LaunchDiff.plans(pa, pb);
		} else if (a instanceof LaunchTrace ta && b instanceof LaunchTrace tb) {
			result = LaunchDiff.traces(ta, tb);
		} else if (a instanceof LaunchTrace ta && b instanceof LaunchPlan pb) {
			result = LaunchDiff.traceAndPlan(ta, pb);
		} else {
			result = LaunchDiff.traceAndPlan((LaunchTrace) b, (LaunchPlan) a);
		}
		context.out().println(result.description());
		return result.isIdentical() ? 0 : 1;
	}

	private static EObject load(Path file) throws CliFailure {
		try {
			return file.getFileName().toString().endsWith("." + ModelFiles.TRACE_EXTENSION) ? ModelFiles.loadTrace(file)
					: ModelFiles.loadPlan(file);
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
	}
}
