/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.session;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;

/** The vendor-neutral stop conditions behind the workbench's breakpoints and watchpoints. */
public final class StopConditions {

	private StopConditions() {
	}

	/** Before any step with this command, for any vendor (e.g. {@code KVM_SEV_SNP_LAUNCH_FINISH}). */
	public static StopCondition onCommand(String command) {
		return new StopCondition() {
			@Override
			public boolean stopBefore(int index, Step step) {
				return command.equals(step.getCommand());
			}

			@Override
			public String describe() {
				return "on command " + command;
			}
		};
	}

	/** Before the first step of a phase (a step whose phase differs from the previous step's). */
	public static StopCondition onPhase(Phase phase) {
		return new StopCondition() {
			@Override
			public boolean stopBefore(int index, Step step) {
				if (step.getPhase() != phase) {
					return false;
				}
				var steps = ((LaunchPlan) step.eContainer()).getSteps();
				return index == 0 || steps.get(index - 1).getPhase() != phase;
			}

			@Override
			public String describe() {
				return "on phase " + phase.getLiteral();
			}
		};
	}

	/**
	 * Before a step that touches guest-physical memory in [{@code from}, {@code to}) — with {@code kind} null for any
	 * page kind, or only pages of that kind.
	 */
	public static StopCondition onPages(long from, long to, PageKind kind) {
		return new StopCondition() {
			@Override
			public boolean stopBefore(int index, Step step) {
				for (PageRange p : step.getPages()) {
					boolean overlaps = Long.compareUnsigned(p.getGpa(), to) < 0
							&& Long.compareUnsigned(p.getGpa() + p.getLength(), from) > 0;
					if (overlaps && (kind == null || p.getKind() == kind)) {
						return true;
					}
				}
				return false;
			}

			@Override
			public String describe() {
				String range = "0x" + Long.toHexString(from) + "-0x" + Long.toHexString(to);
				return kind == null ? "on pages in " + range
						: "on " + kind.getLiteral().toLowerCase(Locale.ROOT) + " pages in " + range;
			}
		};
	}

	/** Before a step that touches pages of this kind anywhere. */
	public static StopCondition onPageKind(PageKind kind) {
		return onPages(0, -1L, kind);
	}

	/** After any step that did not succeed. */
	public static StopCondition onError() {
		return new StopCondition() {
			@Override
			public boolean stopAfter(Session session, StepResult result) {
				return result.getStatus() != StepStatus.SUCCESS;
			}

			@Override
			public String describe() {
				return "on any error";
			}
		};
	}

	/** After a step that changed the register. */
	public static StopCondition onRegisterChange(String register) {
		return new StopCondition() {
			@Override
			public boolean stopAfter(Session session, StepResult result) {
				MeasurementRegister r = find(session, register);
				if (r == null || r.getHistory().isEmpty()) {
					return false;
				}
				RegisterUpdate last = r.getHistory().get(r.getHistory().size() - 1);
				return last.getStepIndex() == result.getStepIndex();
			}

			@Override
			public String describe() {
				return "when " + register + " changes";
			}
		};
	}

	/** After a step that leaves the register different from {@code expected} (e.g. a value from a report). */
	public static StopCondition onRegisterDiffers(String register, byte[] expected) {
		byte[] want = expected.clone();
		return new StopCondition() {
			@Override
			public boolean stopAfter(Session session, StepResult result) {
				MeasurementRegister r = find(session, register);
				return r != null && r.getValue() != null && !Arrays.equals(r.getValue(), want);
			}

			@Override
			public String describe() {
				return "when " + register + " differs from " + HexFormat.of().formatHex(want);
			}
		};
	}

	private static MeasurementRegister find(Session session, String name) {
		for (MeasurementRegister r : session.registers()) {
			if (r.getName().equals(name)) {
				return r;
			}
		}
		return null;
	}
}
