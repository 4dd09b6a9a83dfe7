/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diff;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;

/**
 * Compares two launch plans, two traces, or a trace with the plan it should follow, step by step and page by
 * page, and reports the first difference in a step's inputs (command, parameters, pages: address, length, kind,
 * contents digest) or results (status and firmware error, measurement registers, vCPU state). Descriptive fields
 * (names, descriptions, timings, host addresses) are not compared.
 */
public final class LaunchDiff {

	private LaunchDiff() {
	}

	/** The first difference between two plans (A = {@code a}, B = {@code b}). */
	public static DiffResult plans(LaunchPlan a, LaunchPlan b) {
		if (a.getVmType() != b.getVmType()) {
			return new DiffResult(-1, -1, "vmType", "VM type " + a.getVmType() + " vs " + b.getVmType());
		}
		int common = Math.min(a.getSteps().size(), b.getSteps().size());
		for (int i = 0; i < common; i++) {
			Step sa = a.getSteps().get(i);
			Step sb = b.getSteps().get(i);
			Optional<DiffResult> d = command(i, sa.getCommand(), sb.getCommand());
			if (d.isEmpty()) {
				d = parameters(i, sa, sb);
			}
			if (d.isEmpty()) {
				d = pages(i, sa.getCommand(), PageWalk.compare(sa.getPages(), sb.getPages(), true));
			}
			if (d.isEmpty()) {
				d = outcome(i, sa.getCommand(), outcomeText(sa.getExpectedOutcome(), true),
						outcomeText(sb.getExpectedOutcome(), true));
			}
			if (d.isPresent()) {
				return d.get();
			}
		}
		return stepCount(common, a.getSteps().size(), b.getSteps().size(),
				i -> a.getSteps().get(i).getCommand(), i -> b.getSteps().get(i).getCommand());
	}

	/** The first difference between two traces (A = {@code a}, B = {@code b}). */
	public static DiffResult traces(LaunchTrace a, LaunchTrace b) {
		if (a.getVmType() != b.getVmType()) {
			return new DiffResult(-1, -1, "vmType", "VM type " + a.getVmType() + " vs " + b.getVmType());
		}
		int common = Math.min(a.getResults().size(), b.getResults().size());
		for (int i = 0; i < common; i++) {
			StepResult ra = a.getResults().get(i);
			StepResult rb = b.getResults().get(i);
			Optional<DiffResult> d = command(i, ra.getCommand(), rb.getCommand());
			if (d.isEmpty()) {
				d = outcome(i, ra.getCommand(), resultText(ra), resultText(rb));
			}
			if (d.isEmpty()) {
				d = pages(i, ra.getCommand(), PageWalk.compare(ra.getChangedPages(), rb.getChangedPages(), true));
			}
			if (d.isEmpty()) {
				d = registers(i, ra, rb);
			}
			if (d.isEmpty()) {
				d = vcpus(i, ra, rb);
			}
			if (d.isPresent()) {
				return d.get();
			}
		}
		return stepCount(common, a.getResults().size(), b.getResults().size(),
				i -> a.getResults().get(i).getCommand(), i -> b.getResults().get(i).getCommand());
	}

	/**
	 * The first step where a trace (A) departs from a plan (B): another command, an outcome other than the plan
	 * expects (success when it names none), other pages (when the trace records them), or a step the trace never
	 * reached.
	 */
	public static DiffResult traceAndPlan(LaunchTrace trace, LaunchPlan plan) {
		List<StepResult> results = trace.getResults();
		for (int i = 0; i < results.size(); i++) {
			StepResult r = results.get(i);
			if (i >= plan.getSteps().size()) {
				return new DiffResult(i, -1, "steps", "step " + i + " (" + r.getCommand() + "): only in the trace");
			}
			Step s = plan.getSteps().get(i);
			Optional<DiffResult> d = command(i, r.getCommand(), s.getCommand());
			if (d.isEmpty()) {
				d = outcome(i, r.getCommand(), resultText(r), outcomeText(s.getExpectedOutcome(), false));
			}
			if (d.isEmpty() && !r.getChangedPages().isEmpty()) {
				d = pages(i, r.getCommand(), PageWalk.compare(r.getChangedPages(), s.getPages(), false));
			}
			if (d.isPresent()) {
				return d.get();
			}
		}
		if (results.size() < plan.getSteps().size()) {
			int i = results.size();
			boolean stoppedOnFailure = !results.isEmpty() && results.get(i - 1).getStatus() == StepStatus.FAILED;
			return new DiffResult(i, -1, "steps", "step " + i + " (" + plan.getSteps().get(i).getCommand()
					+ "): only in the plan (the trace " + (stoppedOnFailure ? "stops after a failed step" : "ends") + ")");
		}
		return DiffResult.identical();
	}

	private static Optional<DiffResult> command(int i, String a, String b) {
		if (Objects.equals(a, b)) {
			return Optional.empty();
		}
		return Optional.of(new DiffResult(i, -1, "command", "step " + i + ": command " + a + " vs " + b));
	}

