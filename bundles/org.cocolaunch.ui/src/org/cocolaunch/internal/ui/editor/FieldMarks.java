/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cocolaunch.core.plan.PlanProblem;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Error and warning decorations on the form fields that validation problems name. The header lists the problems
 * (as messages without controls, so a single one reads as itself there); these marks show where they are.
 */
final class FieldMarks {

	private final List<ControlDecoration> marks = new ArrayList<>();

	/** Replaces the marks: one per field, the worst severity, every problem's message in its hover. */
	void show(Map<Control, List<PlanProblem>> byField) {
		clear();
		for (Map.Entry<Control, List<PlanProblem>> e : byField.entrySet()) {
			if (e.getKey().isDisposed()) {
				continue;
			}
			boolean error = e.getValue().stream().anyMatch(PlanProblem::isError);
			ControlDecoration mark = new ControlDecoration(e.getKey(), SWT.LEFT | SWT.TOP);
			mark.setImage(FieldDecorationRegistry.getDefault()
					.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
					.getImage());
			mark.setDescriptionText(String.join("\n", e.getValue().stream().map(PlanProblem::message).toList()));
			marks.add(mark);
		}
	}

	void clear() {
		for (ControlDecoration mark : marks) {
			if (mark.getControl() != null && !mark.getControl().isDisposed()) {
				mark.dispose();
			}
		}
		marks.clear();
	}

	/** Groups problems by the field control they name; problems without a shown field are left out. */
	static Map<Control, List<PlanProblem>> group(List<PlanProblem> problems, Function<PlanProblem, Control> field) {
		Map<Control, List<PlanProblem>> byField = new LinkedHashMap<>();
		for (PlanProblem p : problems) {
			Control c = field.apply(p);
			if (c != null) {
				byField.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
			}
		}
		return byField;
	}
}
