/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.util.List;

import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.internal.ui.properties.ModelEditing;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The details half of the plan editor's master/details page: the selected step's own fields, its vendor parameter
 * struct and its page ranges as generated forms ({@link ParameterForm}). Rebuilt when another step is selected or the
 * step's structure changed; otherwise an edit, undo or redo only refreshes the values.
 */
final class StepDetailsPart {

	static final String FORM_TEST_ID = "planeditor.details";

	private final FormToolkit toolkit;
	private final IMessageManager messages;
	private final ModelEditing editing;
	private final AdapterFactory adapters;
	private final List<VendorEngine> engines;
	private final ScrolledForm form;
	private ParameterForm fields;
	private Step step;
	private EObject shownParameters;
	private List<PageRange> shownPages = List.of();

	StepDetailsPart(Composite parent, FormToolkit toolkit, IMessageManager messages, ModelEditing editing,
			AdapterFactory adapters, List<VendorEngine> engines) {
		this.toolkit = toolkit;
		this.messages = messages;
		this.editing = editing;
		this.adapters = adapters;
		this.engines = engines;
		form = toolkit.createScrolledForm(parent);
		form.setData("test.id", FORM_TEST_ID);
		GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(form.getBody());
		show(null);
	}

	Control control() {
		return form;
	}

	Step step() {
		return step;
	}

	/** Shows {@code newStep}'s forms (or a hint when null). */
	void show(Step newStep) {
		if (fields != null) {
			fields.dispose();
		}
		for (Control c : form.getBody().getChildren()) {
			c.dispose();
		}
		step = newStep;
		fields = new ParameterForm(toolkit, messages, editing, adapters, engines, () -> form.reflow(true));
		if (step == null) {
			form.setText("");
			toolkit.createLabel(form.getBody(), "Select a step to edit its parameters.");
		} else {
			form.setText(step.getCommand());
			section("Step", step, "The step's name, command, phase and description.", false);
			shownParameters = step.getParameters();
			if (shownParameters != null) {
				section("Parameters: " + shownParameters.eClass().getName(), shownParameters,
						"The ioctl's parameter struct, field by field as in the kernel UAPI.", true);
			}
			shownPages = List.copyOf(step.getPages());
			for (int i = 0; i < shownPages.size(); i++) {
				section("Pages " + (i + 1) + "/" + shownPages.size(), shownPages.get(i),
						"Guest pages the step adds: GPA, length, kind and where the contents come from.", true);
			}
		}
		form.reflow(true);
	}

	private void section(String title, EObject object, String description, boolean withContents) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		fields.addFields(client, object, withContents);
	}

	/** After an edit, undo or redo: new values, or new forms when the step is gone or its parts were replaced. */
	void modelChanged(List<Step> steps) {
		if (step != null && !steps.contains(step)) {
			show(null);
		} else if (step != null && (step.getParameters() != shownParameters || !step.getPages().equals(shownPages))) {
			show(step);
		} else {
			fields.refresh();
		}
	}

	/** The control of a field of the shown step (on the step, its parameters or its first page range), or null. */
	Control controlFor(String feature) {
		if (step == null || feature == null) {
			return null;
		}
		Control c = step.getParameters() == null ? null : fields.controlFor(step.getParameters(), feature);
		if (c == null && !step.getPages().isEmpty()) {
			c = fields.controlFor(step.getPages().get(0), feature);
		}
		return c != null ? c : fields.controlFor(step, feature);
	}
}