	private static Optional<DiffResult> parameters(int i, Step a, Step b) {
		Map<String, String> va = ParameterValues.of(a.getParameters());
		Map<String, String> vb = ParameterValues.of(b.getParameters());
		Set<String> names = new LinkedHashSet<>(va.keySet());
		names.addAll(vb.keySet());
		for (String name : names) {
			String x = va.get(name);
			String y = vb.get(name);
			if (!Objects.equals(x, y)) {
				return Optional.of(new DiffResult(i, -1, "parameter", prefix(i, a.getCommand()) + "parameter " + name + " "
						+ orNone(x) + " vs " + orNone(y)));
			}
		}
		return Optional.empty();
	}

	private static Optional<DiffResult> pages(int i, String command, Optional<PageWalk.Difference> difference) {
		return difference.map(d -> new DiffResult(i, d.gpa(), d.aspect(), prefix(i, command) + d.text()));
	}

	private static Optional<DiffResult> outcome(int i, String command, String a, String b) {
		if (a.equals(b)) {
			return Optional.empty();
		}
		return Optional.of(new DiffResult(i, -1, "status", prefix(i, command) + "outcome " + a + " vs " + b));
	}

	private static Optional<DiffResult> registers(int i, StepResult a, StepResult b) {
		Set<String> names = new LinkedHashSet<>();
		a.getRegisters().forEach(r -> names.add(r.getName()));
		b.getRegisters().forEach(r -> names.add(r.getName()));
		for (String name : names) {
			String x = register(a, name);
			String y = register(b, name);
			if (!Objects.equals(x, y)) {
				return Optional.of(new DiffResult(i, -1, "register", prefix(i, a.getCommand()) + "register " + name + " "
						+ orNone(x) + " vs " + orNone(y)));
			}
		}
		return Optional.empty();
	}

	private static Optional<DiffResult> vcpus(int i, StepResult a, StepResult b) {
		List<VcpuState> va = new ArrayList<>(a.getVcpus());
		List<VcpuState> vb = new ArrayList<>(b.getVcpus());
		for (int v = 0; v < Math.min(va.size(), vb.size()); v++) {
			Optional<FieldDiff.Field> field = FieldDiff.first(va.get(v).getState(), vb.get(v).getState());
			if (field.isPresent()) {
				FieldDiff.Field f = field.get();
				return Optional.of(new DiffResult(i, -1, "vcpu", prefix(i, a.getCommand()) + "vCPU " + va.get(v).getIndex()
						+ " " + f.path() + " " + f.a() + " vs " + f.b()));
			}
		}
		if (va.size() != vb.size()) {
			return Optional.of(new DiffResult(i, -1, "vcpu", prefix(i, a.getCommand()) + va.size() + " vCPUs vs "
					+ vb.size()));
		}
		return Optional.empty();
	}

	private static DiffResult stepCount(int common, int sizeA, int sizeB, IntFunction<String> commandA,
			IntFunction<String> commandB) {
		if (sizeA > common) {
			return new DiffResult(common, -1, "steps", "step " + common + " (" + commandA.apply(common) + "): only in A");
		}
		if (sizeB > common) {
			return new DiffResult(common, -1, "steps", "step " + common + " (" + commandB.apply(common) + "): only in B");
		}
		return DiffResult.identical();
	}

	/**
	 * An expected outcome as text; a step without one is expected to succeed. With {@code registers}, the values a
	 * log recorded too (two plans of two runs differ there; a simulated trace cannot reproduce firmware randomness).
	 */
	private static String outcomeText(ExpectedOutcome outcome, boolean registers) {
		if (outcome == null || outcome.getStatus() == StepStatus.SUCCESS && outcome.getFirmwareError() == null
				&& (!registers || outcome.getRegisters().isEmpty())) {
			return "SUCCESS";
		}
		StringBuilder text = new StringBuilder().append(outcome.getStatus());
		if (outcome.getFirmwareError() != null) {
			text.append(' ').append(outcome.getFirmwareError());
		}
		for (RegisterValue r : registers ? outcome.getRegisters() : List.<RegisterValue>of()) {
			text.append(' ').append(r.getName()).append('=')
					.append(r.getValue() == null ? "-" : HexFormat.of().formatHex(r.getValue()));
		}
		return text.toString();
	}

	private static String resultText(StepResult result) {
		if (result.getStatus() != StepStatus.FAILED) {
			return String.valueOf(result.getStatus());
		}
		String error = result.getFirmwareErrorName() != null ? result.getFirmwareErrorName()
				: result.getFirmwareError() != 0 ? "0x" + Long.toHexString(result.getFirmwareError()) : null;
		return "FAILED" + (error == null ? "" : " " + error);
	}

	private static String register(StepResult result, String name) {
		for (RegisterValue v : result.getRegisters()) {
			if (name.equals(v.getName())) {
				return v.getValue() == null ? null : HexFormat.of().formatHex(v.getValue());
			}
		}
		return null;
	}

	private static String prefix(int i, String command) {
		return "step " + i + " (" + command + "), ";
	}

	private static String orNone(String value) {
		return value == null ? "(none)" : value;
	}
}
