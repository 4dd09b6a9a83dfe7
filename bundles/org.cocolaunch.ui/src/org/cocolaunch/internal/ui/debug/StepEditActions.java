/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.debug;

import java.util.List;
import java.util.function.IntSupplier;

import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Delete, move and duplicate steps of the shown plan before they are issued (the plan records the edit). Steps a
 * followed session has already issued are history and cannot change.
 */
public final class StepEditActions {

	/** What the actions need from the view. */
	public interface Target {
		LaunchPlan plan();

		/** The selected step's index, or -1. */
		int selectedIndex();

		/** The first step that may still change: the followed session's next step, or 0. */
		int firstEditable();

		/** Called after an edit, with the index to select. */
		void edited(int select);
	}

	private StepEditActions() {
	}

	public static List<IAction> create(Shell shell, Target target) {
		return List.of(action(shell, target, "Delete Step", () -> {
			PlanEdits.delete(target.plan(), target.selectedIndex());
			return Math.min(target.selectedIndex(), target.plan().getSteps().size() - 1);
		}), action(shell, target, "Move Step Up", () -> PlanEdits.move(target.plan(), target.selectedIndex(), -1)),
				action(shell, target, "Move Step Down", () -> PlanEdits.move(target.plan(), target.selectedIndex(), +1)),
				action(shell, target, "Duplicate Step", () -> {
					PlanEdits.duplicate(target.plan(), target.selectedIndex());
					return target.selectedIndex() + 1;
				}));
	}

	private static IAction action(Shell shell, Target target, String label, IntSupplier edit) {
		return new Action(label) {
			@Override
			public void run() {
				int index = target.selectedIndex();
				if (target.plan() == null || index < 0) {
					return;
				}
				boolean up = label.contains("Up");
				if (index < target.firstEditable() || (up && index - 1 < target.firstEditable())) {
					MessageDialog.openInformation(shell, label, "Step " + index
							+ " has been issued in the running session; restart at an earlier step (Drop to Frame) to change it.");
					return;
				}
				try {
					target.edited(edit.getAsInt());
				} catch (IllegalArgumentException e) {
					MessageDialog.openInformation(shell, label, e.getMessage());
				}
			}
		};
	}
}
