/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cocolaunch.core.plan.AttributeText;
import org.cocolaunch.core.plan.StepSummary;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.internal.ui.properties.ModelEditing;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.Parameter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A form for the fields of model objects (a step, its vendor parameter struct, its page ranges), generated from
 * their EMF.Edit item property descriptors: text fields for numbers (hex where the domain reads hex), byte arrays
 * and strings, combos for enums, check boxes for booleans and for the named bits of policy/attribute/feature masks
 * ({@link VendorEngine#namedBits}), read-only where the descriptor says so. Every change goes to the
 * {@link ModelEditing} (an EMF command); text that does not parse marks its field with an error and writes nothing.
 */
final class ParameterForm {

	/** Test id of a field: this prefix, the object's class name, a dot and the feature name. */
	static final String FIELD_TEST_ID = "planeditor.field.";
	/** Test id of a bit's check box: this prefix, class, feature, and the bit's literal, dot-separated. */
	static final String BIT_TEST_ID = "planeditor.bit.";

	/** Room left of each field for the message manager's error decoration. */
	private static final int DECORATION_SPACE = 8;

	private final FormToolkit toolkit;
	private final IMessageManager messages;
	private final ModelEditing editing;
	private final AdapterFactory adapters;
	private final List<VendorEngine> engines;
	private final Runnable reflow;
	private final List<Field> fields = new ArrayList<>();

	ParameterForm(FormToolkit toolkit, IMessageManager messages, ModelEditing editing, AdapterFactory adapters,
			List<VendorEngine> engines, Runnable reflow) {
		this.toolkit = toolkit;
		this.messages = messages;
		this.editing = editing;
		this.adapters = adapters;
		this.engines = engines;
		this.reflow = reflow;
	}

	/** Rows (label, control) for {@code object}'s fields in {@code parent}, a two-column grid. */
	void addFields(Composite parent, EObject object, boolean withContents) {
		if (object instanceof GenericParameters generic) {
			for (Parameter p : generic.getEntries()) {
				addText(parent, p, ModelPackage.Literals.PARAMETER__VALUE, p.getName(), null, true);
			}
			return;
		}
		IItemPropertySource source = (IItemPropertySource) adapters.adapt(object, IItemPropertySource.class);
		if (source != null) {
			for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
				if (d.getFeature(object) instanceof EAttribute a) {
					addField(parent, object, a, d);
				}
			}
		}
		if (withContents) {
			for (EReference r : object.eClass().getEAllContainments()) {
				if (!r.isMany() && object.eGet(r) instanceof EObject child) {
					addNested(parent, r.getName(), child);
				}
			}
		}
	}

	private void addField(Composite parent, EObject owner, EAttribute a, IItemPropertyDescriptor d) {
		String label = d.getDisplayName(owner);
		String tip = d.getDescription(owner);
		boolean editable = d.canSetProperty(owner) && a.isChangeable() && !a.isMany();
		Class<?> c = a.getEAttributeType().getInstanceClass();
		if (editable && a.getEAttributeType() instanceof EEnum e) {
			fields.add(new ComboField(parent, owner, a, e, label, tip));
		} else if (editable && (c == boolean.class || c == Boolean.class)) {
			fields.add(new CheckField(parent, owner, a, label, tip));
		} else {
			addText(parent, owner, a, label, tip, editable);
			EEnum bits = editable ? namedBits(a) : null;
			if (bits != null) {
				fields.add(new BitsField(parent, owner, a, bits));
			}
		}
	}

	private void addText(Composite parent, EObject owner, EAttribute a, String label, String tip, boolean editable) {
		fields.add(new TextField(parent, owner, a, label, tip, editable));
	}

	private EEnum namedBits(EAttribute a) {
		for (VendorEngine engine : engines) {
			EEnum bits = engine.namedBits(a);
			if (bits != null) {
				return bits;
			}
		}
		return null;
	}

	/** A contained struct (an ID block, a content source) as a collapsed sub-section spanning both columns. */
	private void addNested(Composite parent, String title, EObject child) {
		Section section = toolkit.createSection(parent, Section.TWISTIE | Section.CLIENT_INDENT);
		section.setText(title);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		addFields(client, child, true);
		section.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				reflow.run();
			}
		});
	}

	/** Every field shows its model value again (after an edit, undo or redo); rejected input stays visible. */
	void refresh() {
		for (Field f : fields) {
			if (!f.control().isDisposed()) {
				f.refresh();
			}
		}
	}

	/** The control of {@code owner}'s field {@code feature}, or null when the form has none. */
	Control controlFor(EObject owner, String feature) {
		for (Field f : fields) {
			if (f.owner() == owner && f.attribute().getName().equals(feature) && !(f instanceof BitsField)) {
				return f.control();
			}
		}
		return null;
	}

	/** Forgets the fields' input errors (before the form is disposed). */
	void dispose() {
		for (Field f : fields) {
			messages.removeMessage(f);
			if (!f.control().isDisposed()) {
				messages.removeMessages(f.control());
			}
		}
		fields.clear();
	}

	private static String testId(String prefix, EObject owner, EAttribute a) {
		return prefix + owner.eClass().getName() + "." + a.getName();
	}

	private Label label(Composite parent, String text, String tip) {
		Label l = toolkit.createLabel(parent, text + ":");
		l.setToolTipText(tip);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(l);
		return l;
	}

	private void set(EObject owner, EAttribute a, Object value) {
		if (!Objects.deepEquals(value, owner.eGet(a))) {
			editing.set(owner, a, value);
		}
	}

	/** One generated field: the attribute of an object it edits, and the control that shows it. */
	private abstract static class Field {
		final EObject owner;
		final EAttribute attribute;

		Field(EObject owner, EAttribute attribute) {
			this.owner = owner;
			this.attribute = attribute;
		}

		final EObject owner() {
			return owner;
		}

		final EAttribute attribute() {
			return attribute;
		}

		abstract Control control();

		/** Shows the model's current value. */
		abstract void refresh();
	}

	private final class TextField extends Field {
		private final Text text;
		private final String label;
		private ControlDecoration mark;
		private boolean rejected;

		TextField(Composite parent, EObject owner, EAttribute attribute, String label, String tip, boolean editable) {
			super(owner, attribute);
			this.label = label;
			label(parent, label, tip);
			text = toolkit.createText(parent, "", SWT.SINGLE | (editable ? 0 : SWT.READ_ONLY));
			text.setToolTipText(tip);
			text.setEditable(editable);
			text.setData("test.id", testId(FIELD_TEST_ID, owner, attribute));
			GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).indent(DECORATION_SPACE, 0).applyTo(text);
			refresh();
			if (editable) {
				text.addListener(SWT.DefaultSelection, e -> commit());
				text.addListener(SWT.FocusOut, e -> commit());
			}
		}

		/**
		 * Parses the text; a value that does not fit marks the field (a decoration) and says why in one line in the
		 * form header (a message without a control: the manager would summarise a control's message as "1 error
		 * detected"), and leaves the model alone.
		 */
		private void commit() {
			if (text.isDisposed()) {
				return; // focus lost because the form is going away
			}
			String shown = AttributeText.format(attribute, owner.eGet(attribute));
			if (text.getText().equals(shown)) {
				clearError();
				return;
			}
			Object value;
			try {
				value = AttributeText.parse(attribute, text.getText());
			} catch (IllegalArgumentException e) {
				showError(label + ": " + e.getMessage());
				return;
			}
			clearError();
			set(owner, attribute, value);
		}

		private void showError(String message) {
			rejected = true;
			if (mark == null) {
				mark = new ControlDecoration(text, SWT.LEFT | SWT.CENTER);
				mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
						.getImage());
			}
			mark.setDescriptionText(message);
			mark.show();
			messages.addMessage(this, message, null, IMessageProvider.ERROR);
		}

		private void clearError() {
			if (rejected) {
				rejected = false;
				mark.hide();
				messages.removeMessage(this);
			}
		}

		@Override
		void refresh() {
			if (!rejected) {
				String value = AttributeText.format(attribute, owner.eGet(attribute));
				if (!text.getText().equals(value)) {
					text.setText(value);
				}
			}
		}

		@Override
		Control control() {
			return text;
		}
	}

	private final class ComboField extends Field {
		private final EEnum type;
		private final Combo combo;

		ComboField(Composite parent, EObject owner, EAttribute attribute, EEnum type, String label, String tip) {
			super(owner, attribute);
			this.type = type;
			label(parent, label, tip);
			combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			combo.setToolTipText(tip);
			combo.setData("test.id", testId(FIELD_TEST_ID, owner, attribute));
			for (EEnumLiteral l : type.getELiterals()) {
				combo.add(l.getLiteral());
			}
			GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_SPACE, 0).applyTo(combo);
			refresh();
			combo.addListener(SWT.Selection, e -> {
				int i = combo.getSelectionIndex();
				if (i >= 0) {
					set(owner, attribute, type.getELiterals().get(i).getInstance());
				}
			});
		}

		@Override
		void refresh() {
			Object value = owner.eGet(attribute);
			int index = value instanceof Enumerator e ? type.getELiterals().indexOf(type.getEEnumLiteral(e.getValue())) : -1;
			if (index < 0) {
				combo.deselectAll();
			} else if (combo.getSelectionIndex() != index) {
				combo.select(index);
			}
		}

		@Override
		Control control() {
			return combo;
		}
	}

	private final class CheckField extends Field {
		private final Button check;

		CheckField(Composite parent, EObject owner, EAttribute attribute, String label, String tip) {
			super(owner, attribute);
			label(parent, label, tip);
			check = toolkit.createButton(parent, "", SWT.CHECK);
			GridDataFactory.fillDefaults().indent(DECORATION_SPACE, 0).applyTo(check);
			check.setToolTipText(tip);
			check.setData("test.id", testId(FIELD_TEST_ID, owner, attribute));
			refresh();
			check.addListener(SWT.Selection, e -> set(owner, attribute, check.getSelection()));
		}

		@Override
		void refresh() {
			check.setSelection(Boolean.TRUE.equals(owner.eGet(attribute)));
		}

		@Override
		Control control() {
			return check;
		}
	}

	/** One check box per named bit of a numeric mask, under its text field; a click flips that bit. */
	private final class BitsField extends Field {
		private final Composite row;
		private final List<Button> boxes = new ArrayList<>();
		private final List<EEnumLiteral> bits;

		BitsField(Composite parent, EObject owner, EAttribute attribute, EEnum type) {
			super(owner, attribute);
			this.bits = type.getELiterals();
			toolkit.createLabel(parent, "");
			row = toolkit.createComposite(parent);
			RowLayoutFactory.fillDefaults().wrap(true).spacing(8).applyTo(row);
			GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).indent(DECORATION_SPACE, 0).applyTo(row);
			for (EEnumLiteral bit : bits) {
				Button box = toolkit.createButton(row, bit.getLiteral(), SWT.CHECK);
				box.setToolTipText("bit " + bit.getValue() + " (" + StepSummary.hex(1L << bit.getValue()) + ")");
				box.setData("test.id", testId(BIT_TEST_ID, owner, attribute) + "." + bit.getLiteral());
				box.addListener(SWT.Selection, e -> flip(bit.getValue()));
				boxes.add(box);
			}
			refresh();
		}

		private void flip(int bit) {
			Object value = owner.eGet(attribute);
			if (value instanceof Long l) {
				set(owner, attribute, l ^ 1L << bit);
			} else if (value instanceof Integer i && bit < 32) {
				set(owner, attribute, i ^ 1 << bit);
			}
		}

		@Override
		void refresh() {
			long value = owner.eGet(attribute) instanceof Number n ? n.longValue() : 0;
			for (int i = 0; i < boxes.size(); i++) {
				boxes.get(i).setSelection((value >>> bits.get(i).getValue() & 1) != 0);
			}
		}

		@Override
		Control control() {
			return row;
		}
	}
}
