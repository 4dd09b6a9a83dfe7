/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.commands;

import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.cli.CliFailure;
import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;

/**
 * {@code cocolaunch show PLAN}: prints a plan's steps as the Launch Steps view lists them (phase, command, parameters),
 * then one {@code input} line for each input the plan names by an absolute path or a path leading out of its folder.
 */
public final class ShowPlanCommand implements CliCommand {

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String synopsis() {
		return "PLAN.cclaunch";
	}

	@Override
	public String summary() {
		return "list the steps of a launch plan";
	}

	@Override
	public int run(List<String> args, CliContext context) throws UsageException, CliFailure {
		if (args.size() != 1) {
			throw new UsageException("expected one plan file (.cclaunch), got " + args.size() + " arguments");
		}
		LaunchPlan plan;
		Path file = context.resolve(args.get(0));
		try {
			plan = ModelFiles.loadPlan(file);
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		context.out().println("plan\t" + StepSummary.orEmpty(plan.getName()) + "\t" + plan.getVendor() + "\t" + plan.getVmType()
				+ "\t" + plan.getSteps().size() + " steps");
		int index = 0;
		for (Step step : plan.getSteps()) {
			context.out().println(index++ + "\t" + step.getPhase() + "\t" + step.getCommand() + "\t" + StepSummary.keyParameters(step));
		}
		// Inputs a run would read from outside the plan's folder: a plan from elsewhere must not read arbitrary files.
		Path folder = file.toAbsolutePath().getParent();
		for (LaunchInput input : plan.getInputs()) {
			String path = input.getPath();
			if (path != null && !path.isEmpty() && folder != null && PlanInputs.leavesFolder(path, folder)) {
				context.out().println("input\t" + input.getRole() + "\t" + Cli.oneLine(path) + "\t"
						+ (Path.of(path).isAbsolute() ? "absolute path" : "leads out of the plan's folder")
						+ "; run reads it only with --allow-outside");
			}
		}
		return 0;
	}
}
